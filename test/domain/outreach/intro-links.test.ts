import { fleschKincaidGrade } from '../../../src/domain/intake/readability';
import { draftIntroEmail, draftIntroEvent, gmailComposeUrl, googleCalendarUrl, IntroInput, mailtoUrl } from '../../../src/domain/outreach/intro-links';
import { readOutreachSettings } from '../../../src/domain/outreach/message-templates';

const { templates } = readOutreachSettings([]);
const program = { name: 'Rondo & Frogtown Peer Mentoring', phone: '651-555-0100' };

function anIntro(overrides: Partial<IntroInput> = {}): IntroInput {
  return {
    templates, program, timeZone: 'America/Chicago',
    consumer: { name: 'José Ramírez', email: 'jose@example.org', phone: '+16515550202', sharesContact: true },
    mentor: { name: "Siobhán O'Brien", email: "o'brien@example.org", phone: '+16125550101', sharesContact: true },
    intro: { date: '2027-03-02', time: '2:30 pm', place: 'Café Latté & Co, 850 Grand Ave' },
    ...overrides,
  };
}

describe('the intro email', () => {
  it('greets both by first name, with the meeting, how to reach each other and the program phone', () => {
    const draft = draftIntroEmail(anIntro());
    expect(draft.to).toEqual(['jose@example.org', "o'brien@example.org"]);
    expect(draft.bcc).toEqual([]);
    expect(draft.subject).toBe('José, meet Siobhán');
    expect(draft.body).toBe([
      'Hi José and Siobhán,',
      '',
      'I am glad you two will meet.',
      'Siobhán will be your peer mentor, José.',
      '',
      'Your first meeting:',
      'Day: Tuesday, March 2, 2027',
      'Time: 2:30 pm',
      'Place: Café Latté & Co, 850 Grand Ave',
      '',
      "José, you can reach Siobhán at o'brien@example.org or 612-555-0101.",
      'Siobhán, you can reach José at jose@example.org or 651-555-0202.',
      '',
      'Do you have a question? Call us at 651-555-0100.',
      '',
      'Rondo & Frogtown Peer Mentoring',
    ].join('\n'));
    expect(draft.missing).toEqual([]);
  });

  it('reads at grade 4 or below with its blanks filled, as does the calendar event', () => {
    const draft = draftIntroEmail(anIntro());
    expect(fleschKincaidGrade([draft.subject, draft.body]).grade).toBeLessThanOrEqual(4);
    const event = draftIntroEvent(anIntro())!;
    expect(fleschKincaidGrade([event.title, event.details]).grade).toBeLessThanOrEqual(4);
  });

  it('shares no contact details of a person whose consent answer is no or missing, and blind-copies them', () => {
    const draft = draftIntroEmail(anIntro({ consumer: { name: 'José Ramírez', email: 'jose@example.org', phone: '+16515550202', sharesContact: false } }));
    expect(draft.to).toEqual(["o'brien@example.org"]);
    expect(draft.bcc).toEqual(['jose@example.org']);
    expect(draft.body).toContain('Siobhán, I will help you get in touch with José.');
    expect(draft.body).not.toMatch(/jose@|555-0202/);
    const neither = draftIntroEmail(anIntro({
      consumer: { name: 'José Ramírez', email: 'jose@example.org', phone: null, sharesContact: null },
      mentor: { name: "Siobhán O'Brien", email: "o'brien@example.org", phone: '+16125550101', sharesContact: false },
    }));
    expect(neither.to).toEqual([]);
    expect(neither.bcc).toEqual(['jose@example.org', "o'brien@example.org"]);
    expect(neither.body).not.toMatch(/@|555-0101|555-0202/);
    expect(neither.body).toContain('José, I will help you get in touch with Siobhán.\nSiobhán, I will help you get in touch with José.');
  });

  it('shows blanks with no value in square brackets and lists them', () => {
    const draft = draftIntroEmail(anIntro({ program: { name: 'Peer Mentoring', phone: '' }, intro: { date: '2027-03-02', time: null, place: null } }));
    expect(draft.body).toContain('Time: [meeting time]\nPlace: [meeting place]');
    expect(draft.missing).toEqual(['introTime', 'introPlace', 'programPhone']);
  });

  it('uses the coordinator\'s own wording from Settings', () => {
    const settings = readOutreachSettings([{ key: 'template.introEmailSubject', value: 'Intro: {mentorFirstName} & {consumerFirstName}', source: { tab: 'Settings', row: 9 } }]);
    expect(draftIntroEmail(anIntro({ templates: settings.templates })).subject).toBe('Intro: Siobhán & José');
  });
});

