// This file is the contract between the sidebar and the add-on's server functions: what crosses as JSON.
// Dates cross as ISO strings. Every call either returns its result or rejects with an RpcError. Where the sidebar
// shows a use case's answer or sends its input as it is, the type is the use case's own (imported, types only).
export type { FieldReport, TabCheck, WorkbookCheck } from '../app/check-workbook';
export type { SetupFieldProposal, SetupProposal, SetupTabProposal } from '../app/propose-setup';
export type { SetupChoices, SetupResult } from '../app/apply-setup';
export type { MatchChange, NewGoalInput } from '../app/change-match';
export type { ReviewInput, ReviewLogged } from '../app/log-review';
export type { AttendanceResult } from '../app/record-attendance';
export type { TrainingSessionRequest } from '../app/plan-training';
export type { ApplicationDecisionRequest } from '../app/decide-application';
export type { LetterRequest } from '../app/write-letters';
export type { CellRequest, CellReached } from '../app/go-to-cell';
export type { SetupDefaultRequest } from '../app/save-setup-default';
export type { ReadinessAction } from '../domain/readiness';
export type { UndoOffer } from '../app/undo-journal';
export type { Undone } from '../app/undo-change';
import type { WorkbookCheck } from '../app/check-workbook';
import type { SetupChoices, SetupResult } from '../app/apply-setup';
import type { SetupProposal, SetupTabProposal } from '../app/propose-setup';
import type { MatchChange } from '../app/change-match';
import type { ReviewInput, ReviewLogged } from '../app/log-review';
import type { AttendanceResult } from '../app/record-attendance';
import type { TrainingSessionRequest } from '../app/plan-training';
import type { ApplicationDecisionRequest } from '../app/decide-application';
import type { ApplicationRecord } from '../app/list-applications';
import type { IntakeFormsStatus } from '../app/intake-forms';
import type { LetterRequest } from '../app/write-letters';
import type { UndoOffer } from '../app/undo-journal';
import type { Undone } from '../app/undo-change';
import type { Letter } from '../domain/outreach/letters';
import type { CellReached, CellRequest } from '../app/go-to-cell';
import type { SetupDefaultRequest } from '../app/save-setup-default';
import type { ReadinessAction } from '../domain/readiness';

export interface RpcError {
  code: string;
  message: string;
}

/** What every server function returns: its result, or the coded error the sidebar shows. */
export type RpcOutcome<T> = { ok: true; value: T } | { ok: false; error: RpcError };

export type IsoDateText = string;

/** A change's result with the Undo the sidebar offers while the view is open; null when nothing was written. */
export type Undoable<T> = T & { undo: UndoOffer | null };

/** A row an answer left out, and why: "Matches row 4, column 'Started on'". */
export interface LeftOutRow {
  code: string;
  where: string;
  message: string;
}

/** What the sidebar needs when it opens. */
export interface Startup {
  setupDone: boolean;
  today: IsoDateText;
}

export interface PersonSummary {
  id: string;
  name: string;
  /** Plain words: "waiting since 3 Mar 2026", "active". */
  status: string;
}

export interface ProximityView {
  distanceKm: number | null;
  travelMinutes: number | null;
  /** "routes" (the proximity service), "estimate" (offline, from ZIP centres) or "unknown". */
  source: string;
  /** The one wording of the trip, as scored: "about 4 km (≈18 min by transit)" or "distance unknown (ZIP 99999 not found)". */
  text: string;
}

export interface SuggestionView {
  mentorId: string;
  mentorName: string;
  score: number;
  /** The reasons other than travel, which is in `proximity.text`, so the sidebar says it once. */
  reasons: string[];
  proximity: ProximityView;
  /** "weak: covers none of the 3 goals" when the suggestion helps little; null otherwise. */
  weakBecause: string | null;
}

export interface ExclusionView {
  mentorId: string;
  mentorName: string;
  rule: string;
  reason: string;
}

export interface MatchSuggestions {
  consumer: PersonSummary;
  goalAreas: string[];
  /** Set when the consumer cannot be matched now (already matched, not eligible …). */
  blocked: { rule: string; reason: string } | null;
  suggestions: SuggestionView[];
  excluded: ExclusionView[];
  /** Mentors allowed and scored but past the ones shown (Show more lists them), each with why not. */
  notShown: { mentorId: string; mentorName: string; score: number; reason: string }[];
  /** Where travel figures came from, in one sentence. */
  proximityNote: string;
  leftOut: LeftOutRow[];
}

