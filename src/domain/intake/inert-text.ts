// This file makes applicant text safe to put in a cell: nothing that could run as a formula, no invisible control
// characters, and a visible marker where a long answer was cut. Text is kept, never dropped.

/** A cell holds at most 50,000 characters; answers are capped well below that so a row stays readable. */
export const DEFAULT_TEXT_LIMIT = 5000;

/**
 * The one rule for inert text, used by every path that writes to a sheet (intake, the sidebar, accept and merge,
 * setup): text that starts with a character Sheets, Excel or a CSV import treats as the start of a formula
 * (= + - @, tab, carriage return — OWASP "CSV injection"), also behind invisible zero-width characters or written
 * with the full-width look-alikes (＝ ＋ － ＠) that spreadsheet programs may fold to the ASCII ones, is stored with a
 * leading apostrophe. The apostrophe stays in the stored text, so the cell is still inert after a CSV export.
 */
const FORMULA_START = /^[\u200b-\u200d\u2060\ufeff]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
/** A phone number in +1 form ("+16515550142", "+1 (651) 555-0142"): no name or call in it can run, so it stays as written. */
const PHONE = /^\+[\d\s().-]*$/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PHONE.test(text);
}

/** The text as it is stored: with a guard apostrophe before anything that could run as a formula. */
export function inertText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** Text read back from a cell without the guard apostrophe the rule added (other apostrophes are the writer's):
 * adapters add the guard when they write and take it off when they read, so the domain sees the text as typed. */
export function withoutGuard(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}

/** Removes control characters (except line breaks and tabs) and replaces unpaired surrogates, which cells reject. */
export function cleanCharacters(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export interface CappedText {
  text: string;
  /** How many characters were cut; 0 when the text fit. */
  cut: number;
}

/**
 * Caps text at `limit` characters with a visible marker saying how much was cut, so a reader knows to open the form
 * response for the rest. Never splits a surrogate pair.
 */
export function capText(text: string, limit = DEFAULT_TEXT_LIMIT): CappedText {
  if (text.length <= limit) return { text, cut: 0 };
  let keep = Math.max(0, limit - 80);
  if (/[\ud800-\udbff]/.test(text.charAt(keep - 1))) keep -= 1;
  const cut = text.length - keep;
  return { text: `${text.slice(0, keep)} … [cut here: ${cut.toLocaleString('en-US')} more characters are in the form response]`, cut };
}

/** Clean, capped and inert: the form every answer takes before it reaches a cell. */
export function safeCellText(text: string, limit = DEFAULT_TEXT_LIMIT): CappedText {
  const capped = capText(cleanCharacters(text), limit);
  return { text: inertText(capped.text), cut: capped.cut };
}
