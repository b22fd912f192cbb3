// This file makes sure Debian's Chromium is installed for the browser tests (apt-get as root), or says how to get it.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');

const CHROMIUM = '/usr/bin/chromium';

function ensure() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (fs.existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error('The browser tests need Chromium. Install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH) and run the tests again.');
  }
  process.stderr.write('Installing Chromium for the browser tests (apt-get) ...\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-liberation'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (!fs.existsSync(CHROMIUM)) throw new Error('apt-get finished but /usr/bin/chromium is still missing.');
  return CHROMIUM;
}

module.exports = { ensure, CHROMIUM };
