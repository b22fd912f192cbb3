import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { ADDON_DIR } from '../helpers/paths';

/** Evaluates the built add-on as Apps Script does: one global scope, files run top to bottom. */
function loadBundle(globals: Record<string, unknown> = {}) {
  const context = vm.createContext({ ...globals });
  vm.runInContext(fs.readFileSync(path.join(ADDON_DIR, 'addon.js'), 'utf8'), context, { filename: 'addon.js' });
  return context as Record<string, unknown>;
}

function exportedNames(): string[] {
  const source = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'addon', 'index.ts'), 'utf8');
  return [...source.matchAll(/^export function (\w+)/gm)].map((m) => m[1]!).sort();
}

describe('the built add-on bundle', () => {
  it('defines exactly the exported entry points as top-level functions, and nothing else public', () => {
    const context = loadBundle();
    const functions = Object.keys(context).filter((name) => typeof context[name] === 'function').sort();
    expect(functions).toEqual(exportedNames());
    // The only other global is the private bundle object, whose trailing "_" hides it from google.script.run.
    expect(Object.keys(context).filter((name) => typeof context[name] !== 'function')).toEqual(['PeerMentoring_']);
  });

  it('ships the manifest and the sidebar with its script and styles inlined', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ADDON_DIR, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    const html = fs.readFileSync(path.join(ADDON_DIR, 'sidebar.html'), 'utf8');
    expect(html).toMatch(/<script>[\s\S]*google\.script\.run[\s\S]*<\/script>/);
    expect(html).toMatch(/<style>[\s\S]*:focus-visible[\s\S]*<\/style>/);
    expect(html).not.toContain('<!-- SCRIPT -->');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('builds the Peer Mentoring menu on open through the Apps Script UI service', () => {
    const items: [string, string][] = [];
    const menu = {
      addItem(label: string, fn: string) {
        items.push([label, fn]);
        return menu;
      },
      addToUi: jest.fn(),
    };
    const context = loadBundle({ SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu }) } });
    (context.onOpen as () => void)();
    expect(menu.addToUi).toHaveBeenCalledTimes(1);
    const functions = new Set(exportedNames());
    for (const [, fn] of items) expect(functions.has(fn)).toBe(true);
  });
});
