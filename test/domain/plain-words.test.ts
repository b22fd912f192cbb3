import path from 'node:path';
import { findJargon, settingKeys } from '../../src/domain/plain-words';
import { readSettings } from '../../src/domain/settings';
import { findMessageLiterals } from '../helpers/message-literals';

const ROOT = path.join(__dirname, '..', '..');

describe('the glossary check', () => {
  it('finds a setting key in a message', () => {
    expect(findJargon('Setting "trainingIntervalDays" must be a number')).toEqual(['setting key "trainingIntervalDays"']);
    expect(findJargon('weights.goals is too high')).toEqual(['setting key "weights.goals"']);
  });

  it('finds an abbreviation left bare, and accepts it spelled out in the same message', () => {
    expect(findJargon('Refresh the PPR')).toEqual(['abbreviation "PPR" not spelled out']);
    expect(findJargon('Refresh the Program Performance Report (PPR)')).toEqual([]);
    expect(findJargon('Refresh the yearly report (PPR)')).toEqual([]);
    expect(findJargon('Not eligible under the Americans with Disabilities Act; ADA status blank')).toEqual([]);
    expect(findJargon('Uses CART captions')).toEqual(['abbreviation "CART" not spelled out']);
  });

  it('lets everyday abbreviations, record IDs and error codes through', () => {
    expect(findJargon('No ZIP recorded for C-0032 (ID from the Consumers tab); code MATCH.TOO_FAR')).toEqual([]);
  });
});

describe('messages in plain words', () => {
  it('leaves no setting key or bare abbreviation in any message the domain says', () => {
    const literals = findMessageLiterals(path.join(ROOT, 'src', 'domain'));
    expect(literals.length).toBeGreaterThan(100);
    const problems = literals.flatMap((literal) => findJargon(literal.text).map((problem) => `${path.relative(ROOT, literal.file)}:${literal.line} ${problem}: ${literal.text}`));
    expect(problems).toEqual([]);
  });

  it('leaves no setting key or bare abbreviation in any message the add-on, its use cases or the sidebar say', () => {
    const literals = findMessageLiterals(...['app', 'addon', 'client'].map((dir) => path.join(ROOT, 'src', dir)));
    expect(literals.length).toBeGreaterThan(200);
    const problems = literals.flatMap((literal) => findJargon(literal.text).map((problem) => `${path.relative(ROOT, literal.file)}:${literal.line} ${problem}: ${literal.text}`));
    expect(problems).toEqual([]);
  });

  it('reports a bad setting without its internal key', () => {
    const rows = settingKeys().map((key, i) => ({ key, value: 'lots', source: { tab: 'Settings', row: i + 2 } }));
    const { issues } = readSettings(rows);
    expect(issues.length).toBe(settingKeys().length - 3); // the three text settings take any value
    for (const issue of issues) expect(findJargon(issue.message)).toEqual([]);
  });
});
