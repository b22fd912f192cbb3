// This file reads an Applications row as the intake read the submission — the same readers and the same rules — so
// the coordinator sees what the applicant wrote, what it reads as, and each answer that could not be read and why.
// A fix the coordinator typed on the row counts. Nothing is guessed: an answer that cannot be read stays as written.
import { Cell, readText } from '../values';
import { formKindFromWords } from './forms';
import { withoutGuard } from './inert-text';
import { IntakeIssue } from './intake-issue';
import { NormalizedApplication } from './normalized';
import { normalizeApplication } from './normalize-submission';

export interface ApplicationReading {
  application: NormalizedApplication;
  /** Answers that could not be read, and the intake's other concerns (no way to reach them, no consent …). */
  issues: IntakeIssue[];
}

/** The row's text without the guard apostrophe that keeps a formula-looking answer inert. */
const plain = (cell: Cell) => withoutGuard(readText(cell));

/**
 * The question each Applications column answers, by form. The row holds the intake's reading (areas as their labels,
 * travel as its mode), which reads back to the same values; the "Wants shared experience" cell holds Yes or No.
 */
function answersOf(values: Record<string, Cell>, isConsumer: boolean): Record<string, unknown> {
  const text = (key: string) => (typeof values[key] === 'boolean' ? values[key] : plain(values[key]));
  const common = {
    name: text('name'), email: text('email'), phone: text('phone'), preferredContact: text('preferredContact'), address: text('address'), city: text('city'), zip: text('zip'),
    languages: text('languages'), availability: text('availability'), travelMode: text('travelMode'), consent: text('consent'),
  };
  return isConsumer
    ? {
        ...common, goalAreas: text('areas'), workOn: text('about'), preferences: text('preferences'), sharedExperience: text('sharedExperienceWanted'),
        sharedExperienceWhat: text('livedExperience'), adaDisability: text('adaDisability'),
      }
    : { ...common, skills: text('areas'), experience: text('about'), livedExperience: text('livedExperience'), maxMentees: text('maxMentees') };
}

/** The application on a row (values by Applications field key), or null when the row is not a mentor application or a request. */
export function readApplicationAnswers(values: Record<string, Cell>): ApplicationReading | null {
  const kind = formKindFromWords(readText(values.form));
  if (kind !== 'consumer-request' && kind !== 'mentor-application') return null;
  const normalized = normalizeApplication({
    responseId: readText(values.responseId),
    formKind: kind,
    submittedAt: readText(values.submittedAt),
    answers: answersOf(values, kind === 'consumer-request'),
  });
  return { application: normalized.value as NormalizedApplication, issues: normalized.issues };
}

/** The answers the reading above checks: an Issues line about one of them is replaced by the reading of the row as it is now. */
const REREAD_FIELDS = new Set(['Name', 'Email', 'Phone', 'Contact', 'ZIP', 'Goal areas', 'Skills', 'Availability', 'Travel', 'Shared experience', 'Disability', 'Max mentees', 'Consent']);

/**
 * The lines of the row's Issues cell that reading the row again cannot check — an address no map could find, a note
 * the coordinator typed — as field and message ('' when the line names none). Possible duplicates are shown apart.
 */
export function issuesNotReread(stored: string): { field: string; message: string }[] {
  return stored
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(possible duplicate of|rejected:)/i.test(line))
    .map((line) => {
      const named = /^([^:]{1,40}):\s*(.+)$/.exec(line);
      return named ? { field: named[1]!.trim(), message: named[2]!.trim() } : { field: '', message: line };
    })
    .filter((issue) => !REREAD_FIELDS.has(issue.field));
}
