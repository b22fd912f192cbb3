// This file turns a mentor's check-in into a Reviews row: it finds the mentor, the person they met and their match,
// and the goal worked on when that is clear. Anything it cannot tell is written in the row's Notes, never guessed.
import { GoalArea, goalAreaLabel } from '../goal-areas';
import { MatchStatus } from '../model';
import { Cell } from '../values';
import { schemaColumns, ColumnSpec } from './tab-layout';
import { similarNames } from './duplicates';
import { safeCellText } from './inert-text';
import { describeIssues, IntakeIssue } from './intake-issue';
import { NormalizedCheckIn } from './normalized';

export interface CheckInPeople {
  mentors: readonly { id: string; name: string }[];
  consumers: readonly { id: string; name: string }[];
  matches: readonly { id: string; mentorId: string; consumerId: string; status: MatchStatus }[];
  goals: readonly { id: string; consumerId: string; area: GoalArea; status: string }[];
}

/** The Reviews tab's columns; the Response ID among them makes a check-in's row findable (and never written twice). */
export const REVIEW_COLUMNS: readonly ColumnSpec[] = schemaColumns('reviews');

const OPEN_MATCH: readonly MatchStatus[] = ['active', 'intro-scheduled', 'proposed'];

/** People whose name is similar to the one typed, or whose ID was typed ("M-0003"). */
function findPeople(typed: string, people: readonly { id: string; name: string }[]): { id: string; name: string }[] {
  const id = typed.trim().toUpperCase();
  const byId = people.filter((person) => person.id.toUpperCase() === id);
  if (byId.length > 0) return byId;
  return people.filter((person) => similarNames(typed, person.name));
}

export interface CheckInReview {
  values: Record<string, Cell>;
  /** True when the match was found; otherwise the row needs the coordinator's eye. */
  resolved: boolean;
}

/** The Reviews row for a check-in, by column key (REVIEW_COLUMNS). */
export function checkInReviewValues(checkIn: NormalizedCheckIn, issues: readonly IntakeIssue[], people: CheckInPeople, reviewId: string): CheckInReview {
  const problems: IntakeIssue[] = [...issues];
  const mentors = findPeople(checkIn.mentor, people.mentors);
  const consumers = findPeople(checkIn.consumer, people.consumers);
  if (checkIn.mentor !== '' && mentors.length === 0) problems.push({ code: 'INTAKE.UNKNOWN_MENTOR', field: 'Mentor', message: `no mentor named "${checkIn.mentor.slice(0, 80)}"` });
  if (checkIn.consumer !== '' && consumers.length === 0) problems.push({ code: 'INTAKE.UNKNOWN_CONSUMER', field: 'Met with', message: `no consumer named "${checkIn.consumer.slice(0, 80)}"` });

  const mentorIds = new Set(mentors.map((mentor) => mentor.id));
  const consumerIds = new Set(consumers.map((consumer) => consumer.id));
  const candidates = people.matches.filter((match) => mentorIds.has(match.mentorId) && consumerIds.has(match.consumerId) && OPEN_MATCH.includes(match.status));
  const active = candidates.filter((match) => match.status === 'active');
  const matches = active.length > 0 ? active : candidates;
  const match = matches.length === 1 ? matches[0] : undefined;
  if (mentors.length > 0 && consumers.length > 0 && matches.length === 0) problems.push({ code: 'INTAKE.NO_MATCH', field: 'Match', message: 'these two have no open match' });
  if (matches.length > 1) problems.push({ code: 'INTAKE.SEVERAL_MATCHES', field: 'Match', message: `could be ${matches.map((m) => m.id).join(' or ')}` });

  let goalId = '';
  if (match && checkIn.goals.length === 1) {
    const goals = people.goals.filter((goal) => goal.consumerId === match.consumerId && goal.area === checkIn.goals[0] && !['met', 'withdrawn'].includes(goal.status));
    if (goals.length === 1) goalId = goals[0]!.id;
  }
  const areas = [...checkIn.goals.map(goalAreaLabel), ...checkIn.goalsUnread];
  const progress = [checkIn.progress, areas.join('; ')].filter((part) => part !== '').join(' — ');
  const problemText = describeIssues(problems);
  const extra = checkIn.extra.map((item) => `${item.title}: ${item.answer}`).join('\n');
  const notes = [problemText ? `Needs review:\n${problemText}` : '', checkIn.notes, extra].filter((part) => part !== '').join('\n\n');
  const attendees = match ? [match.mentorId, match.consumerId] : [checkIn.mentor, checkIn.consumer].filter((name) => name !== '');
  return {
    resolved: match !== undefined,
    values: {
      id: reviewId,
      matchId: match?.id ?? '',
      date: checkIn.date ?? safeCellText(checkIn.unread.date ?? checkIn.submittedAt.slice(0, 10), 100).text,
      kind: 'check-in',
      attendees: safeCellText(attendees.join(', '), 500).text,
      goalId,
      progress: safeCellText(progress, 1000).text,
      minutes: checkIn.minutes ?? safeCellText(checkIn.unread.minutes ?? '', 100).text,
      notes: safeCellText(notes).text,
      nextReview: '',
      responseId: checkIn.responseId,
    },
  };
}
