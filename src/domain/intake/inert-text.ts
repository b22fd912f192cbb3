// This file makes applicant text safe to put in a cell: nothing that could run as a formula, no invisible control
// characters, and a visible marker where a long answer was cut. Text is kept, never dropped.

/** A cell holds at most 50,000 characters; answers are capped well below that so a row stays readable. */
export const DEFAULT_TEXT_LIMIT = 5000;

/** Characters that make Sheets, Excel or a CSV import treat a value as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes text that starts like a formula with an apostrophe. The Sheets API with RAW input already stores text as
 * text; the prefix also keeps it inert when the add-on writes it with setValues, or a coordinator exports to CSV.
 */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
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
