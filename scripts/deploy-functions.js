#!/usr/bin/env node
// This file deploys the functions with the pinned Firebase CLI, non-interactively. `npm run deploy:functions` installs
// the functions' dependencies, typechecks and builds first. It stops with one sentence at the first step that needs
// you: which project, your program's params, or signing the Firebase CLI in.
// Usage: npm run deploy:functions -- --project YOUR_PROJECT_ID
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { declaredParams, functionsConfig, projectParamValues } = require('./functions-params');
const { runTool } = require('./run-tool');

const root = path.resolve(__dirname, '..');

/** Params with no default must be set per project; returns the names still unset. */
function missingParams(projectId) {
  const values = projectParamValues(projectId);
  return declaredParams()
    .filter((param) => param.type !== 'secret' && param.default === undefined)
    .map((param) => param.name)
    .filter((name) => !values[name]?.trim());
}

/**
 * The Firebase CLI is signed in when `firebase login` stored a token (configstore, under XDG_CONFIG_HOME or ~/.config),
 * or when it is given credentials in the environment (a CI service account key or token).
 */
function isSignedIn(env) {
  if (env.GOOGLE_APPLICATION_CREDENTIALS || env.FIREBASE_TOKEN) return true;
  const config = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  const store = path.join(config, 'configstore', 'firebase-tools.json');
  try {
    return Boolean(JSON.parse(fs.readFileSync(store, 'utf8')).tokens?.refresh_token);
  } catch {
    return false;
  }
}

function deployFunctions(argv, env = process.env) {
  const at = argv.indexOf('--project');
  const projectId = at >= 0 ? argv[at + 1] : undefined;
  if (!projectId || !/^[a-z][a-z0-9-]{4,29}$/.test(projectId)) {
    return fail('Name your Firebase project: `npm run deploy:functions -- --project YOUR_PROJECT_ID` (the ID under Project settings in the Firebase console).');
  }
  const missing = missingParams(projectId);
  if (missing.length > 0) {
    return fail(`Set ${missing.join(' and ')} in functions/.env.${projectId} before deploying (README: "The functions' params" says what each one means).`);
  }
  try {
    functionsConfig().readEmailList(projectParamValues(projectId).ALLOWED_CALLER_EMAILS);
  } catch (error) {
    return fail(error.message);
  }
  if (!isSignedIn(env)) return fail('The Firebase CLI is not signed in to your Google account: run `npm run firebase -- login` (once per computer), then run this again.');
  const { status } = runTool('firebase', ['deploy', '--only', 'functions', '--project', projectId, '--non-interactive'], { cwd: root, env });
  return status;
}

function fail(sentence) {
  process.stderr.write(`${sentence}\n`);
  return 1;
}

if (require.main === module) process.exit(deployFunctions(process.argv.slice(2)));