export interface BatchProposalView {
  consumerId: string;
  consumerName: string;
  mentorId: string;
  mentorName: string;
  score: number;
  reasons: string[];
}

export interface BatchProposals {
  proposals: BatchProposalView[];
  /** Waiting consumers no mentor could be found for, with the reason. */
  unmatched: { consumerId: string; consumerName: string; reason: string }[];
  leftOut: LeftOutRow[];
}

export interface BatchResult {
  created: { matchId: string; consumerId: string; consumerName: string; mentorId: string; mentorName: string }[];
  skipped: { consumerId: string; consumerName: string; reason: string }[];
}

export interface MatchSummary {
  id: string;
  consumerId: string;
  consumerName: string;
  mentorId: string;
  mentorName: string;
  status: string;
  statusLabel: string;
}

export interface GoalView {
  id: string;
  area: string;
  areaLabel: string;
  goal: string;
  objectives: string;
  status: string;
  statusLabel: string;
}

export interface MatchDetail extends MatchSummary {
  score: number | null;
  reasons: string;
  proposedOn: IsoDateText | null;
  introOn: IsoDateText | null;
  startedOn: IsoDateText | null;
  endedOn: IsoDateText | null;
  declinedBy: string | null;
  declineReason: string;
  /** The intro meeting's time and place as typed; '' when not set. */
  introTime: string;
  introPlace: string;
  /** The dates as the sidebar shows them ("3 Mar 2026"), one way everywhere. */
  days: { proposedOn: string | null; introOn: string | null; startedOn: string | null; endedOn: string | null };
  /** Both people's phone and email, for the coordinator (never logged). */
  contacts: { consumer: { email: string | null; phone: string | null }; mentor: { email: string | null; phone: string | null } };
  /** Each side's recorded decision after the intro meeting. */
  decisions: { mentor: 'yes' | 'no' | null; consumer: 'yes' | 'no' | null };
  goals: GoalView[];
  /** The steps that can be taken now (each can succeed). */
  actions: string[];
  /** Steps not possible yet, each with what must come first ("Schedule the introduction first."). */
  firstSteps: { step: string; text: string }[];
  today: IsoDateText;
  /** The earliest start date when activating (the intro date); null when activation is not offered. */
  startFrom: IsoDateText | null;
  declineReasons: { code: string; label: string }[];
  goalAreas: { code: string; label: string }[];
}

export interface ReviewDueView {
  matchId: string;
  consumerId: string;
  consumerName: string;
  mentorId: string;
  mentorName: string;
  kind: string;
  dueOn: IsoDateText;
  /** Days until it is due: 0 today, negative when overdue. */
  dueInDays: number;
  /** "overdue", "due" (today) or "upcoming". */
  state: string;
  /** "12 days overdue", "due today", "due in 5 days". */
  text: string;
}

export interface ReviewLog {
  due: ReviewDueView[];
  activeMatches: MatchSummary[];
  leftOut: LeftOutRow[];
}

export interface TrainingOverview {
  /** Each session's `day` is its date in words ("5 Mar 2026"), as every view shows dates. */
  upcoming: { sessionId: string; type: string; date: IsoDateText; day: string; start: string; end: string; location: string; topic: string; neededBy: number }[];
  recent: { sessionId: string; type: string; date: IsoDateText; day: string; topic: string }[];
  mentors: { mentorId: string; name: string; status: string; statusLabel: string; currentUntil: IsoDateText | null }[];
  flaggedMatches: { matchId: string; mentorId: string; mentorName: string; consumerId: string; consumerName: string; status: string }[];
  leftOut: LeftOutRow[];
}

/** A training session just added to the Trainings tab. */
export interface PlannedSession {
  sessionId: string;
  type: string;
  date: IsoDateText;
  /** The date in words: "10 Mar 2026". */
  day: string;
  start: string;
  topic: string;
}

export interface AttendanceSheet {
  session: { sessionId: string; type: string; date: IsoDateText; day: string; topic: string };
  mentors: { mentorId: string; name: string; attended: boolean }[];
}

/** A line on an application card: what a question is, and what the applicant wrote (or "Not answered"). */
export interface CardFact {
  label: string;
  value: string;
}

