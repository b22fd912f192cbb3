// This file writes the plain-language letters the sidebar prints: for a consumer (welcome), for an application
// (received, accepted, not accepted), and for a match (both intro letters, the goal summary after activation).
// Nothing is stored; each letter is rebuilt from the rows when asked for.
import { DomainError } from '../domain/errors';
import { contactConsent } from '../domain/outreach/contact-consent';
import { introMeetingOf } from '../domain/outreach/intro-links';
import { Letter, LetterPerson, writeLetter } from '../domain/outreach/letters';
import { readOutreachSettings } from '../domain/outreach/message-templates';
import { reviewSchedule } from '../domain/reviews';
import { readDate } from '../domain/values';
import { AppPorts, readSession } from './app-ports';
import { requireId } from './check-input';
import { findConsumer, findMatch, findMentor } from './find-records';
import { checkProgramRecords } from './program-records';
import { readApplicationHistory } from './read-history';

export type LetterRequest =
  | { about: 'consumer'; consumerId: string }
  | { about: 'application'; responseId: string }
  | { about: 'match'; matchId: string };

/** The letters for a person, an application or a match, in the order they are printed. */
export function writeLetters(ports: AppPorts, request: LetterRequest): Letter[] {
  const session = readSession(ports);
  const model = session.model();
  const { program } = readOutreachSettings(model.settings);
  const history = session.tabOf('applications') ? readApplicationHistory(session) : [];
  const consent = contactConsent(history);
  const person = (p: { id: string; name: string; email: string | null; phone: string | null }): LetterPerson => ({ ...p, sharesContact: consent.get(p.id) ?? null });
  switch (request?.about) {
    case 'consumer':
      return [writeLetter({ kind: 'welcome', person: person(findConsumer(model, requireId(request.consumerId, 'consumer'))) }, program)];
    case 'application': {
      const id = requireId(request.responseId, 'application');
      const application = history.find((a) => a.responseId === id);
      if (!application) throw new DomainError('RECORD.GONE', `Application ${id} is no longer on the Applications tab. Refresh and try again.`);
      const applicant: LetterPerson = { name: application.name || 'there', email: null, phone: null, sharesContact: null };
      const submitted = readDate(application.submittedAt);
      const letters = [writeLetter({ kind: 'application-received', person: applicant, receivedOn: submitted.ok && submitted.value ? submitted.value : ports.clock.today() }, program)];
      const status = application.status.trim().toLowerCase();
      if (status === 'accepted' || status === 'merged') {
        const role = application.recordId && model.mentors.some((m) => m.id === application.recordId) ? 'mentor' : 'consumer';
        letters.push(writeLetter({ kind: 'application-accepted', person: applicant, role }, program));
      } else if (status === 'rejected') {
        letters.push(writeLetter({ kind: 'application-not-accepted', person: applicant }, program));
      }
      return letters;
    }
    case 'match': {
      const match = findMatch(model, requireId(request.matchId, 'match'));
      const consumer = person(findConsumer(model, match.consumerId));
      const mentor = person(findMentor(model, match.mentorId));
      const intro = introMeetingOf(match);
      const letters = (['intro-consumer', 'intro-mentor'] as const).map((kind) => writeLetter({ kind, consumer, mentor, intro }, program));
      if (match.status === 'active') {
        const records = checkProgramRecords(model);
        const goals = records.goals.filter((g) => g.matchId === match.id && (g.status === 'not-started' || g.status === 'in-progress'));
        const next = reviewSchedule([match], records.reviews, ports.clock.today(), records.settings).find((d) => d.kind === 'review');
        return [writeLetter({ kind: 'goal-summary', consumer, mentor, goals, nextReview: next?.dueOn ?? null }, program), ...letters];
      }
      return letters;
    }
    default:
      throw new DomainError('INPUT.BAD_LETTER', 'Say which letters to print: for a consumer, an application or a match.');
  }
}
