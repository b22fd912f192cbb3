// This file is the sidebar's Applications view: each application as a card (who, what they want help with in their
// words, how to reach them, what could not be read, and the people it may duplicate), and the decision in one sentence.
import type { ApplicationDecided } from '../../app/decide-application';
import type { ApplicationEntry, ExistingPerson, MatchingField } from '../../app/list-applications';
import { goalAreaLabel } from '../../domain/goal-areas';
import type { NormalizedApplication } from '../../domain/intake/normalized';
import { TRAVEL_CHOICES } from '../../domain/intake/plain-choices';
import { formatPhone } from '../../domain/outreach/intro-links';
import type { ApplicationDecision, ApplicationView, CardFact, DuplicateView } from '../../shared/rpc-contract';

const NOT_ANSWERED = 'Not answered';

/** An answer as the applicant wrote it; one that could not be read says so (the card's problems say why). */
function answer(value: string | null, unread: string | undefined): string {
  if (value) return value;
  return unread ? `${unread} (could not be read)` : NOT_ANSWERED;
}

function yesNo(value: boolean | null, unread: string | undefined, yes: string, no: string): string {
  return value === null ? answer(null, unread) : value ? yes : no;
}

/** The travel choice in the form's own words ("Bus or train"). */
function travelWords(a: NormalizedApplication): string {
  const label = TRAVEL_CHOICES.find((choice) => choice.value === a.travelMode)?.label;
  return answer(label ?? null, a.unread.travelMode);
}

function factsOf(a: NormalizedApplication): CardFact[] {
  const where = [a.address, a.city, a.zip ?? a.unread.zip ?? ''].filter(Boolean).join(', ');
  const facts: CardFact[] = [
    { label: 'Email', value: answer(a.email, a.unread.email) },
    // Phones as the letters and the match page write them (651-555-0101), not as kept (+16515550101).
    { label: 'Phone', value: answer(a.phone && formatPhone(a.phone), a.unread.phone) },
    { label: 'Preferred contact', value: a.preferredContact || NOT_ANSWERED },
    { label: 'Lives at', value: where === '' ? NOT_ANSWERED : a.zip === null && a.unread.zip ? `${where} (ZIP could not be read)` : where },
    { label: 'Languages', value: a.languages.join(', ') || NOT_ANSWERED },
    { label: 'Free times', value: answer(a.availabilityText, a.unread.availability) },
    { label: 'Travel', value: travelWords(a) },
    { label: 'Consent', value: yesNo(a.consent, a.unread.consent, 'Yes, their name, phone and email may go to their mentor', 'No, their contact details may not go to a mentor') },
  ];
  if (a.kind === 'consumer-request') {
    facts.push({ label: 'Has a disability', value: yesNo(a.adaDisability, a.unread.adaDisability, 'Yes', 'No') });
    if (a.sharedExperienceWanted) facts.push({ label: 'Wants a mentor who shares', value: a.livedExperience.join(', ') || 'Yes (did not say what)' });
    if (a.preferences) facts.push({ label: 'Wants in a mentor', value: a.preferences });
  } else {
    facts.push({ label: 'Can mentor', value: a.maxMentees !== null ? `${a.maxMentees} at a time` : answer(null, a.unread.maxMentees) });
    if (a.livedExperience.length) facts.push({ label: 'Would share', value: a.livedExperience.join(', ') });
  }
  for (const extra of a.extra) facts.push({ label: extra.title, value: extra.answer });
  return facts;
}

const FIELD_WORDS: Record<MatchingField, string> = { name: 'name', email: 'email', phone: 'phone', zip: 'ZIP' };

/** "same name, email and ZIP" — the matching fields in words. */
function matchingWords(fields: readonly MatchingField[]): string {
  const words = fields.map((f) => FIELD_WORDS[f]);
  if (!words.length) return '';
  return `same ${words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`}`;
}

function duplicateView(person: ExistingPerson, a: NormalizedApplication | undefined, record: ApplicationEntry['record']): DuplicateView {
  const row = (label: string, field: MatchingField | null, applicant: string, existing: string) => ({
    label, applicant: applicant || NOT_ANSWERED, existing: existing || NOT_ANSWERED, same: field !== null && person.matching.includes(field),
  });
  const compare = person.found
    ? [
        row('Name', 'name', a?.name ?? '', person.name),
        row('ID', null, record.responseId, person.id),
        row('Email', 'email', a?.email ?? a?.unread.email ?? '', person.email),
        row('Phone', 'phone', a?.phone ? formatPhone(a.phone) : a?.unread.phone ?? '', formatPhone(person.phone)),
        row('ZIP', 'zip', a?.zip ?? a?.unread.zip ?? '', person.zip),
      ]
    : [];
  return { id: person.id, found: person.found, role: person.role ?? '', name: person.name, compare, matching: matchingWords(person.matching), canMerge: person.canMerge };
}

export function presentApplication(entry: ApplicationEntry): ApplicationView {
  const a = entry.reading?.application;
  const problems = [...(entry.reading?.issues ?? []).map((issue) => ({ field: issue.field, message: issue.message })), ...entry.otherIssues];
  const duplicates = entry.duplicates.map((person) => duplicateView(person, a, entry.record));
  return {
    ...entry.record,
    kind: a?.kind ?? null,
    name: a?.name ?? '',
    words: a?.about ?? '',
    areasLabel: a?.kind === 'mentor-application' ? 'Can help with' : 'Goal areas',
    areas: (a?.areas ?? []).map(goalAreaLabel),
    facts: a ? factsOf(a) : [],
    problems,
    leftBlank: entry.leftBlank,
    cannotAccept: entry.cannotAccept,
    duplicates,
    askFirst: problems.length > 0 || duplicates.some((d) => d.found),
  };
}

/** One sentence for the coordinator: record IDs and field names only, never an answer. */
function decisionSentence(d: ApplicationDecided): string {
  const { responseId, recordId } = d.application;
  if (d.decision === 'reject') return `Application ${responseId} rejected.`;
  if (d.decision === 'accept') {
    const goals = d.goalIds.length ? ` with ${d.goalIds.length} goal${d.goalIds.length === 1 ? '' : 's'} (${d.goalIds.join(', ')})` : '';
    const blank = d.warnings.length ? ` Left blank because they could not be read: ${d.warnings.map((w) => w.split(':')[0]).join(', ')}.` : '';
    return `Application ${responseId} accepted: new ${d.person} ${recordId}${goals}.${blank}`;
  }
  const parts = [
    d.filled.length ? `filled ${d.filled.join(', ')}` : 'no blank contact fields to fill',
    d.kept.length ? `kept the existing ${d.kept.join(', ')} (the application's differs; change it by hand if it is newer)` : '',
  ].filter(Boolean);
  return `Application ${responseId} merged into ${recordId}: ${parts.join('; ')}.`;
}

export function presentDecision(decided: ApplicationDecided): ApplicationDecision {
  return { ...decided.application, message: decisionSentence(decided), goalIds: decided.goalIds, filled: decided.filled, kept: decided.kept, warnings: decided.warnings };
}