/** Someone already on the sheets an application may duplicate, shown beside the applicant to compare. */
export interface DuplicateView {
  id: string;
  /** False when the ID in "Duplicate of" is on neither people tab. */
  found: boolean;
  /** "mentor" or "consumer" ('' when not found). */
  role: string;
  name: string;
  /** Name, ID and contacts side by side: the applicant's answer, this person's, and whether they are the same. */
  compare: { label: string; applicant: string; existing: string; same: boolean }[];
  /** "same email and phone" — the fields that match, in words ('' when none). */
  matching: string;
  /** The application may be merged into this person (a request into a consumer, a mentor application into a mentor). */
  canMerge: boolean;
}

/** An application as the sidebar shows it: who, what they want help with, how to reach them, and what is wrong. */
export interface ApplicationView extends ApplicationRecord {
  kind: 'consumer-request' | 'mentor-application' | null;
  /** The applicant's name as written ('' when the row has none). */
  name: string;
  /** What they want to work on (a mentor: about themselves), in their own words. */
  words: string;
  /** "Goal areas" on a request, "Can help with" on a mentor application. */
  areasLabel: string;
  /** The goal areas read from their answer. */
  areas: string[];
  facts: CardFact[];
  /** Each answer that could not be read (which one, and why), and the intake's other concerns. */
  problems: { field: string; message: string }[];
  /** The fields a coordinator needs that accepting would leave blank, and why. */
  leftBlank: { field: string; why: string }[];
  /** Why accepting would stop as the row stands, or null. */
  cannotAccept: string | null;
  duplicates: DuplicateView[];
  /** Accepting asks first: the application has problems or a likely duplicate. */
  askFirst: boolean;
}

/** The forms section of the Applications view: which intake forms exist, and who may answer them. */
export type IntakeFormsView = IntakeFormsStatus;

/** The application after the decision, and what it did. */
export interface ApplicationDecision extends ApplicationRecord {
  /** One sentence for the coordinator (record IDs and field names only). */
  message: string;
  /** Goals created with an accepted consumer. */
  goalIds: string[];
  /** Merge: contact fields filled on the existing record. */
  filled: string[];
  /** Merge: contact fields left as they were because the record already had a different value. */
  kept: string[];
  /** Answers that could not be read and were left blank on the new record. */
  warnings: string[];
}

export interface SettingsView {
  values: Record<string, string>;
  fields: {
    key: string;
    label: string;
    kind: 'number' | 'text' | 'long-text' | 'choice';
    help: string;
    /** For whoever deploys the add-on (the functions address …): shown under Advanced, folded. */
    advanced: boolean;
    /** A choice's values and their words. */
    options?: { value: string; label: string }[];
  }[];
  issues: string[];
}

export interface SummaryResult {
  /** What was written, in one sentence (counts only). */
  message: string;
  url?: string;
}

/** The server functions the sidebar may call, by name. */
/** One Today line: what needs doing, in words, and the view one click opens. */
export interface TodayLine {
  text: string;
  open: { view: 'applications' | 'detail' | 'reviews' | 'training' | 'match'; arg?: string };
}

export interface TodayView {
  sections: { kind: string; title: string; lines: TodayLine[] }[];
  count: number;
  /** The program's health in three short lines (counts only). */
  health: string[];
}

/** A new pair's introduction as links the coordinator opens; nothing is sent by the add-on. */
export interface IntroductionView {
  matchId: string;
  /** "To" and "Bcc" as the draft has them, for the coordinator to check before opening. */
  to: string[];
  bcc: string[];
  subject: string;
  body: string;
  gmailUrl: string;
  mailtoUrl: string;
  /** Null until the intro meeting has a date. */
  calendarUrl: string | null;
  /** What the drafts still need ("meeting place", "program phone"), shown in brackets in them. */
  missing: string[];
}

/** A letter as written (title, the reader's name, one idea per line, the next step), with a Gmail link for the same words. */
export interface LetterView extends Letter {
  gmailUrl: string;
}

export interface TimelineView {
  title: string;
  events: { on: IsoDateText | null; day: string; title: string; lines: string[]; by: string | null }[];
}

export interface RemindersView {
  soon: { text: string; calendarUrl: string }[];
  /** The .ics file with every reminder due this month. */
  monthCalendar: string;
  monthCount: number;
}

