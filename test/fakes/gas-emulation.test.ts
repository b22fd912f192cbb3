import { FakeSpreadsheet, GasRuntime, loadXlsx, xlsxBuffer, formatInZone } from '../../src/workbench/gas';

describe('the emulated SpreadsheetApp', () => {
  const book = () => {
    const ss = new FakeSpreadsheet({ timeZone: 'America/Chicago' });
    ss.addSheet('Mentors', [['Mentor ID', 'Name', 'ZIP'], ['M-0001', 'Ana', 55104], ['M-0002', 'Ben', 55106]]);
    return ss;
  };

  it('reads and writes A1, row/column and numeric ranges over a real 2-D array', () => {
    const ss = book();
    const sheet = ss.api.getSheetByName('Mentors');
    expect(sheet.getDataRange().getValues()).toEqual([['Mentor ID', 'Name', 'ZIP'], ['M-0001', 'Ana', 55104], ['M-0002', 'Ben', 55106]]);
    expect(sheet.getRange('B2:C3').getValues()).toEqual([['Ana', 55104], ['Ben', 55106]]);
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
    sheet.getRange(4, 1, 1, 3).setValues([['M-0003', 'Cy', '55401']]);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getRange('C4').getValue()).toBe(55401);
    expect(ss.api.getRange("'Mentors'!A4").getValue()).toBe('M-0003');
  });

  it('reads a whole tab in one call with getSheetValues(1, 1, -1, -1), and refuses the empty range of a blank tab', () => {
    const ss = book();
    const sheet = ss.api.getSheetByName('Mentors');
    ss.counter.reset();
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual(sheet.getDataRange().getValues());
    expect(sheet.getSheetValues(2, 2, -1, 1)).toEqual([['Ana'], ['Ben']]);
    expect(ss.counter.calls.get('Sheet.getSheetValues')).toBe(2);
    ss.addSheet('Blank');
    expect(() => ss.api.getSheetByName('Blank').getSheetValues(1, 1, -1, -1)).toThrow(/range is empty/);
  });

  it('writes one value into scattered cells through a RangeList, read as typed input, leaving the cells between alone', () => {
    const ss = book();
    const sheet = ss.api.getSheetByName('Mentors');
    sheet.getRange('C2').setNumberFormat('@');
    sheet.getRangeList(['C2', 'A3']).setValue('02134');
    expect(sheet.getRange('C2').getValue()).toBe('02134');
    expect(sheet.getRange('A3').getValue()).toBe(2134);
    expect(sheet.getRange('B2:C3').getValues()).toEqual([['Ana', '02134'], ['Ben', 55106]]);
    expect(sheet.getRangeList(['A1', 'B2:C3']).getRanges().map((r: { getA1Notation(): string }) => r.getA1Notation())).toEqual(['A1', 'B2:C3']);
  });

  it('keeps a cell’s link until a value is written into that cell', () => {
    const ss = book();
    ss.sheet('Mentors')!.links.set('1,1', 'https://example.org/ana');
    const sheet = ss.api.getSheetByName('Mentors');
    sheet.getRange('A2').setValues([['M-0009']]);
    sheet.getRange('C2').setValue(55401);
    expect(sheet.getRange('B2').getRichTextValue().getLinkUrl()).toBe('https://example.org/ana');
    expect(sheet.getRange('A2:B2').getRichTextValues()[0].map((v: { getText(): string }) => v.getText())).toEqual(['M-0009', 'Ana']);
    sheet.getRange('B2').setValue('Ana Ruiz');
    expect(sheet.getRange('B2').getRichTextValue().getLinkUrl()).toBeNull();
  });

  it('reads typed text the way Sheets does: apostrophe is text, = is a formula', () => {
    const sheet = book().api.getSheetByName('Mentors');
    sheet.getRange(2, 2, 1, 2).setValues([["'=HYPERLINK(\"x\")", '=1+1']]);
    expect(sheet.getRange('B2').getValue()).toBe('=HYPERLINK("x")');
    expect(sheet.getRange('B2:C2').getFormulas()).toEqual([['', '=1+1']]);
  });

  it('parses strings written with setValues as typed input: leading zeros lost, 10% a percent, 1/2 a date, TRUE a boolean', () => {
    const sheet = book().api.getSheetByName('Mentors');
    sheet.getRange('D2:J2').setValues([['0042', '02134', '10%', '1/2', 'TRUE', '1,250', '6515550142']]);
    const [values] = sheet.getRange('D2:J2').getValues();
    expect(values.slice(0, 3)).toEqual([42, 2134, 0.1]);
    expect(formatInZone(values[3], 'America/Chicago', 'MM-dd')).toBe('01-02');
    expect(values.slice(4)).toEqual([true, 1250, 6515550142]);
    expect(sheet.getRange('F2').getNumberFormat()).toBe('0%');
  });

  it('appends a row below the last row with content in one call, reading values as setValues does, and grows a full sheet', () => {
    const ss = book();
    const sheet = ss.api.getSheetByName('Mentors');
    ss.sheet('Mentors')!.maxRows = 3;
    ss.counter.reset();
    sheet.appendRow(['0042', "'0043", '=1+1']);
    expect(ss.counter.total).toBe(1);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getRange(4, 1, 1, 2).getValues()).toEqual([[42, '0043']]);
    expect(sheet.getRange('C4').getFormulas()).toEqual([['=1+1']]);
    expect(sheet.getMaxRows()).toBe(4);
  });

  it('keeps a string as written behind an apostrophe or in a plain-text (@) cell, and models number formats', () => {
    const sheet = book().api.getSheetByName('Mentors');
    expect(sheet.getRange('D2').getNumberFormat()).toBe('0.###############');
    sheet.getRange('D2:D3').setNumberFormat('@');
    sheet.getRange('D2:E3').setValues([['02134', "'0042"], ['1/2', "'10%"]]);
    expect(sheet.getRange('D2:E3').getValues()).toEqual([['02134', '0042'], ['1/2', '10%']]);
    expect(sheet.getRange('D2:E2').getNumberFormats()).toEqual([['@', '0.###############']]);
    sheet.getRange('E2:E3').setNumberFormats([['0.00'], ['@']]);
    expect(sheet.getRange('E3').getNumberFormat()).toBe('@');
    // Set back to the automatic format, a cell reads typing again and answers Apps Script's default pattern.
    sheet.getRange('D2').setNumberFormat('general');
    expect(sheet.getRange('D2').getNumberFormat()).toBe('0.###############');
    sheet.getRange('D2').setValues([['02134']]);
    expect(sheet.getRange('D2').getValue()).toBe(2134);
  });

  it('gives no formula for the cells an array formula spills into, and breaks the spill (#REF!) when one is written', () => {
    const ss = book();
    ss.sheet('Mentors')!.addArrayFormula(1, 4, '={"Area";ARRAYFORMULA(C2:C)}', [['Area'], [55104], [55106]]);
    const sheet = ss.api.getSheetByName('Mentors');
    expect(sheet.getRange('D1:D3').getFormulas()).toEqual([['={"Area";ARRAYFORMULA(C2:C)}'], [''], ['']]);
    expect(sheet.getRange('D2').getValue()).toBe(55104);
    sheet.getRange('D2').setValues([[55104]]);
    expect(sheet.getRange('D1:D3').getValues()).toEqual([['#REF!'], [55104], ['']]);
  });

  it('keeps dates as instants at local midnight in the spreadsheet time zone', () => {
    const sheet = book().api.getSheetByName('Mentors');
    sheet.getRange('D1').setValue('2026-03-03');
    const value = sheet.getRange('D1').getValue() as Date;
    expect(formatInZone(value, 'America/Chicago', 'yyyy-MM-dd HH:mm')).toBe('2026-03-03 00:00');
  });

  it('throws "not implemented" for anything it does not emulate, and outside the sheet', () => {
    const sheet = book().api.getSheetByName('Mentors');
    expect(() => sheet.getRange('A1').setBackground('red')).toThrow('not implemented: Range.setBackground');
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions/);
  });

  it('counts every service call', () => {
    const ss = book();
    ss.counter.reset();
    ss.api.getSheetByName('Mentors').getDataRange().getValues();
    expect(ss.counter.snapshot()).toEqual({ 'Range.getValues': 1, 'Sheet.getDataRange': 1, 'Spreadsheet.getSheetByName': 1 });
  });

  it('supports list validation and frozen rows', () => {
    const ss = book();
    const rule = (new GasRuntime({ spreadsheet: ss }).context as unknown as { SpreadsheetApp: { newDataValidation(): any } }).SpreadsheetApp.newDataValidation().requireValueInList(['Active', 'Inactive']).setAllowInvalid(true).build();
    const sheet = ss.api.getSheetByName('Mentors');
    sheet.getRange('D2:D1000').setDataValidation(rule);
    sheet.setFrozenRows(1);
    expect(sheet.getRange('D5').getDataValidation().getCriteriaValues()[0]).toEqual(['Active', 'Inactive']);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('saves to and loads from .xlsx with values, dates, formulas, validation and document properties', async () => {
    const ss = book();
    const sheet = ss.api.getSheetByName('Mentors');
    sheet.getRange('D1:E1').setValues([['2026-03-03', '=1+1']]);
    sheet.getRange('B2:B10').setDataValidation({ criteria: 'VALUE_IN_LIST', values: ['Ana', 'Ben'], showDropdown: true, allowInvalid: true, helpText: '' });
    sheet.setFrozenRows(1);
    const { spreadsheet, documentProperties } = await loadXlsx(await xlsxBuffer(ss, { 'pm.schema': '{"version":1}' }));
    expect(documentProperties).toEqual({ 'pm.schema': '{"version":1}' });
    const back = spreadsheet.api.getSheetByName('Mentors');
    expect(back.getRange('A2:C2').getValues()).toEqual([['M-0001', 'Ana', 55104]]);
    expect(formatInZone(back.getRange('D1').getValue(), 'America/Chicago', 'yyyy-MM-dd')).toBe('2026-03-03');
    expect(back.getRange('E1').getFormulas()).toEqual([['=1+1']]);
    expect(back.getRange('B5').getDataValidation().getCriteriaValues()[0]).toEqual(['Ana', 'Ben']);
    expect(back.getFrozenRows()).toBe(1);
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(['Mentors']);
  });
});

