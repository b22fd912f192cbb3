import { APPLICATION_HEADERS } from '../../src/domain/intake/application-row';
import { fleschKincaidGrade } from '../../src/domain/intake/readability';
import { demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

/** The demo program, set up, as the coordinator's add-on sees it. */
function addon() {
  const ss = demoSpreadsheet();
  const runtime = startAddon(ss);
  setUp(runtime);
  return { ss, runtime };
}

describe('Today, introductions, letters, history and reminders through the built add-on', () => {
  it('Today lists what is due on the demo, each line naming people and opening a view, with the health line', () => {
    const { runtime } = addon();
    const today = sidebarCall(runtime, 'getToday');
    const kinds = today.sections.map((s: { kind: string }) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['intro', 'review-due', 'training-lapsing', 'lapsed-with-matches']));
    expect(today.count).toBe(today.sections.reduce((n: number, s: { lines: unknown[] }) => n + s.lines.length, 0));
    const intro = today.sections.find((s: { kind: string }) => s.kind === 'intro').lines[0];
    expect(intro.text).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ with [A-Z][a-z]+ [A-Z][a-z]+: intro (today|tomorrow|in \d days) \(\d+ [A-Z][a-z]{2} \d{4}\)$/);
    expect(intro.open).toEqual({ view: 'detail', arg: expect.stringMatching(/^X-\d{4}$/) });
    expect(today.health).toEqual([
      expect.stringMatching(/^\d+ active matches$/), expect.stringMatching(/^\d+ people waiting, for \d+ days \(median\)$/), expect.stringMatching(/^\d+ of \d+ reviews on time since 1 Oct 2026$/),
    ]);
  });

  it('drafts the introduction of an intro-scheduled match as links, with contact details only for people who said yes', () => {
    const { ss, runtime } = addon();
    const match = ss.sheet('Matches')!.values().find((row) => row[3] === 'Intro scheduled')!;
    const [matchId, consumerId, mentorId] = match as string[];
    // The time and place are saved on the match's row, as the match page's Intro meeting does; the draft reads them there.
    const introOn = sidebarCall(runtime, 'getMatchDetail', matchId).introOn;
    sidebarCall(runtime, 'changeMatch', { matchId, action: 'schedule-intro', on: introOn, time: '2:30 pm', place: 'Rondo Library' });
    const intro = sidebarCall(runtime, 'getIntroduction', { matchId });
    // The demo has no applications, so nobody has said yes to sharing: both are blind-copied and the draft says so.
    expect(intro.to).toEqual([]);
    expect(intro.bcc).toHaveLength(2);
    expect(intro.body).toContain('I will help you get in touch with');
    expect(intro.body).not.toContain('@');
    expect(intro.gmailUrl).toMatch(/^https:\/\/mail\.google\.com\/mail\/\?view=cm&fs=1&bcc=/);
    expect(intro.mailtoUrl).toMatch(/^mailto:\?bcc=/);
    const calendar = new URL(intro.calendarUrl);
    expect(calendar.searchParams.get('dates')).toMatch(/^\d{8}T143000\/\d{8}T153000$/);
    expect(calendar.searchParams.get('location')).toBe('Rondo Library');
    expect(calendar.searchParams.get('ctz')).toBe('America/Chicago');
    expect(calendar.searchParams.has('add')).toBe(false);
    expect(intro.missing).toEqual(['program phone']);
    expect(consumerId).toMatch(/^C-/);
    expect(mentorId).toMatch(/^M-/);
  });

  it('shares each person\'s contact details once their application says yes, and reads the program phone from Settings', () => {
    const { ss, runtime } = addon();
    const match = ss.sheet('Matches')!.values().find((row) => row[3] === 'Intro scheduled')! as string[];
    const apps = ss.sheet('Applications')!;
    // The intake adds the answer columns when the first response lands; do as it does.
    const before = apps.values()[0] as string[];
    const header = [...before, ...APPLICATION_HEADERS.filter((h) => !before.includes(h))];
    apps.api.getRange(1, 1, 1, header.length).setValues([header]);
    const row = (recordId: string) => header.map((h) => ({ 'Response ID': `R-${recordId}`, 'Submitted at': '2026-01-05T10:00:00Z', 'Consent to share contact': 'Yes', Status: 'Accepted', 'Record ID': recordId })[h] ?? '');
    apps.api.appendRow(row(match[1]!));
    apps.api.appendRow(row(match[2]!));
    ss.sheet('Settings')!.api.appendRow(['program.phone', '651-555-0100']);
    const intro = sidebarCall(runtime, 'getIntroduction', { matchId: match[0] });
    expect(intro.to).toHaveLength(2);
    expect(intro.bcc).toEqual([]);
    expect(intro.body).toMatch(/you can reach [^ ]+ at [^ ]+@example\.org/);
    expect(intro.body).toContain('Call us at 651-555-0100.');
    expect(new URL(intro.calendarUrl).searchParams.get('add')!.split(',')).toHaveLength(2);
    expect(intro.missing).toEqual(['meeting time', 'meeting place']);
  });

  it('refuses to introduce a match that is already active', () => {
    const { ss, runtime } = addon();
    const active = ss.sheet('Matches')!.values().find((row) => row[3] === 'Active')! as string[];
    expect(runtime.callFromSidebar('getIntroduction', { matchId: active[0] })).toEqual({ ok: false, error: { code: 'MATCH.NOT_INTRODUCING', message: expect.stringContaining(active[0]!) } });
  });

  it('writes letters for a match at grade 4 or below, with names and dates filled from the rows', () => {
    const { ss, runtime } = addon();
    const active = ss.sheet('Matches')!.values().find((row) => row[3] === 'Active')! as string[];
    const letters = sidebarCall(runtime, 'getLetters', { about: 'match', matchId: active[0] });
    expect(letters.map((l: { kind: string }) => l.kind)).toEqual(['goal-summary', 'intro-consumer', 'intro-mentor']);
    for (const letter of letters) {
      expect(fleschKincaidGrade([letter.title, `Dear ${letter.name},`, ...letter.lines, letter.nextStep, ...letter.closing]).grade).toBeLessThanOrEqual(4);
      expect(letter.gmailUrl).toMatch(/^https:\/\/mail\.google\.com\/mail\/\?view=cm&fs=1&su=/);
    }
    const welcome = sidebarCall(runtime, 'getLetters', { about: 'consumer', consumerId: active[1] });
    expect(welcome[0].kind).toBe('welcome');
  });

  it('tells a demo match\'s history in order, and a person\'s', () => {
    const { ss, runtime } = addon();
    const completed = ss.sheet('Matches')!.values().find((row) => row[3] === 'Completed')! as string[];
    const story = sidebarCall(runtime, 'getMatchStory', completed[0]);
    const titles = story.events.map((e: { title: string }) => e.title);
    expect(titles[0]).toMatch(/^Proposed/);
    expect(titles).toContain('Intro meeting');
    expect(titles[titles.length - 1]).toBe('Completed');
    const days = story.events.map((e: { on: string }) => e.on);
    expect([...days].sort()).toEqual(days);
    const person = sidebarCall(runtime, 'getPersonStory', completed[1]);
    expect(person.events.some((e: { title: string }) => e.title.startsWith(`Match ${completed[0]} proposed, with `))).toBe(true);
  });

  it('lists reminders with calendar links and the month as one .ics file', () => {
    const { runtime } = addon();
    const reminders = sidebarCall(runtime, 'getReminders');
    expect(reminders.soon.length).toBeGreaterThan(0);
    for (const r of reminders.soon) expect(r.calendarUrl).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=/);
    expect(reminders.monthCalendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(reminders.monthCalendar.split('BEGIN:VEVENT').length - 1).toBe(reminders.monthCount);
  });

  it('keeps the intro texts and the program phone in Settings, checking the blanks before saving', () => {
    const { ss, runtime } = addon();
    const settings = sidebarCall(runtime, 'getSettings');
    expect(settings.values['template.introEmailSubject']).toBe('{consumerFirstName}, meet {mentorFirstName}');
    expect(settings.fields.find((f: { key: string }) => f.key === 'template.introEmailBody')).toEqual(expect.objectContaining({ label: 'Intro email: message', kind: 'long-text' }));
    const refused = runtime.callFromSidebar('saveSettings', { 'template.introEmailSubject': 'Hello {firstName}' }) as { ok: boolean; error: { code: string; message: string } };
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('SETTINGS.BAD_TEMPLATE');
    expect(refused.error.message).toMatch(/^Intro email: subject: "\{firstName\}" is not a blank this text can fill \(it can use \{consumerFirstName\}/);
    expect(ss.sheet('Settings')!.values().some((row) => row[0] === 'template.introEmailSubject')).toBe(false);
    sidebarCall(runtime, 'saveSettings', { 'template.introEmailSubject': 'Welcome, {consumerFirstName} & {mentorFirstName}!', 'program.phone': '651-555-0100' });
    const match = ss.sheet('Matches')!.values().find((row) => row[3] === 'Intro scheduled')! as string[];
    const intro = sidebarCall(runtime, 'getIntroduction', { matchId: match[0] });
    expect(intro.subject).toMatch(/^Welcome, \S+ & \S+!$/);
    expect(intro.missing).toEqual(['meeting time', 'meeting place']);
  });
});
