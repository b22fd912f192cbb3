// This file validates and normalizes one submission. Bad answers never reject it: each becomes an issue and the
// answer is kept as typed, so the coordinator can fix it on the row.
import { collapseSpaces } from '../text';
import {
  IssueList, choiceValue, freeText, plainText, readAreasAnswer, readAvailabilityAnswer, readCountAnswer, readDateAnswer, readEmailAnswer,
  readListAnswer, readNameAnswer, readPhoneAnswer, readTravelAnswer, readYesNoAnswer, readZipAnswer,
} from './answer-readers';
import { formDefinition } from './forms';
import { Normalized, NormalizedApplication, NormalizedCheckIn, NormalizedSubmission } from './normalized';
import { CONTACT_WAY_CHOICES, PROGRESS_CHOICES, SHARED_EXPERIENCE_CHOICES, TRAVEL_CHOICES } from './plain-choices';
import { Submission, answerText } from './submission';

/** The most mentees one volunteer is asked to take; more is reported, not refused. */
const MAX_REASONABLE_MENTEES = 10;
/** A check-in longer than a working day is probably a typing slip. */
const MAX_REASONABLE_MINUTES = 600;

export function normalizeSubmission(submission: Submission): Normalized {
  return submission.formKind === 'mentor-check-in' ? normalizeCheckIn(submission) : normalizeApplication(submission);
}

function extraAnswers(submission: Submission): { title: string; answer: string }[] {
  const known = new Set(formDefinition(submission.formKind).questions.map((question) => question.key));
  return Object.entries(submission.answers)
    .filter(([key]) => !known.has(key))
    .map(([key, value]) => ({ title: collapseSpaces(key.replace(/^other:/, '')).slice(0, 200), answer: freeText(value) }))
    .filter((extra) => extra.answer !== '');
}

export function normalizeApplication(submission: Submission): Normalized<NormalizedApplication> {
  const issues = new IssueList();
  const a = submission.answers;
  const kind = submission.formKind === 'mentor-application' ? 'mentor-application' : 'consumer-request';
  const isConsumer = kind === 'consumer-request';
  const unread: NormalizedApplication['unread'] = {};
  const keep = <T>(key: keyof NormalizedApplication['unread'], answer: { value: T; unread?: string }): T => {
    if (answer.unread !== undefined) unread[key] = answer.unread;
    return answer.value;
  };

  const name = readNameAnswer(a.name, 'Name', issues, true).value;
  const email = keep('email', readEmailAnswer(a.email, issues));
  const phone = keep('phone', readPhoneAnswer(a.phone, issues));
  if (email === null && phone === null && unread.email === undefined && unread.phone === undefined) {
    issues.add('INTAKE.NO_CONTACT', 'Contact', 'no email or phone, so we cannot reach them');
  }
  const zip = keep('zip', readZipAnswer(a.zip, issues, true));
  const areaField = isConsumer ? 'Goal areas' : 'Skills';
  const areas = readAreasAnswer(isConsumer ? a.goalAreas : a.skills, areaField, issues);
  if (areas.areas.length === 0 && areas.unread.length === 0) issues.add('INTAKE.NO_AREAS', areaField, 'no area was picked');
  const availability = keep('availability', readAvailabilityAnswer(a.availability, issues));
  const travelMode = keep('travelMode', readTravelAnswer(a.travelMode, issues, TRAVEL_CHOICES));

  let sharedExperienceWanted: boolean | null = null;
  let adaDisability: boolean | null = null;
  let maxMentees: number | null = null;
  if (isConsumer) {
    sharedExperienceWanted = readYesNoAnswer(a.sharedExperience, 'Shared experience', issues, SHARED_EXPERIENCE_CHOICES).value;
    adaDisability = keep('adaDisability', readYesNoAnswer(a.adaDisability, 'Disability', issues));
    if (adaDisability === null && unread.adaDisability === undefined) issues.add('INTAKE.NO_ADA_ANSWER', 'Disability', 'not answered');
    if (adaDisability === false) issues.add('INTAKE.NOT_ADA_ELIGIBLE', 'Disability', 'said no; the program is for people with a disability');
  } else {
    maxMentees = keep('maxMentees', readCountAnswer(a.maxMentees, 'Max mentees', issues));
    if (maxMentees === 0 || (maxMentees !== null && maxMentees > MAX_REASONABLE_MENTEES)) {
      issues.add('INTAKE.ODD_MENTEE_COUNT', 'Max mentees', `${maxMentees} is an unusual number of mentees`);
    }
  }
  const consent = keep('consent', readYesNoAnswer(a.consent, 'Consent', issues));
  if (consent === null && unread.consent === undefined) issues.add('INTAKE.NO_CONSENT', 'Consent', 'not answered');
  if (consent === false) issues.add('INTAKE.NO_CONSENT', 'Consent', 'said no to sharing contact details with a mentor');

  const value: NormalizedApplication = {
    kind,
    responseId: submission.responseId,
    submittedAt: submission.submittedAt,
    name,
    email,
    phone,
    preferredContact: choiceValue(plainText(a.preferredContact), CONTACT_WAY_CHOICES),
    address: plainText(a.address),
    city: plainText(a.city),
    zip,
    areas: areas.areas,
    areasUnread: areas.unread,
    about: freeText(isConsumer ? a.workOn : a.experience),
    languages: readListAnswer(a.languages),
    availability,
    availabilityText: plainText(a.availability),
    travelMode,
    preferences: isConsumer ? freeText(a.preferences) : '',
    sharedExperienceWanted,
    livedExperience: readListAnswer(isConsumer ? a.sharedExperienceWhat : a.livedExperience),
    adaDisability,
    maxMentees,
    consent,
    unread,
    extra: extraAnswers(submission),
  };
  return { value, issues: issues.issues };
}

export function normalizeCheckIn(submission: Submission): Normalized<NormalizedCheckIn> {
  const issues = new IssueList();
  const a = submission.answers;
  const unread: NormalizedCheckIn['unread'] = {};
  const date = readDateAnswer(a.date, 'Date', issues);
  if (date.unread !== undefined) unread.date = date.unread;
  else if (date.value === null) issues.add('INTAKE.MISSING_DATE', 'Date', 'missing');
  const minutes = readCountAnswer(a.minutes, 'Minutes', issues);
  if (minutes.unread !== undefined) unread.minutes = minutes.unread;
  if (minutes.value !== null && minutes.value > MAX_REASONABLE_MINUTES) issues.add('INTAKE.ODD_MINUTES', 'Minutes', `${minutes.value} minutes is longer than usual`);
  const goals = readAreasAnswer(a.goals, 'Goals', issues);
  const progressText = plainText(a.progress);
  const value: NormalizedCheckIn = {
    kind: 'mentor-check-in',
    responseId: submission.responseId,
    submittedAt: submission.submittedAt,
    mentor: readNameAnswer(a.mentor, 'Mentor', issues, true).value,
    consumer: readNameAnswer(a.consumer, 'Met with', issues, true).value,
    date: date.value,
    minutes: minutes.value,
    goals: goals.areas,
    goalsUnread: goals.unread,
    progress: choiceValue(progressText, PROGRESS_CHOICES),
    notes: freeText(a.notes),
    unread,
    extra: extraAnswers(submission),
  };
  return { value, issues: issues.issues };
}

/** True when the submission's answers are nothing but blanks (an accidental submit); it still lands, flagged. */
export function isEmptySubmission(submission: Submission): boolean {
  return Object.values(submission.answers).every((value) => answerText(value).trim() === '');
}

export type { NormalizedSubmission };
