// The use cases in src/app answer for every host: they never import the sidebar's contract, the sidebar, the command
// line or the add-on's wiring.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const APP = path.join(ROOT, 'src', 'app');
const FORBIDDEN = ['src/shared/rpc-contract', 'src/client', 'src/cli', 'src/addon'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file names in an import, an export … from, a dynamic import() or require(), resolved from the repo root. */
function importsOf(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => path.relative(ROOT, path.resolve(path.dirname(file), s)).split(path.sep).join('/'));
}

describe('src/app boundaries', () => {
  const files = sourceFiles(APP);

  it('finds the use cases to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [path.relative(ROOT, f)]))('%s imports nothing from the sidebar contract, the sidebar, the CLI or the add-on', (file) => {
    const bad = importsOf(path.join(ROOT, file)).filter((target) => FORBIDDEN.some((f) => target === f || target.startsWith(`${f}/`) || target === `${f}.ts`));
    expect(bad).toEqual([]);
  });

  it('would catch an import of the sidebar contract, however it is written', () => {
    const text = "import type { ServerApi } from '../shared/rpc-contract';\nexport { x } from \"../client/rpc\";\nconst y = require('../cli/main');\n";
    expect(importsOf(path.join(APP, 'any-use-case.ts'), text)).toEqual(['src/shared/rpc-contract', 'src/client/rpc', 'src/cli/main']);
  });
});
