// This file answers "what has happened in this match" and "what has happened with this person" from the tabs the
// add-on keeps; the domain's timeline puts the rows in order. Nothing is stored.
import type { Consumer, Mentor } from '../domain/model';
import { matchTimeline, personTimeline, TimelineEvent } from '../domain/timeline';
import type { WorkbookModel } from '../domain/workbook-reader';
import { DomainError } from '../domain/errors';
import { AppPorts, readSession } from './app-ports';
import { requireId } from './check-input';
import { findMatch } from './find-records';
import { readApplicationHistory, readAuditRows } from './read-history';

export function tellMatchStory(ports: AppPorts, matchId: string): { model: WorkbookModel; events: TimelineEvent[] } {
  const session = readSession(ports);
  const model = session.model();
  const match = findMatch(model, requireId(matchId, 'match'));
  return { model, events: matchTimeline({ match, goals: model.goals, reviews: model.reviews, audit: readAuditRows(session) }) };
}

export function tellPersonStory(ports: AppPorts, personId: string): { model: WorkbookModel; person: Consumer | Mentor; role: 'consumer' | 'mentor'; events: TimelineEvent[] } {
  const id = requireId(personId, 'person');
  const session = readSession(ports);
  const model = session.model();
  const consumer = model.consumers.find((c) => c.id === id);
  const mentor = consumer ? undefined : model.mentors.find((m) => m.id === id);
  const person = consumer ?? mentor;
  if (!person) throw new DomainError('RECORD.GONE', `No consumer or mentor has the ID ${id}. Refresh and try again.`);
  const names = new Map([...model.consumers, ...model.mentors].map((p) => [p.id, p.name]));
  const role = consumer ? 'consumer' : 'mentor';
  const events = personTimeline({
    personId: id, role, matches: model.matches, goals: model.goals, sessions: model.trainings, attendance: model.attendance,
    applications: session.tabOf('applications') ? readApplicationHistory(session) : [], audit: readAuditRows(session), nameOf: (other) => names.get(other) ?? null,
  });
  return { model, person, role, events };
}
