#!/usr/bin/env node
// The `peer-mentoring` command: runs the built CLI bundle (npm run build makes it).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'peer-mentoring.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('The command line is not built yet. Run "npm run build" in the project folder first.\n');
  process.exit(2);
}
require(bundle);