describe('the emulated services', () => {
  it('lets only one holder take the document lock', () => {
    const runtime = new GasRuntime();
    const release = runtime.lock.holdElsewhere();
    const LockService = (runtime.context as unknown as { LockService: any }).LockService;
    expect(LockService.getDocumentLock().tryLock(1000)).toBe(false);
    expect(() => LockService.getDocumentLock().waitLock(1000)).toThrow(/Lock timeout/);
    release();
    const lock = LockService.getDocumentLock();
    lock.waitLock(1000);
    expect(lock.hasLock()).toBe(true);
  });

  it('delegates UrlFetchApp to the injected handler and records the request', () => {
    const runtime = new GasRuntime({ fetch: (request) => ({ status: 200, body: JSON.stringify({ echo: request.headers.Authorization }) }) });
    const { UrlFetchApp, ScriptApp } = runtime.context as unknown as { UrlFetchApp: any; ScriptApp: any };
    const response = UrlFetchApp.fetch('https://us-central1-cil.cloudfunctions.net/proximity', { method: 'post', headers: { Authorization: `Bearer ${ScriptApp.getIdentityToken()}` }, payload: '{}' });
    expect(JSON.parse(response.getContentText())).toEqual({ echo: 'Bearer local-identity-token' });
    expect(runtime.fetchLog[0]!.method).toBe('POST');
    // The manifest's urlFetchWhitelist: anything else is refused before it is sent.
    expect(() => UrlFetchApp.fetch('http://127.0.0.1/proximity')).toThrow("is not in the manifest's urlFetchWhitelist");
    expect(runtime.fetchLog).toHaveLength(1);
  });

  it('formats dates like Utilities.formatDate', () => {
    expect(formatInZone(new Date('2026-03-03T06:00:00Z'), 'America/Chicago', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-03-03T00:00:00-06:00');
  });
});
