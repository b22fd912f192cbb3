import { colemanLiauGrade, fleschKincaidGrade, smogGrade } from '../../../src/domain/intake/readability';
import { LETTER_KINDS, LetterRequest, letterEmail, letterText, writeLetter } from '../../../src/domain/outreach/letters';
import { DEFAULT_PROGRAM } from '../../../src/domain/outreach/message-templates';

const program = { name: 'Twin Cities Peer Mentoring', phone: '651-555-0100' };
const consumer = { name: 'María Gómez', email: 'maria@example.org', phone: '+16515550202', sharesContact: true };
const mentor = { name: "D'Andre O'Neil", email: 'dandre@example.org', phone: '+16515550101', sharesContact: true };
const intro = { date: '2027-03-02', time: '2:30 pm', place: 'Rondo Library, 461 Dale St N' };

/** One filled request of each kind, with values shaped like a real program's. */
const REQUESTS: Record<(typeof LETTER_KINDS)[number], LetterRequest> = {
  welcome: { kind: 'welcome', person: consumer },
  'application-received': { kind: 'application-received', person: consumer, receivedOn: '2027-02-01' },
  'application-accepted': { kind: 'application-accepted', person: consumer, role: 'consumer' },
  'application-not-accepted': { kind: 'application-not-accepted', person: consumer },
  'intro-consumer': { kind: 'intro-consumer', consumer, mentor, intro },
  'intro-mentor': { kind: 'intro-mentor', consumer, mentor, intro },
  'goal-summary': { kind: 'goal-summary', consumer, mentor, goals: [{ goal: 'Find a part-time job' }, { goal: 'Ride the bus on my own' }], nextReview: '2027-06-01' },
};

describe('plain-language letters', () => {
  it.each(LETTER_KINDS)('the %s letter reads at grade 4 or below with its blanks filled', (kind) => {
    const letter = writeLetter(REQUESTS[kind], program);
    expect(letter.missing).toEqual([]);
    const score = fleschKincaidGrade(letterText(letter));
    expect(score.grade).toBeLessThanOrEqual(4);
    // The forms' other two formulas agree it is easy: Coleman–Liau (letters per word) at grade 4 too, and SMOG,
    // whose constant alone is grade 3.1, at 6 or below, the forms' own limit.
    expect(colemanLiauGrade(letterText(letter))).toBeLessThanOrEqual(4);
    expect(smogGrade(letterText(letter))).toBeLessThanOrEqual(6);
    // Short sentences: no line over 12 words.
    for (const line of letter.lines) expect(line.split(/\s+/).length).toBeLessThanOrEqual(12);
  });

  it('the mentor acceptance letter reads at grade 4 or below too', () => {
    const letter = writeLetter({ kind: 'application-accepted', person: mentor, role: 'mentor' }, program);
    expect(fleschKincaidGrade(letterText(letter)).grade).toBeLessThanOrEqual(4);
    expect(letter.nextStep).toBe('Go to the mentor training. We will call you with the day and time.');
  });

  it('puts the reader\'s first name and the next step apart for large type', () => {
    const letter = writeLetter(REQUESTS['intro-consumer'], program);
    expect(letter.name).toBe('María');
    expect(letter.nextStep).toBe('Go to meet D\'Andre on Tuesday, March 2, 2027.');
    expect(letter.lines).toEqual([
      'Your peer mentor is D\'Andre.',
      'You will meet for the first time.',
      'Day: Tuesday, March 2, 2027',
      'Time: 2:30 pm',
      'Place: Rondo Library, 461 Dale St N',
      'You can reach D\'Andre at 651-555-0101.',
    ]);
    expect(writeLetter(REQUESTS['intro-mentor'], program).lines[0]).toBe('You will be the peer mentor for María.');
  });

  it('gives no phone or email of a person who did not say yes to sharing them', () => {
    const letter = writeLetter({ kind: 'intro-consumer', consumer, mentor: { ...mentor, sharesContact: null }, intro }, program);
    expect(letter.lines).toContain('We will help you get in touch with D\'Andre.');
    expect(letterText(letter).join('\n')).not.toMatch(/555-0101|dandre@/);
    const noAnswer = writeLetter({ kind: 'intro-mentor', consumer: { ...consumer, sharesContact: false }, mentor, intro }, program);
    expect(letterText(noAnswer).join('\n')).not.toMatch(/555-0202|maria@/);
  });

  it('shows what is not recorded yet in square brackets and lists it', () => {
    const letter = writeLetter({ kind: 'intro-consumer', consumer, mentor, intro: { date: null, time: null, place: null } }, DEFAULT_PROGRAM);
    expect(letter.missing).toEqual(['program phone', 'meeting day', 'meeting time', 'meeting place']);
    expect(letter.lines).toContain('Place: [meeting place]');
    expect(letter.closing[0]).toBe('Do you have a question? Call us at [program phone].');
    expect(letter.nextStep).toBe('Meet D\'Andre. We will call you with the day.');
  });

  it('becomes an email draft with the same words', () => {
    const letter = writeLetter(REQUESTS.welcome, program);
    const email = letterEmail(letter);
    expect(email.subject).toBe('Welcome!');
    expect(email.body.split('\n\n')).toEqual(letterText(letter).slice(1));
    expect(email.body.startsWith('Dear María,\n\nWe are glad you are here.')).toBe(true);
  });
});
