// This file answers which Node runs the project's tools: the `node` devDependency (Node 22), which npm puts first on
// PATH inside npm scripts. Scripts that start other tools pass this environment on, so they get the same Node.
'use strict';
const path = require('node:path');

const BIN = path.resolve(__dirname, '..', 'node_modules', '.bin');

/** The environment with the project's node_modules/.bin first on PATH (harmless before it is installed). */
function withProjectNode(env = process.env) {
  const rest = (env.PATH ?? '').split(path.delimiter).filter((entry) => entry && path.resolve(entry) !== BIN);
  return { ...env, PATH: [BIN, ...rest].join(path.delimiter) };
}

module.exports = { withProjectNode };
