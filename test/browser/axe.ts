// Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in a page or frame and describes each violation in one line.
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';

const AXE = path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/** The violations, one line per rule ("rule: help — selector: why" for the first few elements), so a failing test says what to fix. */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  const loaded = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await target.addScriptTag({ path: AXE });
  const result = (await target.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: unknown): Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  )) as AxeResult;
  return result.violations.map((v) => {
    const where = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`);
    return `${v.id} (${v.impact}, ${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}): ${v.help} — ${where.join(' | ')}`;
  });
}
