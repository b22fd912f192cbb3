#!/usr/bin/env node
// This file installs the pinned Firebase CLI (tools/firebase) that runs the functions in the real Functions
// emulator during tests. It lives in its own small package so `npm start` never waits for it (it builds re2,
// about three minutes, once per machine). Run through `node scripts/ensure-deps.js firebase-tools`, or directly.
'use strict';
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const dir = path.resolve(__dirname, '..', 'tools', 'firebase');

/** The firebase CLI entry point, once installed. */
const FIREBASE_BIN = path.join(dir, 'node_modules', 'firebase-tools', 'lib', 'bin', 'firebase.js');

function fingerprint() {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, 'package.json')));
  const lock = path.join(dir, 'package-lock.json');
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
  return hash.digest('hex');
}

function ensure() {
  const stamp = path.join(dir, 'node_modules', '.deps-stamp');
  if (fs.existsSync(FIREBASE_BIN) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint()) return FIREBASE_BIN;
  process.stderr.write('Installing the Firebase CLI for the functions emulator tests (tools/firebase, about 3 minutes the first time) ...\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!fs.existsSync(FIREBASE_BIN)) throw new Error(`firebase-tools did not install its CLI at ${path.relative(process.cwd(), FIREBASE_BIN)}`);
  fs.writeFileSync(stamp, fingerprint());
  return FIREBASE_BIN;
}

module.exports = { ensure, FIREBASE_BIN };

if (require.main === module) {
  try {
    ensure();
  } catch (error) {
    process.stderr.write(`Could not install the Firebase CLI: ${error.message}\n`);
    process.exit(1);
  }
}