describe('the links', () => {
  it('opens Gmail with every character encoded: accents, apostrophes, ampersands, line breaks', () => {
    const url = gmailComposeUrl({ to: ["o'brien@example.org", 'jose@example.org'], bcc: [], subject: "José & D'Andre", body: 'Hi,\nCafé & more' });
    expect(url).toBe(
      'https://mail.google.com/mail/?view=cm&fs=1&to=o%27brien%40example.org%2Cjose%40example.org' +
        '&su=Jos%C3%A9%20%26%20D%27Andre&body=Hi%2C%0D%0ACaf%C3%A9%20%26%20more',
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get('su')).toBe("José & D'Andre");
    expect(parsed.searchParams.get('body')).toBe('Hi,\r\nCafé & more');
    expect(parsed.searchParams.get('to')).toBe("o'brien@example.org,jose@example.org");
  });

  it('puts a person without consent in bcc, in Gmail and in the mailto: fallback', () => {
    const draft = { to: ['jose@example.org'], bcc: ["o'brien@example.org"], subject: 'Hi & welcome', body: 'Line 1\nLine 2' };
    expect(gmailComposeUrl(draft)).toBe('https://mail.google.com/mail/?view=cm&fs=1&to=jose%40example.org&bcc=o%27brien%40example.org&su=Hi%20%26%20welcome&body=Line%201%0D%0ALine%202');
    expect(mailtoUrl(draft)).toBe('mailto:jose@example.org?bcc=o%27brien%40example.org&subject=Hi%20%26%20welcome&body=Line%201%0D%0ALine%202');
    expect(mailtoUrl({ ...draft, to: [], bcc: ['a@example.org', 'b@example.org'] })).toBe('mailto:?bcc=a%40example.org%2Cb%40example.org&subject=Hi%20%26%20welcome&body=Line%201%0D%0ALine%202');
  });

  it('writes mailto: addresses with "@" as it is and the rest encoded', () => {
    expect(mailtoUrl({ to: ["o'brien@example.org", 'jose@example.org'], bcc: [], subject: 'Ñ', body: '' })).toBe('mailto:o%27brien@example.org,jose@example.org?subject=%C3%91');
  });

  it('prefills a Google Calendar event at local time in the sheet\'s time zone, with both guests', () => {
    const event = draftIntroEvent(anIntro())!;
    expect(event.guests).toEqual(['jose@example.org', "o'brien@example.org"]);
    expect(googleCalendarUrl(event)).toBe(
      'https://calendar.google.com/calendar/render?action=TEMPLATE' +
        '&text=First%20meeting%3A%20Jos%C3%A9%20and%20Siobh%C3%A1n' +
        '&dates=20270302T143000%2F20270302T153000' +
        '&details=Jos%C3%A9%20meets%20Siobh%C3%A1n%2C%20their%20peer%20mentor%2C%20for%20the%20first%20time.%0D%0AQuestions%3F%20Call%20Rondo%20%26%20Frogtown%20Peer%20Mentoring%20at%20651-555-0100.' +
        '&location=Caf%C3%A9%20Latt%C3%A9%20%26%20Co%2C%20850%20Grand%20Ave' +
        '&add=jose%40example.org%2Co%27brien%40example.org' +
        '&ctz=America%2FChicago',
    );
  });

  it('adds as guests only the people who agreed to share contact details', () => {
    const event = draftIntroEvent(anIntro({ mentor: { name: "Siobhán O'Brien", email: "o'brien@example.org", phone: null, sharesContact: false } }))!;
    expect(event.guests).toEqual(['jose@example.org']);
    expect(new URL(googleCalendarUrl(event)).searchParams.get('add')).toBe('jose@example.org');
  });

  it('makes an all-day event when the intro has no time, crosses midnight correctly, and needs a date', () => {
    const allDay = draftIntroEvent(anIntro({ intro: { date: '2027-12-31', time: null, place: null } }))!;
    expect(new URL(googleCalendarUrl(allDay)).searchParams.get('dates')).toBe('20271231/20280101');
    expect(new URL(googleCalendarUrl(allDay)).searchParams.has('location')).toBe(false);
    const late = draftIntroEvent(anIntro({ intro: { date: '2027-12-31', time: '11:30 pm', place: null } }))!;
    expect(new URL(googleCalendarUrl(late)).searchParams.get('dates')).toBe('20271231T233000/20280101T003000');
    expect(draftIntroEvent(anIntro({ intro: { date: null, time: '2 pm', place: 'Library' } }))).toBeNull();
  });
});
