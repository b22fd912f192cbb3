// This file describes the default workbook: its tabs, the fields each needs, and the header wordings we recognise.
// Existing sheets are mapped onto these fields; only Mentors and Consumers are required.

export type FieldKind =
  | 'id'
  | 'text'
  | 'email'
  | 'phone'
  | 'zip'
  | 'date'
  | 'yes-no'
  | 'list'
  | 'goal-areas'
  | 'goal-area'
  | 'count'
  | 'number'
  | 'availability'
  | 'choice';

export interface FieldSpec {
  key: string;
  /** The header the setup wizard writes when it creates the column. */
  header: string;
  kind: FieldKind;
  /** Other wordings of the header seen in real sheets (compared case/space/punctuation-insensitively). */
  aliases: readonly string[];
  /** For 'choice' fields: each allowed value and its other spellings. */
  choices?: Record<string, readonly string[]>;
  /** The tab cannot be used without this field. */
  required?: boolean;
  /** Wordings that match only as the whole header: "Mentor" is a name column, "Mentor since" is not. */
  exactOnly?: readonly string[];
  /** Several numbered columns may hold this field ("Goal 1", "Goal 2", "Goal area 3"); all of them are read. */
  numbered?: boolean;
  /** A most-allowed count: "up to 3" and "2-3" read as 3. */
  upTo?: boolean;
}

export interface TabSpec {
  key: TabKey;
  /** The tab name the setup wizard proposes and creates. */
  name: string;
  /** Other tab names seen in real workbooks. */
  aliases: readonly string[];
  /** A coordinator's workbook must have this tab; others are created by setup when missing. */
  required: boolean;
  /** The record ID prefix ("M" → M-0001), when the tab keeps records with IDs. */
  idPrefix?: string;
  fields: readonly FieldSpec[];
  /**
   * Alternatives where one of several fields is enough ("a name, or first and last name"; "a ZIP or an address").
   * Each inner list is a set of fields that together satisfy the need.
   */
  requiredOneOf?: readonly { need: string; options: readonly (readonly string[])[] }[];
}

export type TabKey =
  | 'mentors'
  | 'consumers'
  | 'goals'
  | 'matches'
  | 'reviews'
  | 'trainings'
  | 'attendance'
  | 'applications'
  | 'settings'
  | 'ppr'
  | 'audit';

export const TRAVEL_MODE_CHOICES = {
  drive: ['car', 'drives', 'driving', 'own car', 'auto', 'gets a ride', 'ride from family'],
  transit: ['bus', 'public transit', 'public transportation', 'metro transit', 'light rail', 'train', 'bus and train'],
  paratransit: ['metro mobility', 'dial a ride', 'dial-a-ride', 'para transit', 'special transportation', 'sts'],
  walk: ['walking', 'walks', 'on foot', 'wheelchair', 'rolls', 'walk or roll', 'bike', 'bicycle'],
} as const;

export const MENTOR_STATUS_CHOICES = {
  // A checkbox "Active" column reads TRUE or FALSE.
  active: ['yes', 'available', 'current', 'open', 'true', 'checked'],
  inactive: ['no', 'retired', 'left', 'former', 'not active', 'closed', 'false', 'unchecked'],
  'on-hold': ['on hold', 'hold', 'paused', 'break', 'on break', 'leave', 'full'],
} as const;

export const CONSUMER_STATUS_CHOICES = {
  waiting: ['new', 'waiting for mentor', 'wait list', 'waitlist', 'waitlisted', 'pending', 'open', 'unmatched', 'referred'],
  matched: ['active', 'in a match', 'paired', 'has mentor', 'proposed'],
  inactive: ['closed', 'withdrawn', 'left', 'not active', 'no contact', 'declined services'],
  completed: ['done', 'goals met', 'graduated', 'finished', 'complete'],
} as const;

export const MATCH_STATUS_CHOICES = {
  proposed: ['suggested', 'pending'],
  'intro-scheduled': ['intro', 'intro scheduled', 'introduction scheduled', 'meeting scheduled', 'intro meeting'],
  active: ['matched', 'open', 'ongoing', 'current'],
  completed: ['complete', 'done', 'goals met', 'finished'],
  closed: ['ended', 'inactive', 'stopped'],
  declined: ['declined by mentor', 'declined by consumer', 'not a fit', 'no fit', 'refused'],
} as const;

