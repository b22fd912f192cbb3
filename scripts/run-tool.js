#!/usr/bin/env node
// This file runs one of the project's pinned command-line tools with the project's Node, installing it first if
// needed: `npm run clasp -- login`, `npm run firebase -- login`. The deploy scripts start the tools through it too.
'use strict';
const { spawnSync } = require('node:child_process');
const { withProjectNode } = require('./project-node');

const TOOLS = {
  clasp: () => require('./ensure-clasp').ensure(),
  firebase: () => require('./ensure-firebase-tools').ensure(),
};

/**
 * Runs `tool` with `args` and returns its exit code. With `capture`, its output is also returned (and still shown),
 * so a caller can recognise a known failure and say what to do about it.
 */
function runTool(tool, args, { cwd = process.cwd(), env = process.env, capture = false } = {}) {
  const entry = TOOLS[tool]();
  const result = spawnSync(process.execPath, [entry, ...args], {
    cwd,
    env: withProjectNode({ ...env, NO_UPDATE_NOTIFIER: '1' }),
    stdio: capture ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
  });
  if (capture) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
  }
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

module.exports = { runTool };

if (require.main === module) {
  const [tool, ...args] = process.argv.slice(2);
  if (!(tool in TOOLS)) {
    process.stderr.write(`run-tool: unknown tool "${tool}"; one of: ${Object.keys(TOOLS).join(', ')}\n`);
    process.exit(2);
  }
  process.exit(runTool(tool, args).status);
}
