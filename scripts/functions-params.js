// This file lists the params the built functions declare (name, type, default, meaning) and reads the dotenv files
// that give them values, so the deploy and its tests check one truth: the code.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { withProjectNode } = require('./project-node');

const FUNCTIONS = path.resolve(__dirname, '..', 'functions');

/** Loads functions/lib/index.js in a fresh Node (as the Firebase CLI does) and returns the params it declared. */
function declaredParams() {
  const probe = `require('./lib/index.js');
const { declaredParams } = require('firebase-functions/params');
process.stdout.write(JSON.stringify(declaredParams.map((param) => param.toSpec())));`;
  const out = execFileSync('node', ['-e', probe], { cwd: FUNCTIONS, env: withProjectNode(), encoding: 'utf8' });
  return JSON.parse(out).map((spec) => ({ name: spec.name, type: spec.type, default: spec.default, description: spec.description }));
}

/** The KEY=value lines of a dotenv file (comments and blank lines skipped, surrounding quotes removed). */
function readDotenv(file) {
  if (!fs.existsSync(file)) return {};
  const values = {};
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    values[match[1]] = match[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return values;
}

/** The values Firebase will use for a project: functions/.env, then functions/.env.<project> on top. */
function projectParamValues(projectId) {
  return { ...readDotenv(path.join(FUNCTIONS, '.env')), ...readDotenv(path.join(FUNCTIONS, `.env.${projectId}`)) };
}

/**
 * The functions' own param readers (functions/src/config.ts), bundled on the spot, so the deploy can refuse a value the
 * deployed code would refuse, with the same sentence, before anything reaches Google.
 */
function functionsConfig() {
  const [bundle] = require('esbuild').buildSync({
    entryPoints: [path.join(FUNCTIONS, 'src', 'config.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    external: ['firebase-functions', 'firebase-functions/*'],
    logLevel: 'silent',
  }).outputFiles;
  const loaded = { exports: {} };
  new Function('module', 'exports', 'require', bundle.text)(loaded, loaded.exports, createRequire(path.join(FUNCTIONS, 'package.json')));
  return loaded.exports;
}

module.exports = { declaredParams, readDotenv, projectParamValues, functionsConfig, FUNCTIONS };
