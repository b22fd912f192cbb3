// This file is the Summaries view: rebuild the Program Performance Report (PPR) worksheet for a fiscal year; publish the manager summary.
import { button, el, field, focusHeading, input, run, startView } from '../dom';
import { call } from '../rpc';

export function showSummaries(today: string): void {
  const view = startView('Summaries');
  const month = Number(today.slice(5, 7));
  const year = input('number', String(Number(today.slice(0, 4)) + (month >= 10 ? 1 : 0)));
  const result = el('p', undefined, { id: 'summary-result', tabindex: '-1' });
  const link = el('p', undefined, { id: 'summary-link' });
  link.hidden = true;
  view.append(
    el('h3', 'Program Performance Report (PPR)'),
    el('p', 'Goals set, met and in progress by significant life area, and consumers served, for a federal fiscal year (1 October to 30 September).', { class: 'hint' }),
    field('Fiscal year', year),
    button('Rebuild the yearly report (PPR)', async () => {
      const done = await run('Rebuilding the yearly report (PPR)…', () => call('refreshPpr', { fiscalYear: Number(year.value) }), 'Yearly report (PPR) rebuilt.');
      if (!done) return;
      result.textContent = done.message;
      result.focus();
    }),
  );
  view.append(
    el('h3', 'Manager summary'),
    el('p', 'Writes de-identified numbers (no names) into a separate spreadsheet you share with managers. Publishing again updates the same file.', { class: 'hint' }),
    button('Publish manager summary', async () => {
      const done = await run('Publishing…', () => call('publishManagerSummary'), 'Manager summary published.');
      if (!done) return;
      result.textContent = done.message;
      link.replaceChildren();
      if (done.url && /^https:\/\//.test(done.url)) {
        link.append(el('a', 'Open the manager summary (opens in a new tab)', { href: done.url, target: '_blank', rel: 'noopener noreferrer' }));
        link.hidden = false;
      }
      result.focus();
    }),
  );
  view.append(result, link);
  focusHeading();
}
