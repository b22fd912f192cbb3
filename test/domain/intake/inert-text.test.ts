import { capText, cleanCharacters, inertText, safeCellText, withoutGuard } from '../../../src/domain/intake';

describe('inert text', () => {
  it.each(['=SUM(A1)', '+1+2', '-5', '@user', '\tcmd', '\r=1'])('stores %p as text, not a formula', (text) => {
    expect(inertText(text)).toBe(`'${text}`);
  });

  it.each(['\u200b=SUM(A1)', '\ufeff\u200d+1', '＝SUM(A1)', '＋1', '－5', '＠user', '\u2060＝1'])('stores %p (behind zero-width characters or full-width) as text too', (text) => {
    expect(inertText(text)).toBe(`'${text}`);
  });

  it('reads a guarded value back without its guard only', () => {
    expect(withoutGuard("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(withoutGuard("'＋1")).toBe('＋1');
    expect(withoutGuard("'quoted")).toBe("'quoted");
  });

  it('leaves a phone number in +1 form as written: nothing in it can run', () => {
    expect(inertText('+16515550142')).toBe('+16515550142');
    expect(inertText('+1 (651) 555-0142')).toBe('+1 (651) 555-0142');
    expect(inertText('+1+cmd|calc')).toBe("'+1+cmd|calc");
  });

  it('leaves ordinary text alone', () => {
    expect(inertText('Ann Lee')).toBe('Ann Lee');
    expect(inertText('')).toBe('');
  });

  it('caps long text with a visible marker saying how much was cut', () => {
    const capped = capText('x'.repeat(50000), 5000);
    expect(capped.text.length).toBeLessThanOrEqual(5000);
    expect(capped.cut).toBeGreaterThan(45000);
    expect(capped.text).toMatch(/\[cut here: 45,\d{3} more characters are in the form response\]$/);
    expect(capText('short', 5000)).toEqual({ text: 'short', cut: 0 });
  });

  it('never splits an emoji when cutting', () => {
    const capped = capText('😀'.repeat(3000), 1000);
    expect(capped.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('removes control characters and replaces lone surrogates, keeping line breaks', () => {
    expect(cleanCharacters('a\u0000b\nc\ud800d')).toBe('ab\nc\ufffdd');
  });

  it('makes a capped formula inert too', () => {
    expect(safeCellText('=' + 'A'.repeat(10000), 100).text.startsWith("'=")).toBe(true);
  });
});
