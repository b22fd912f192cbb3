#!/usr/bin/env node
// This file installs the pinned clasp (tools/clasp), Google's command-line tool that pushes the built add-on to an
// Apps Script project. Run through `node scripts/ensure-deps.js clasp`, or directly.
'use strict';
const { ensurePinnedTool } = require('./pinned-tool');

/** Returns the path of clasp's entry script, installing clasp first if needed. */
function ensure() {
  return ensurePinnedTool({ folder: 'clasp', entry: '@google/clasp/build/src/index.js', label: 'clasp' });
}

module.exports = { ensure };

if (require.main === module) {
  try {
    ensure();
  } catch (error) {
    process.stderr.write(`Could not install clasp: ${error.message}\n`);
    process.exit(1);
  }
}
