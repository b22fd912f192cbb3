// This file builds the corpus of real-shaped workbooks (test/corpus) as .xlsx files with their expected mapping and
// readiness: `node scripts/build-corpus.js [DIR]` (default test-output/corpus). Try `peer-mentoring check` on them.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'test-output', 'corpus'));
// Bundled inside the repository so the bundle finds exceljs in node_modules; test-output/ is ignored by git.
const bundle = path.join(root, 'test-output', `write-corpus-${process.pid}.js`);
fs.mkdirSync(path.dirname(bundle), { recursive: true });
esbuild.buildSync({
  entryPoints: [path.join(root, 'test/corpus/write-corpus.ts')], bundle: true, platform: 'node', format: 'cjs',
  external: ['exceljs'], outfile: bundle, logLevel: 'error',
});
require(bundle)
  .writeCorpus(dir)
  .then((files) => console.log(`Wrote ${files.length} workbooks and their expectations to ${dir}`))
  .catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(bundle, { force: true }));
