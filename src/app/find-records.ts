// This file finds the records an action works on by ID in this action's read, and says plainly when one is gone.
import { DomainError } from '../domain/errors';
import type { Consumer, Match, Mentor } from '../domain/model';
import type { WorkbookModel } from '../domain/workbook-reader';

function gone(what: string, id: string, tab: string): DomainError {
  return new DomainError('RECORD.GONE', `The ${what} ${id} is no longer on the ${tab} tab (it may have been deleted or its ID changed). Refresh and try again.`);
}

export function findConsumer(model: WorkbookModel, id: string): Consumer {
  const consumer = model.consumers.find((c) => c.id === id);
  if (!consumer) throw gone('consumer', id, 'Consumers');
  return consumer;
}

export function findMentor(model: WorkbookModel, id: string): Mentor {
  const mentor = model.mentors.find((m) => m.id === id);
  if (!mentor) throw gone('mentor', id, 'Mentors');
  return mentor;
}

export function findMatch(model: WorkbookModel, id: string): Match {
  const match = model.matches.find((m) => m.id === id);
  if (!match) throw gone('match', id, 'Matches');
  return match;
}
