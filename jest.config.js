// Jest runs every test in the repo (root and functions) through swc; type checking is `npm run typecheck`.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  setupFiles: ['<rootDir>/test/setup/no-network.ts'],
  // Tests under test/functions import the functions package's own dependencies (firebase-admin, the Firestore stand-in).
  modulePaths: ['<rootDir>/functions/node_modules'],
  testTimeout: 30000,
};
