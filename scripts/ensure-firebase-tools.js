#!/usr/bin/env node
// This file installs the pinned Firebase CLI (tools/firebase): it runs the functions in the real Functions emulator
// during tests and deploys them. Run through `node scripts/ensure-deps.js firebase-tools`, or directly.
'use strict';
const { ensurePinnedTool } = require('./pinned-tool');

/** Returns the path of the Firebase CLI's entry script, installing the CLI first if needed. */
function ensure() {
  // Without optional packages: the only one that matters is re2, a native build for Firebase Hosting's URL patterns
  // (which we do not use) that would need Node's headers from the internet under the npm-installed Node 22.
  return ensurePinnedTool({ folder: 'firebase', entry: 'firebase-tools/lib/bin/firebase.js', label: 'the Firebase CLI', omitOptional: true });
}

module.exports = { ensure };

if (require.main === module) {
  try {
    ensure();
  } catch (error) {
    process.stderr.write(`Could not install the Firebase CLI: ${error.message}\n`);
    process.exit(1);
  }
}