export const GOAL_STATUS_CHOICES = {
  'not-started': ['not started', 'new', 'planned', 'open'],
  'in-progress': ['in progress', 'started', 'working on it', 'ongoing', 'active', 'progress'],
  met: ['done', 'achieved', 'complete', 'completed', 'goal met', 'yes'],
  'not-met': ['not met', 'unmet', 'did not meet', 'no'],
  withdrawn: ['dropped', 'cancelled', 'canceled', 'stopped', 'removed'],
} as const;

export const REVIEW_KIND_CHOICES = {
  review: ['three way review', '3 way review', 'progress review', 'meeting', 'periodic review'],
  'check-in': ['check in', 'checkin', 'mentor check in', 'update', 'report', 'mentor report'],
} as const;

export const TRAINING_TYPE_CHOICES = {
  initial: ['initial training', 'initial peer mentor training', 'orientation', 'new mentor training', 'first'],
  ongoing: ['ongoing training', 'peer mentor group', 'group', 'refresher', 'continuing', 'monthly group'],
} as const;

/** Each side's decision after the intro meeting. */
export const DECISION_CHOICES = {
  yes: ['y', 'agreed', 'agrees', 'go ahead'],
  no: ['n', 'declined', 'does not agree'],
};

export const DECLINED_BY_CHOICES = {
  mentor: ['by mentor', 'mentor declined'],
  consumer: ['by consumer', 'consumer declined', 'mentee', 'by mentee'],
  coordinator: ['by coordinator', 'staff', 'program'],
} as const;

const id = (header: string, aliases: string[]): FieldSpec => ({ key: 'id', header, kind: 'id', aliases });

/**
 * The contact fields both people tabs share. `names` are the role's own wordings of a name column ("Mentor Name");
 * `bare` the role's word alone ("Mentor"), a name column only when it is the whole header.
 */
