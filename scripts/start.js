#!/usr/bin/env node
// This file is `npm start`: makes the demo workbook if there is none, then shows how the add-on reads it.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'bin', 'peer-mentoring.js');
const workbook = process.argv[2] ?? path.join(root, 'workbench', 'demo.xlsx');

function run(args) {
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  return result.status ?? 1;
}

if (!fs.existsSync(workbook)) {
  fs.mkdirSync(path.dirname(workbook), { recursive: true });
  const code = run(['demo', workbook]);
  if (code !== 0) process.exit(code);
}
process.exit(run(['check', workbook]));
