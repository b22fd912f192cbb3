// Jest runs every test in the repo (root and functions) through swc; type checking is `npm run typecheck`.
// The add-on suite (test/addon) runs twice: as an installed editor add-on and as a script bound to the workbook,
// since Google's rules differ between the two (src/workbench/gas/google-rules.ts).
const base = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  setupFiles: ['<rootDir>/test/setup/no-network.ts', '<rootDir>/test/setup/gas-mode.ts'],
  // Tests under test/functions import the functions package's own dependencies (firebase-admin, the Firestore stand-in).
  modulePaths: ['<rootDir>/functions/node_modules'],
};

module.exports = {
  testTimeout: 30000,
  projects: [
    { ...base, displayName: 'editor-add-on', roots: ['<rootDir>/test'] },
    { ...base, displayName: 'bound-script', roots: ['<rootDir>/test/addon'], globals: { GAS_MODE: 'bound-script' } },
  ],
};