const personContact = (names: string[], bare: string[]): FieldSpec[] => [
  { key: 'name', header: 'Name', kind: 'text', aliases: ['full name', 'name', 'first and last name', 'your name', 'legal name', 'preferred name', ...names], exactOnly: bare },
  { key: 'firstName', header: 'First name', kind: 'text', aliases: ['first name', 'first', 'given name', 'fname'] },
  { key: 'lastName', header: 'Last name', kind: 'text', aliases: ['last name', 'last', 'surname', 'family name', 'lname'] },
  { key: 'email', header: 'Email', kind: 'email', aliases: ['email', 'e mail', 'email address', 'e mail address', 'email addr', 'contact email'] },
  { key: 'phone', header: 'Phone', kind: 'phone', aliases: ['phone', 'phone number', 'telephone', 'tel', 'cell', 'cell phone', 'mobile', 'mobile phone', 'contact number', 'phone no'] },
  { key: 'address', header: 'Address', kind: 'text', aliases: ['address', 'street address', 'street', 'home address', 'mailing address', 'address line 1', 'addr'] },
  { key: 'city', header: 'City', kind: 'text', aliases: ['city', 'town', 'city town', 'municipality'] },
  { key: 'zip', header: 'ZIP', kind: 'zip', aliases: ['zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'zip postal code', 'zip5'] },
  { key: 'languages', header: 'Languages', kind: 'list', aliases: ['languages', 'language', 'languages spoken', 'spoken languages', 'primary language', 'preferred language'] },
  { key: 'availability', header: 'Availability', kind: 'availability', aliases: ['availability', 'available', 'days available', 'when available', 'times available', 'best times', 'schedule', 'when can you meet'] },
  { key: 'travelMode', header: 'Travel mode', kind: 'choice', choices: TRAVEL_MODE_CHOICES, aliases: ['travel mode', 'travel', 'how do you travel', 'transportation mode', 'mode of transportation', 'how they travel', 'gets around by'] },
];

/** The add-on's own tabs (kept hidden), which never play a role and are never offered in Setup. */
export const INTERNAL_TAB_NAMES: readonly string[] = ['Proximity cache', 'Intake queue'];

const NOTES: FieldSpec = { key: 'notes', header: 'Notes', kind: 'text', aliases: ['notes', 'note', 'comments', 'comment', 'remarks', 'coordinator notes'] };
const NAME_NEED = { need: 'a name', options: [['name'], ['firstName', 'lastName']] } as const;
const LOCATION_NEED = { need: 'a location (ZIP or address)', options: [['zip'], ['address']] } as const;

export const WORKBOOK_SCHEMA: readonly TabSpec[] = [
  {
    key: 'mentors',
    name: 'Mentors',
    aliases: ['mentors', 'mentor', 'peer mentors', 'mentor list', 'mentor roster', 'volunteers', 'volunteer mentors'],
    required: true,
    idPrefix: 'M',
    requiredOneOf: [NAME_NEED, LOCATION_NEED],
    fields: [
      id('Mentor ID', ['mentor id', 'id', 'mentor number', 'mentor no', 'volunteer id', 'mentor code']),
      ...personContact(['mentor name', 'volunteer name', 'peer mentor name'], ['mentor', 'volunteer', 'peer mentor']),
      { key: 'skills', header: 'Skills', kind: 'goal-areas', numbered: true, aliases: ['skills', 'skill', 'skills goal areas', 'goal areas i can help with', 'areas i can help with', 'can help with', 'areas of expertise', 'expertise', 'strengths', 'goal areas', 'areas', 'mentoring areas', 'help with'] },
      { key: 'maxMentees', header: 'Max mentees', kind: 'count', upTo: true, aliases: ['max mentees', 'max number of mentees', 'maximum mentees', 'capacity', 'mentee limit', 'how many mentees', 'max consumers', 'caseload limit', 'how many mentees can you take on', 'how many mentees can you take', 'how many consumers can you mentor', 'number of mentees'] },
      { key: 'status', header: 'Status', kind: 'choice', choices: MENTOR_STATUS_CHOICES, aliases: ['status', 'mentor status', 'active', 'state'] },
      { key: 'livedExperience', header: 'Lived experience', kind: 'list', aliases: ['lived experience', 'disability experience', 'experience to share', 'shared experience', 'own experience'] },
      { key: 'initialTrainingOn', header: 'Initial training date', kind: 'date', aliases: ['initial training date', 'initial training', 'trained on', 'date trained', 'training date', 'initial peer mentor training', 'trained', 'training completed', 'initial training completed', 'completed training'] },
      { key: 'gender', header: 'Gender', kind: 'text', aliases: ['gender', 'sex', 'gender identity'] },
      NOTES,
    ],
  },
  {
    key: 'consumers',
    name: 'Consumers',
    aliases: ['consumers', 'consumer', 'mentees', 'mentee', 'participants', 'consumer list', 'waiting list', 'wait list', 'referrals', 'clients'],
    required: true,
    idPrefix: 'C',
    requiredOneOf: [NAME_NEED, LOCATION_NEED],
    fields: [
      id('Consumer ID', ['consumer id', 'id', 'mentee id', 'participant id', 'client id', 'consumer number', 'case number']),
      ...personContact(['consumer name', 'mentee name', 'participant name', 'client name'], ['consumer', 'mentee', 'participant', 'client']),
      { key: 'goalAreas', header: 'Goal areas', kind: 'goal-areas', numbered: true, aliases: ['goal areas', 'goals', 'goal', 'areas', 'needs', 'what do you want help with', 'help wanted', 'areas of need', 'goal area'] },
      { key: 'preferences', header: 'Preferences', kind: 'text', aliases: ['preferences', 'preference', 'mentor preferences', 'preferred mentor', 'requests'] },
      { key: 'livedExperienceWanted', header: 'Lived experience wanted', kind: 'list', aliases: ['lived experience wanted', 'shared lived experience', 'wants shared experience', 'same experience', 'mentor with lived experience'] },
      { key: 'adaEligible', header: 'ADA eligible', kind: 'yes-no', aliases: ['ada eligible', 'eligible', 'ada', 'disability ada', 'has a disability', 'eligibility', 'ada disability'] },
      { key: 'status', header: 'Status', kind: 'choice', choices: CONSUMER_STATUS_CHOICES, aliases: ['status', 'consumer status', 'match status', 'state'] },
      { key: 'requestedOn', header: 'Requested on', kind: 'date', aliases: ['requested on', 'date requested', 'request date', 'intake date', 'referral date', 'date of request', 'application date', 'date applied', 'date added'] },
      NOTES,
    ],
  },
  {
    key: 'goals',
    name: 'Goals',
    aliases: ['goals', 'consumer goals', 'goal list', 'goals and objectives'],
    required: false,
    idPrefix: 'G',
    fields: [
      id('Goal ID', ['goal id', 'id', 'goal number']),
      { key: 'consumerId', header: 'Consumer ID', kind: 'text', required: true, aliases: ['consumer id', 'consumer', 'mentee id', 'mentee', 'participant id', 'client id'] },
      { key: 'area', header: 'Area', kind: 'goal-area', required: true, aliases: ['area', 'goal area', 'life area', 'category', 'domain', 'type'] },
      { key: 'goal', header: 'Goal', kind: 'text', aliases: ['goal', 'goal description', 'description', 'goal statement'] },
      { key: 'objectives', header: 'Objectives', kind: 'text', aliases: ['objectives', 'objective', 'steps', 'action steps', 'plan'] },
      { key: 'status', header: 'Status', kind: 'choice', choices: GOAL_STATUS_CHOICES, aliases: ['status', 'goal status', 'progress status'] },
      { key: 'setOn', header: 'Set on', kind: 'date', aliases: ['set on', 'date set', 'start date', 'created', 'date created', 'opened'] },
      { key: 'targetDate', header: 'Target date', kind: 'date', aliases: ['target date', 'target', 'due date', 'due by', 'goal date'] },
      { key: 'metOn', header: 'Met on', kind: 'date', aliases: ['met on', 'date met', 'completed on', 'date completed', 'achieved on'] },
      { key: 'matchId', header: 'Match ID', kind: 'text', aliases: ['match id', 'match'] },
    ],
  },
  {
    key: 'matches',
    name: 'Matches',
    aliases: ['matches', 'match', 'pairs', 'pairings', 'match log'],
    required: false,
    idPrefix: 'X',
    fields: [
      id('Match ID', ['match id', 'id', 'match number']),
      { key: 'consumerId', header: 'Consumer ID', kind: 'text', required: true, aliases: ['consumer id', 'consumer', 'mentee id', 'mentee'] },
      { key: 'mentorId', header: 'Mentor ID', kind: 'text', required: true, aliases: ['mentor id', 'mentor'] },
      { key: 'status', header: 'Status', kind: 'choice', choices: MATCH_STATUS_CHOICES, required: true, aliases: ['status', 'match status', 'stage'] },
      { key: 'score', header: 'Score', kind: 'number', aliases: ['score', 'match score'] },
      { key: 'reasons', header: 'Reasons', kind: 'text', aliases: ['reasons', 'why', 'reason for match'] },
      { key: 'proposedOn', header: 'Proposed on', kind: 'date', aliases: ['proposed on', 'date proposed', 'proposed'] },
      { key: 'introOn', header: 'Intro on', kind: 'date', aliases: ['intro on', 'intro date', 'introduction date', 'intro meeting', 'first meeting'] },
      { key: 'startedOn', header: 'Started on', kind: 'date', aliases: ['started on', 'start date', 'date started', 'matched on', 'match date'] },
      { key: 'endedOn', header: 'Ended on', kind: 'date', aliases: ['ended on', 'end date', 'date ended', 'closed on', 'completed on'] },
      { key: 'declinedBy', header: 'Declined by', kind: 'choice', choices: DECLINED_BY_CHOICES, aliases: ['declined by', 'who declined'] },
      { key: 'declineReason', header: 'Decline reason', kind: 'text', aliases: ['decline reason', 'reason declined', 'reason'] },
      { key: 'mentorDecision', header: 'Mentor decision', kind: 'choice', choices: DECISION_CHOICES, aliases: ['mentor decision', 'mentor agrees'] },
      { key: 'consumerDecision', header: 'Consumer decision', kind: 'choice', choices: DECISION_CHOICES, aliases: ['consumer decision', 'consumer agrees', 'mentee decision'] },
      { key: 'introTime', header: 'Intro time', kind: 'text', aliases: ['intro time', 'intro meeting time', 'introduction time', 'meeting time'] },
      { key: 'introPlace', header: 'Intro place', kind: 'text', aliases: ['intro place', 'intro meeting place', 'introduction place', 'intro location', 'meeting place'] },
    ],
  },
  {
    key: 'reviews',
    name: 'Reviews',
    aliases: ['reviews', 'review log', 'check ins', 'progress log', 'contacts', 'reviews and check ins'],
    required: false,
    idPrefix: 'R',
    fields: [
      id('Review ID', ['review id', 'id', 'entry id']),
      { key: 'matchId', header: 'Match ID', kind: 'text', required: true, aliases: ['match id', 'match'] },
      { key: 'date', header: 'Date', kind: 'date', required: true, aliases: ['date', 'review date', 'date of review', 'meeting date', 'contact date'] },
      { key: 'kind', header: 'Kind', kind: 'choice', choices: REVIEW_KIND_CHOICES, aliases: ['kind', 'type', 'review type', 'kind review check in'] },
      { key: 'attendees', header: 'Attendees', kind: 'list', aliases: ['attendees', 'who attended', 'present', 'participants'] },
      { key: 'goalId', header: 'Goal ID', kind: 'text', aliases: ['goal id', 'goal'] },
      { key: 'progress', header: 'Progress', kind: 'text', aliases: ['progress', 'goal progress', 'status'] },
      { key: 'minutes', header: 'Minutes', kind: 'count', aliases: ['minutes', 'time spent', 'duration', 'minutes spent', 'length minutes'] },
      NOTES,
      { key: 'nextReview', header: 'Next review', kind: 'date', aliases: ['next review', 'next review date', 'next meeting', 'follow up date'] },
      // Check-ins from the mentor check-in form carry their form response ID, so a resubmission is never logged twice.
      { key: 'responseId', header: 'Response ID', kind: 'text', aliases: ['response id', 'form response id'] },
    ],
  },
  {
    key: 'trainings',
    name: 'Trainings',
    aliases: ['trainings', 'training', 'training sessions', 'sessions', 'training log'],
    required: false,
    idPrefix: 'T',
    fields: [
      id('Session ID', ['session id', 'id', 'training id', 'session']),
      { key: 'type', header: 'Type', kind: 'choice', choices: TRAINING_TYPE_CHOICES, required: true, aliases: ['type', 'training type', 'kind', 'type initial ongoing'] },
      { key: 'date', header: 'Date', kind: 'date', required: true, aliases: ['date', 'session date', 'training date'] },
      { key: 'start', header: 'Start', kind: 'text', aliases: ['start', 'start time', 'from', 'begins'] },
      { key: 'end', header: 'End', kind: 'text', aliases: ['end', 'end time', 'to', 'ends'] },
      { key: 'location', header: 'Location', kind: 'text', aliases: ['location', 'place', 'where', 'room', 'venue'] },
      { key: 'topic', header: 'Topic', kind: 'text', aliases: ['topic', 'subject', 'title', 'description'] },
    ],
  },
  {
    key: 'attendance',
    name: 'Attendance',
    aliases: ['attendance', 'training attendance', 'sign in', 'attendees'],
    required: false,
    fields: [
      { key: 'sessionId', header: 'Session ID', kind: 'text', required: true, aliases: ['session id', 'session', 'training id', 'training'] },
      { key: 'mentorId', header: 'Mentor ID', kind: 'text', required: true, aliases: ['mentor id', 'mentor'] },
      { key: 'attended', header: 'Attended', kind: 'yes-no', aliases: ['attended', 'present', 'attendance', 'came'] },
    ],
  },
  {
    key: 'applications',
    name: 'Applications',
    aliases: ['applications', 'form responses', 'intake', 'applications inbox'],
    required: false,
    fields: [
      { key: 'responseId', header: 'Response ID', kind: 'text', required: true, aliases: ['response id', 'response'] },
      { key: 'form', header: 'Form', kind: 'text', aliases: ['form', 'form name'] },
      { key: 'submittedAt', header: 'Submitted at', kind: 'text', aliases: ['submitted at', 'timestamp', 'submitted'] },
      // The answers, as the intake writes them (src/domain/intake/application-row.ts): kept as text, read by the intake.
      { key: 'name', header: 'Name', kind: 'text', aliases: ['name', 'full name', 'your name', 'applicant name', 'applicant', 'first and last name'] },
      { key: 'email', header: 'Email', kind: 'text', aliases: ['email', 'email address', 'e mail', 'your email'] },
      { key: 'phone', header: 'Phone', kind: 'text', aliases: ['phone', 'phone number', 'cell phone', 'cell', 'telephone', 'mobile', 'your phone number'] },
      { key: 'preferredContact', header: 'Preferred contact', kind: 'text', aliases: ['preferred contact', 'how should we reach you', 'best way to reach you', 'contact preference', 'preferred contact method'] },
      { key: 'address', header: 'Address', kind: 'text', aliases: ['address'] },
      { key: 'city', header: 'City', kind: 'text', aliases: ['city'] },
      { key: 'zip', header: 'ZIP', kind: 'text', aliases: ['zip', 'zip code', 'postal code'] },
      // A coordinator's own response sheet may keep goals in several columns ("Goal 1", "Goal 2", "Goal 3"): all are read.
      { key: 'areas', header: 'Goal areas or skills', kind: 'text', numbered: true, aliases: ['goal areas or skills', 'goal areas', 'goal area', 'goals', 'goal', 'skills', 'what do you want help with', 'what can you help with'] },
      { key: 'about', header: 'In their words', kind: 'text', aliases: ['in their words', 'in your own words', 'what would you like to work on', 'tell us about you'] },
      { key: 'languages', header: 'Languages', kind: 'text', aliases: ['languages'] },
      { key: 'availability', header: 'Availability', kind: 'text', aliases: ['availability', 'when can you meet', 'best times', 'days available'] },
      { key: 'travelMode', header: 'Travel mode', kind: 'text', aliases: ['travel mode', 'how do you travel to places', 'how do you get around', 'transportation'] },
      { key: 'preferences', header: 'Preferences', kind: 'text', aliases: ['preferences'] },
      { key: 'sharedExperienceWanted', header: 'Wants shared experience', kind: 'text', aliases: ['wants shared experience'] },
      { key: 'livedExperience', header: 'Lived experience', kind: 'text', aliases: ['lived experience'] },
      { key: 'adaDisability', header: 'Has a disability', kind: 'text', aliases: ['has a disability', 'do you have a disability', 'disability'] },
      { key: 'maxMentees', header: 'Max mentees', kind: 'text', aliases: ['max mentees'] },
      { key: 'consent', header: 'Consent to share contact', kind: 'text', aliases: ['consent to share contact', 'consent', 'ok to share contact info', 'ok to share my contact info', 'permission to share'] },
      { key: 'otherAnswers', header: 'Other answers', kind: 'text', aliases: ['other answers'] },
      { key: 'status', header: 'Status', kind: 'text', aliases: ['status'] },
      { key: 'issues', header: 'Issues', kind: 'text', aliases: ['issues', 'problems'] },
      { key: 'duplicateOf', header: 'Duplicate of', kind: 'text', aliases: ['duplicate of', 'possible duplicate'] },
      { key: 'recordId', header: 'Record ID', kind: 'text', aliases: ['record id', 'created record'] },
    ],
  },
  {
    key: 'settings',
    name: 'Settings',
    aliases: ['settings', 'config', 'configuration', 'options'],
    required: false,
    fields: [
      { key: 'key', header: 'Key', kind: 'text', required: true, aliases: ['key', 'setting', 'name'] },
      { key: 'value', header: 'Value', kind: 'text', aliases: ['value'] },
    ],
  },
  { key: 'ppr', name: 'PPR', aliases: ['ppr', 'program performance report', '704 report'], required: false, fields: [] },
  {
    key: 'audit',
    name: 'Audit',
    aliases: ['audit', 'audit log', 'change log'],
    required: false,
    fields: [
      { key: 'when', header: 'When', kind: 'text', aliases: ['when', 'timestamp'] },
      { key: 'who', header: 'Who', kind: 'text', aliases: ['who', 'user'] },
      { key: 'action', header: 'Action', kind: 'text', aliases: ['action'] },
      { key: 'record', header: 'Record', kind: 'text', aliases: ['record', 'record id'] },
      { key: 'details', header: 'Details', kind: 'text', aliases: ['details'] },
    ],
  },
];

export function tabSpec(key: TabKey): TabSpec {
  const spec = WORKBOOK_SCHEMA.find((tab) => tab.key === key);
  if (!spec) throw new Error(`unknown tab ${key}`);
  return spec;
}

/**
 * The fields matching needs on each people tab: Setup asks for these in its second step and keeps the rest (contact
 * details, languages, notes...) in a collapsed third step of optional fields.
 */
export const MATCHING_FIELDS: Partial<Record<TabKey, readonly string[]>> = {
  mentors: ['id', 'name', 'firstName', 'lastName', 'zip', 'address', 'skills', 'maxMentees', 'status', 'initialTrainingOn'],
  consumers: ['id', 'name', 'firstName', 'lastName', 'zip', 'address', 'goalAreas', 'adaEligible', 'status', 'requestedOn'],
};

/** True when matching needs this field of the role's tab (Setup's second step); false for optional fields. */
export function isMatchingField(key: TabKey, field: string): boolean {
  return MATCHING_FIELDS[key]?.includes(field) ?? false;
}
