#!/usr/bin/env node
// This file installs what the project needs when it is missing, so a fresh clone runs `npm start` / `npm test`
// with nothing installed by hand. It is plain Node (no dependencies) because it runs before any are installed.
'use strict';
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { withProjectNode } = require('./project-node');

const root = path.resolve(__dirname, '..');

/** Installs a package folder's npm dependencies when its package.json or lockfile changed since the last install. */
function ensureNpmPackages(dir) {
  const lock = path.join(dir, 'package-lock.json');
  const manifest = path.join(dir, 'package.json');
  if (!fs.existsSync(manifest)) return;
  const fingerprint = () =>
    crypto
      .createHash('sha256')
      .update(fs.readFileSync(manifest))
      .update(fs.existsSync(lock) ? fs.readFileSync(lock) : '')
      .digest('hex');
  const stamp = path.join(dir, 'node_modules', '.deps-stamp');
  if (!fs.existsSync(path.join(dir, 'node_modules'))) fs.rmSync(stamp, { force: true });
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint()) return;
  const label = path.relative(root, dir) || '.';
  process.stderr.write(`Installing npm packages in ${label} ...\n`);
  // `npm ci` installs exactly what the lockfile says and never rewrites it, so installing leaves the clone unmodified.
  // The lockfiles list every platform's optional packages (as `npm install` writes them), so it works on any machine.
  // Under the project's Node once the root is installed: the functions' packages need Node 22.
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'], env: withProjectNode() });
  fs.writeFileSync(stamp, fingerprint());
}

function main() {
  ensureNpmPackages(root);
  ensureNpmPackages(path.join(root, 'functions'));
  const extras = process.argv.slice(2);
  for (const extra of extras) {
    const step = path.join(__dirname, `ensure-${extra}.js`);
    if (!fs.existsSync(step)) throw new Error(`ensure-deps: unknown step "${extra}"`);
    require(step).ensure();
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`Could not install the project's dependencies: ${error.message}\n`);
  process.exit(1);
}
