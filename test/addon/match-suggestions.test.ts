import { demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

interface Suggestion { mentorId: string; reasons: string[]; proximity: { text: string; source: string } }

/** The demo program with the first waiting consumer's ZIP set to `zip`; returns their suggestions. */
function suggestionsWithConsumerZip(zip?: string): Suggestion[] {
  const ss = demoSpreadsheet();
  const addon = startAddon(ss);
  setUp(addon);
  const consumer = sidebarCall(addon, 'searchConsumers', '')[0].id as string;
  if (zip) {
    const sheet = ss.sheet('Consumers')!;
    const header = sheet.values()[0]!;
    const at = sheet.values().findIndex((r) => r[header.indexOf('Consumer ID')] === consumer);
    sheet.cells[at]![header.indexOf('ZIP')] = zip;
  }
  return sidebarCall(addon, 'getMatchSuggestions', consumer).suggestions;
}

/** Every line the Match view shows for a suggestion: its reasons, then "Travel: …". */
const lines = (s: Suggestion) => [...s.reasons, `Travel: ${s.proximity.text}`];

describe('travel in a suggestion is said once', () => {
  it('when a ZIP is not in the table: one line says the distance is unknown and why', () => {
    const suggestions = suggestionsWithConsumerZip('99999');
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(s.proximity.source).toBe('unknown');
      expect(s.proximity.text).toBe('distance unknown (ZIP 99999 not found)');
      expect(lines(s).filter((line) => /unknown|travel|distance/i.test(line))).toEqual(['Travel: distance unknown (ZIP 99999 not found)']);
    }
  });

  it('when travel is known: the distance and trip are on the travel line only', () => {
    for (const s of suggestionsWithConsumerZip()) {
      expect(lines(s).filter((line) => /\bkm\b|\bmin\b|ZIP code area/.test(line))).toEqual([`Travel: ${s.proximity.text}`]);
    }
  });
});
