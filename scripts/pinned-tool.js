// This file installs a pinned command-line tool kept in its own package under tools/ (the Firebase CLI, clasp), once
// per change of its lockfile. Tools live apart from the root package so `npm start` never waits for them, and so
// their own copies of Google's client libraries never stand in for the functions' ones in tests.
'use strict';
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { withProjectNode } = require('./project-node');

const TOOLS = path.resolve(__dirname, '..', 'tools');

/**
 * Installs tools/<folder> with `npm ci` when its package files changed since the last install, and returns the path
 * of the tool's entry script (run it with `process.execPath`). `omitOptional` skips optional native builds.
 */
function ensurePinnedTool({ folder, entry, label, omitOptional = false }) {
  const dir = path.join(TOOLS, folder);
  const bin = path.join(dir, 'node_modules', ...entry.split('/'));
  const stamp = path.join(dir, 'node_modules', '.deps-stamp');
  const fingerprint = crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(dir, 'package.json')))
    .update(fs.readFileSync(path.join(dir, 'package-lock.json')))
    .digest('hex');
  if (fs.existsSync(bin) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint) return bin;
  process.stderr.write(`Installing ${label} (tools/${folder}, about a minute the first time) ...\n`);
  const args = ['ci', ...(omitOptional ? ['--omit=optional'] : []), '--no-audit', '--no-fund', '--loglevel=error'];
  // npm's report goes to stderr, so a tool's own output (clasp status --json) stays clean on stdout.
  execFileSync('npm', args, { cwd: dir, stdio: ['ignore', process.stderr, process.stderr], env: withProjectNode() });
  if (!fs.existsSync(bin)) throw new Error(`${label} did not install its entry point at ${path.relative(process.cwd(), bin)}`);
  fs.writeFileSync(stamp, fingerprint);
  return bin;
}

module.exports = { ensurePinnedTool };
