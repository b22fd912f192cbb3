import { readSettings } from '../../../src/domain/settings';
import { checkTemplate, fillTemplate, firstNameOf, readOutreachSettings, TEMPLATE_KEYS, TEMPLATES } from '../../../src/domain/outreach/message-templates';
import { formatClockTime, readClockTime } from '../../../src/domain/outreach/clock-time';

const row = (key: string, value: string, r = 2) => ({ key, value, source: { tab: 'Settings', row: r } });

describe('intro templates in Settings', () => {
  it.each(TEMPLATE_KEYS)('the default %s passes its own check', (key) => {
    expect(checkTemplate(key, TEMPLATES[key].text)).toEqual([]);
  });

  it('refuses a blank the text cannot fill, naming the ones it can', () => {
    expect(checkTemplate('introEmailSubject', 'Hello {firstName}')).toEqual([
      '"{firstName}" is not a blank this text can fill (it can use {consumerFirstName}, {mentorFirstName}, {introDate}, {introTime}, {introPlace}, {programName}, {programPhone})',
    ]);
    // {contact} carries phone numbers and emails: only the email body may use it, never a subject or a calendar event.
    expect(checkTemplate('introEventDetails', 'Call: {contact}')[0]).toMatch(/^"\{contact\}" is not a blank this text can fill/);
    expect(checkTemplate('introEmailBody', '{contact}')).toEqual([]);
  });

  it('refuses an open or lone curly bracket and an empty text', () => {
    expect(checkTemplate('introEventTitle', 'Meet {mentorFirstName')).toEqual(['a curly bracket is not closed; blanks look like {mentorFirstName}']);
    expect(checkTemplate('introEventTitle', 'Meet }')).toEqual(['a curly bracket is not closed; blanks look like {mentorFirstName}']);
    expect(checkTemplate('introEmailBody', '  ')).toEqual(['it is empty; write a text or remove the row to use the default']);
  });

  it('reads the coordinator\'s texts and program details, keeping the default for a bad row and saying where', () => {
    const read = readOutreachSettings([
      row('template.introEventTitle', 'Intro {consumerFirstName}', 2),
      row('template.introEmailSubject', 'Hi {name}', 3),
      row('template.signature', 'x', 4),
      row('program.phone', ' 651-555-0100 ', 5),
      row('program.name', '', 6),
    ]);
    expect(read.templates.introEventTitle).toBe('Intro {consumerFirstName}');
    expect(read.templates.introEmailSubject).toBe(TEMPLATES.introEmailSubject.text);
    expect(read.program).toEqual({ name: 'The Peer Mentoring Program', phone: '651-555-0100' });
    expect(read.issues.map((i) => [i.code, i.location.row])).toEqual([['SETTINGS.BAD_TEMPLATE', 3], ['SETTINGS.UNKNOWN_KEY', 4]]);
    expect(read.issues[0]!.message).toMatch(/^Intro email: subject: "\{name\}" is not a blank/);
  });

  it('leaves template and program rows to this reader: the general settings reader does not call them unknown', () => {
    expect(readSettings([row('template.introEmailBody', 'x'), row('program.phone', '1')]).issues).toEqual([]);
  });

  it('fills blanks, shows a missing one as [what goes here] and lists it', () => {
    expect(fillTemplate('{consumerFirstName} at { introPlace }, {programPhone}', { consumerFirstName: 'Ana', introPlace: 'Library', programPhone: ' ' })).toEqual({
      text: 'Ana at Library, [program phone]', missing: ['programPhone'],
    });
  });
});

describe('names and times as people write them', () => {
  it.each([
    ['María José Ortiz', 'María'],
    ['Vang, Tou', 'Tou'],
    ["D'Andre", "D'Andre"],
    ['  Ana  ', 'Ana'],
  ])('first name of %j is %j', (name, first) => expect(firstNameOf(name)).toBe(first));

  it.each([
    ['2:30 pm', '2:30 pm'], ['2:30PM', '2:30 pm'], ['2 p.m.', '2:00 pm'], ['14:30', '2:30 pm'], ['9:05 am', '9:05 am'], ['12 am', '12:00 am'],
    ['12:15 pm', '12:15 pm'], ['noon', '12:00 pm'], ['0:00', '12:00 am'],
  ])('reads %j as %s', (text, shown) => expect(formatClockTime(readClockTime(text)!)).toBe(shown));

  it.each(['2', '13 pm', '25:00', '2:75 pm', 'afternoon', ''])('does not guess %j', (text) => expect(readClockTime(text)).toBeNull());
});