/** Can the coordinator match today: the counts in words, then each blocker with its fix and the cells to look at. */
export interface ReadinessView {
  ready: boolean;
  mentors: number;
  mentorsSuggestable: number;
  consumers: number;
  consumersWaitingEligible: number;
  heading: string;
  summary: string;
  blockers: {
    code: string;
    /** True when nobody can be matched until it is fixed. */
    blocks: boolean;
    message: string;
    fix: string;
    /** The control the sidebar offers for it, if any. */
    action: ReadinessAction | null;
    /** Cells to look at, each with Go to cell: "Mentors, row 12, column 'ZIP'" and, for a value, why it was not read. */
    cells: { tab: string; row: number | null; column: string | null; where: string; note: string | null }[];
  }[];
}

/** Copying the goals typed on the consumers' tab into the Goals tab: the preview, phrase by phrase. */
export interface GoalsCopyView {
  /** Each goal to add: the phrase as typed, the goal area read from it, and where it was typed. */
  add: { consumerId: string; goal: string; area: string; where: string }[];
  /** Phrases already on the Goals tab (copying again adds nothing). */
  alreadyThere: number;
  /** Phrases no goal area was read from (or more than one could be), never guessed. */
  unknown: { consumerId: string; text: string; could: string[]; where: string }[];
}

export interface GoalsCopied {
  added: number;
  /** One sentence (counts only). */
  message: string;
  /** The preview after the copy: nothing left to add. */
  preview: GoalsCopyView;
}

/** Setup's proposal with readiness as the sidebar shows it. */
export type SetupProposalView = Omit<SetupProposal, 'readiness'> & { readiness: ReadinessView };

/** What Setup did, readiness as the sidebar shows it, and the goals typed on the consumers' tab it offers to copy. */
export type SetupResultView = SetupResult & { readiness: ReadinessView; goals: GoalsCopyView };

export interface ServerApi {
  getReadiness(): ReadinessView;
  goToCell(cell: CellRequest): CellReached;
  saveSetupDefault(request: SetupDefaultRequest): ReadinessView;
  copyGoals(): Undoable<GoalsCopied>;
  getGoalsCopy(): GoalsCopyView;
  getWorkbookCheck(): WorkbookCheck;
  getStartup(): Startup;
  getSetupProposal(): SetupProposalView;
  getSetupTab(request: { role: string; tab: string; headerRow?: number | null }): SetupTabProposal;
  applySetup(choices: SetupChoices): SetupResultView;
  getConsumerAtCursor(): PersonSummary | null;
  searchConsumers(query: string): PersonSummary[];
  getMatchSuggestions(consumerId: string, top?: number): MatchSuggestions;
  proposeMatch(request: { consumerId: string; mentorId: string }): Undoable<MatchDetail>;
  getBatchProposals(): BatchProposals;
  acceptBatch(request: { pairs: { consumerId: string; mentorId: string }[] }): Undoable<BatchResult>;
  listMatches(filter: { open: boolean }): MatchSummary[];
  getMatchDetail(matchId: string): MatchDetail;
  changeMatch(change: MatchChange): Undoable<MatchDetail>;
  getReviewLog(): ReviewLog;
  logReview(entry: ReviewInput): Undoable<ReviewLogged>;
  getTraining(): TrainingOverview;
  getAttendance(sessionId: string): AttendanceSheet;
  recordAttendance(request: { sessionId: string; mentorIds: string[] }): Undoable<AttendanceResult>;
  addTrainingSession(request: TrainingSessionRequest): Undoable<PlannedSession>;
  listApplications(): ApplicationView[];
  getIntakeForms(): IntakeFormsView;
  decideApplication(request: ApplicationDecisionRequest): Undoable<ApplicationDecision>;
  getSettings(): SettingsView;
  saveSettings(values: Record<string, string>): Undoable<SettingsView>;
  undoChange(request: { token: string }): Undone;
  refreshPpr(request: { fiscalYear: number }): SummaryResult;
  publishManagerSummary(): SummaryResult;
  getToday(): TodayView;
  getIntroduction(request: { matchId: string; time?: string | null; place?: string | null }): IntroductionView;
  getLetters(request: LetterRequest): LetterView[];
  getMatchStory(matchId: string): TimelineView;
  getPersonStory(personId: string): TimelineView;
  getReminders(): RemindersView;
}
