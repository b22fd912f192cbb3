#!/usr/bin/env node
// This file pushes the built add-on (dist/addon) to your Apps Script project with the pinned clasp. `npm run
// deploy:addon` typechecks and builds first. It stops with one sentence at the first step that needs you: no script
// ID yet, clasp not signed in, or the Apps Script API turned off in your Google account.
// Usage: npm run deploy:addon [-- --project .clasp-dev.json]   (default: .clasp.json)
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runTool } = require('./run-tool');

const root = path.resolve(__dirname, '..');
const PLACEHOLDER = 'PASTE_YOUR_SCRIPT_ID_HERE';
// https://developers.google.com/apps-script/api/how-tos/enable (each user turns the Apps Script API on for themselves)
const API_SETTINGS = 'https://script.google.com/home/usersettings';

/** The problem that stops the push, as one sentence, or undefined when the project file is usable. */
function checkProjectFile(file) {
  const shown = path.relative(root, file) || file;
  const howTo = `copy .clasp.example.json to ${shown} and paste your script ID (Extensions → Apps Script → Project Settings → Script ID) in place of ${PLACEHOLDER}`;
  if (!fs.existsSync(file)) return `No Apps Script project is set yet: ${howTo}.`;
  let project;
  try {
    project = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return `${shown} is not valid JSON (${error.message}): ${howTo}.`;
  }
  if (typeof project.scriptId !== 'string' || project.scriptId === PLACEHOLDER || !/^[A-Za-z0-9_-]{20,}$/.test(project.scriptId)) return `${shown} has no script ID yet: ${howTo}.`;
  // clasp reads rootDir relative to the project file's folder.
  if (path.resolve(path.dirname(file), project.rootDir ?? '.') !== path.join(root, 'dist', 'addon')) {
    return `${shown} must say "rootDir": "dist/addon", the built add-on, so nothing else is pushed.`;
  }
  return undefined;
}

/** clasp keeps its sign-in in ~/.clasprc.json unless told otherwise (--auth or clasp_config_auth). */
function isSignedIn(env) {
  const auth = env.clasp_config_auth ? path.resolve(env.clasp_config_auth) : path.join(os.homedir(), '.clasprc.json');
  const file = fs.existsSync(auth) && fs.statSync(auth).isDirectory() ? path.join(auth, '.clasprc.json') : auth;
  return fs.existsSync(file);
}

function deployAddon(argv, env = process.env) {
  const at = argv.indexOf('--project');
  const projectFile = path.resolve(root, at >= 0 && argv[at + 1] ? argv[at + 1] : '.clasp.json');
  const problem = checkProjectFile(projectFile);
  if (problem) return fail(problem);
  if (!fs.existsSync(path.join(root, 'dist', 'addon', 'addon.js'))) return fail('The add-on is not built: run `npm run deploy:addon`, which builds it first.');
  if (!isSignedIn(env)) return fail('clasp is not signed in to your Google account: run `npm run clasp -- login` (once per computer), then run this again.');
  const { status, output } = runTool('clasp', ['--project', projectFile, 'push', '--force'], { cwd: root, env, capture: true });
  if (status === 0) return 0;
  if (/Apps Script API/i.test(output)) return fail(`Google refused the push because the Apps Script API is off for your account: turn it on at ${API_SETTINGS}, wait a few minutes, then run this again.`);
  return fail('clasp could not push the add-on; its message is above.');
}

function fail(sentence) {
  process.stderr.write(`${sentence}\n`);
  return 1;
}

if (require.main === module) process.exit(deployAddon(process.argv.slice(2)));
