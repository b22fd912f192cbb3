#!/usr/bin/env node
// This file runs one Firebase CLI command (the emulator) in its own process group and stops the whole group when
// its parent closes our stdin, exits, or sends SIGTERM — so a crashed or interrupted test run leaves no emulator behind.
// Usage: node supervise.js <cwd> <firebase.js> <args...>   (output is passed through)
'use strict';
const { spawn } = require('node:child_process');

const [cwd, firebaseBin, ...args] = process.argv.slice(2);
const child = spawn(process.execPath, [firebaseBin, ...args], { cwd, detached: true, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  try {
    process.kill(-child.pid, 'SIGINT'); // the CLI shuts its emulators down cleanly on SIGINT
  } catch {
    process.exit(0);
  }
  setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    process.exit(0);
  }, 8000).unref();
}

child.on('exit', (code) => {
  // Clean up anything the CLI left in its group (the functions runtime workers).
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // group already empty
  }
  process.exit(stopping ? 0 : (code ?? 1));
});
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
