#!/usr/bin/env node
// This file is `npm start` (after ensure-deps and build): serves the local workbench — the real add-on over a local
// .xlsx workbook (workbench/demo.xlsx, written when missing, or the path given) — until Ctrl-C.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'dist', 'workbench', 'workbench.js');

if (!fs.existsSync(entry)) {
  process.stderr.write('The workbench is not built yet; run "npm run build" (or "npm start", which builds first).\n');
  process.exit(1);
}
require(entry)
  .runWorkbench(process.argv.slice(2), root)
  .then((code) => process.exit(code));
