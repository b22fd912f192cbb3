// This file writes the printable letters in plain language for readers with intellectual or developmental
// disabilities: short sentences, one idea per line, everyday words, and the person's name and the next step set
// apart so the view can print them in large type. Each letter is also an email draft for when one is wanted.
// The wording is held to Flesch–Kincaid grade 4 with the blanks filled (tested with the forms' readability code).
import { formatLongDay } from '../dates';
import { IsoDate } from '../model';
import { formatClockTime, readClockTime } from './clock-time';
import { formatPhone } from './intro-links';
import { firstNameOf, ProgramInfo } from './message-templates';

export const LETTER_KINDS = [
  'welcome', 'application-received', 'application-accepted', 'application-not-accepted', 'intro-consumer', 'intro-mentor', 'goal-summary',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export interface Letter {
  kind: LetterKind;
  title: string;
  /** The reader's first name, printed large. */
  name: string;
  /** One idea per line. */
  lines: string[];
  /** What happens next, printed large. */
  nextStep: string;
  /** "Do you have a question? Call us at …" and the program's name. */
  closing: string[];
  /** What the letter needed and did not have; shown as "[meeting place]" in the text. */
  missing: string[];
}

export interface LetterPerson {
  name: string;
  email: string | null;
  phone: string | null;
  sharesContact: boolean | null;
}

export interface IntroDetails {
  date: IsoDate | null;
  time: string | null;
  place: string | null;
}

export interface GoalLine {
  goal: string;
}

export type LetterRequest =
  | { kind: 'welcome'; person: LetterPerson }
  | { kind: 'application-received'; person: LetterPerson; receivedOn: IsoDate }
  | { kind: 'application-accepted'; person: LetterPerson; role: 'consumer' | 'mentor' }
  | { kind: 'application-not-accepted'; person: LetterPerson }
  | { kind: 'intro-consumer' | 'intro-mentor'; consumer: LetterPerson; mentor: LetterPerson; intro: IntroDetails }
  | { kind: 'goal-summary'; consumer: LetterPerson; mentor: LetterPerson; goals: readonly GoalLine[]; nextReview: IsoDate | null };

export const LETTER_TITLES: Record<LetterKind, string> = {
  welcome: 'Welcome letter',
  'application-received': 'We got your form',
  'application-accepted': 'You are in the program',
  'application-not-accepted': 'About your form',
  'intro-consumer': 'Meet your peer mentor (for the consumer)',
  'intro-mentor': 'Meet the person you will mentor (for the mentor)',
  'goal-summary': 'Your goals',
};

/** Writes one letter. Values the program has not recorded are shown in square brackets and listed in `missing`. */
export function writeLetter(request: LetterRequest, program: ProgramInfo): Letter {
  const missing: string[] = [];
  const known = (value: string | null | undefined, what: string): string => {
    if (value && value.trim()) return value.trim();
    missing.push(what);
    return `[${what}]`;
  };
  const closing = [`Do you have a question? Call us at ${known(program.phone, 'program phone')}.`, program.name];
  const letter = (title: string, name: string, lines: string[], nextStep: string): Letter => ({
    kind: request.kind, title, name, lines, nextStep, closing, missing: [...new Set(missing)],
  });
  switch (request.kind) {
    case 'welcome':
      return letter('Welcome!', firstNameOf(request.person.name), [
        'We are glad you are here.',
        'You asked for a peer mentor.',
        'A peer mentor is a person with a disability too.',
        'Your mentor will help you work on your goals.',
        'We will look for a mentor for you.',
        'This can take some time.',
      ], 'We will call you when we find a mentor.');
    case 'application-received':
      return letter('We got your form', firstNameOf(request.person.name), [
        'Thank you for your form.',
        `We got it on ${formatLongDay(request.receivedOn)}.`,
        'We will read it soon.',
      ], 'Next, we will call you to talk about it.');
    case 'application-accepted':
      return request.role === 'consumer'
        ? letter('You are in the program', firstNameOf(request.person.name), [
          'Good news!',
          'You can get a peer mentor.',
          'We will look for a mentor for you.',
          'This can take some time.',
        ], 'We will call you when we find a mentor.')
        : letter('You can be a mentor', firstNameOf(request.person.name), [
          'Good news!',
          'You can be a peer mentor with us.',
          'First, you will go to a training.',
          'At the training, you learn how to help.',
        ], 'Go to the mentor training. We will call you with the day and time.');
    case 'application-not-accepted':
      return letter('About your form', firstNameOf(request.person.name), [
        'Thank you for your form.',
        'We are sorry.',
        'We can not add you to the program right now.',
        'We can help you find other help.',
      ], 'Call us. We can talk about what to do next.');
    case 'intro-consumer':
    case 'intro-mentor': {
      const forConsumer = request.kind === 'intro-consumer';
      const reader = forConsumer ? request.consumer : request.mentor;
      const other = forConsumer ? request.mentor : request.consumer;
      const otherName = firstNameOf(other.name);
      const time = request.intro.time ? readClockTime(request.intro.time) : null;
      const day = request.intro.date ? formatLongDay(request.intro.date) : null;
      const reach = other.sharesContact === true && (other.phone || other.email)
        ? `You can reach ${otherName} at ${other.phone ? formatPhone(other.phone) : other.email}.`
        : `We will help you get in touch with ${otherName}.`;
      return letter(forConsumer ? 'Meet your peer mentor' : 'Meet the person you will mentor', firstNameOf(reader.name), [
        forConsumer ? `Your peer mentor is ${otherName}.` : `You will be the peer mentor for ${otherName}.`,
        'You will meet for the first time.',
        `Day: ${known(day, 'meeting day')}`,
        `Time: ${known(time !== null ? formatClockTime(time) : request.intro.time, 'meeting time')}`,
        `Place: ${known(request.intro.place, 'meeting place')}`,
        reach,
      ], day ? `Go to meet ${otherName} on ${day}.` : `Meet ${otherName}. We will call you with the day.`);
    }
    case 'goal-summary': {
      const mentorName = firstNameOf(request.mentor.name);
      const goals = request.goals.length ? request.goals.map((goal, i) => `Goal ${i + 1}: ${goal.goal.trim().replace(/\.?$/, '.')}`) : [`Goal 1: ${known(null, 'goal')}`];
      return letter('Your goals', firstNameOf(request.consumer.name), [
        `You and ${mentorName} will work on ${goals.length === 1 ? 'this goal' : 'these goals'}.`,
        ...goals,
        ...(request.nextReview ? [`We will all meet on ${formatLongDay(request.nextReview)}.`, 'We will talk about how your goals are going.'] : []),
      ], `Meet with ${mentorName} and start on goal 1.`);
    }
  }
}

/** The whole letter as lines of text, in reading order (for the readability check and the email body). */
export function letterText(letter: Letter): string[] {
  return [letter.title, `Dear ${letter.name},`, ...letter.lines, `Next step: ${letter.nextStep}`, ...letter.closing];
}

/** The same letter as an email draft (subject and body), for a Gmail compose link when an email is wanted. */
export function letterEmail(letter: Letter): { subject: string; body: string } {
  const [, ...body] = letterText(letter);
  return { subject: letter.title, body: body.join('\n\n') };
}
