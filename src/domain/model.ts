// This file defines the records the program keeps: people, goals, matches, reviews, training. Dates are ISO
// strings (YYYY-MM-DD) so records cross to the sidebar and functions as plain JSON.
import { GoalArea } from './goal-areas';

export type IsoDate = string;

export type TravelMode = 'drive' | 'transit' | 'paratransit' | 'walk';
export const TRAVEL_MODES: readonly TravelMode[] = ['drive', 'transit', 'paratransit', 'walk'];

export type MentorStatus = 'active' | 'inactive' | 'on-hold';
export type ConsumerStatus = 'waiting' | 'matched' | 'inactive' | 'completed';
export type MatchStatus = 'proposed' | 'intro-scheduled' | 'active' | 'completed' | 'closed' | 'declined';
export type GoalStatus = 'not-started' | 'in-progress' | 'met' | 'not-met' | 'withdrawn';
export type ReviewKind = 'review' | 'check-in';
export type TrainingType = 'initial' | 'ongoing';
export type DeclinedBy = 'mentor' | 'consumer' | 'coordinator';

/** "tue-afternoon": a day of the week and a part of the day. */
export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type DayPart = 'morning' | 'afternoon' | 'evening';
export type AvailabilitySlot = `${Day}-${DayPart}`;

/** Where a record came from, so every report can point at the sheet row. */
export interface RowRef {
  tab: string;
  row: number;
}

export interface Person {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** A phone extension typed with the number ("ext. 12"), kept beside it. */
  phoneExtension?: string | null;
  address: string | null;
  city: string | null;
  zip: string | null;
  languages: string[];
  availability: AvailabilitySlot[];
  travelMode: TravelMode | null;
  notes: string;
  source: RowRef;
}

export interface Mentor extends Person {
  skills: GoalArea[];
  maxMentees: number | null;
  status: MentorStatus | null;
  /** Lived experience a mentor is willing to share, as short tags ("wheelchair user", "deaf"). */
  livedExperience: string[];
  /** Existing sheets often record initial training on the mentor row instead of in an attendance log. */
  initialTrainingOn: IsoDate | null;
  gender: string | null;
}

export interface Consumer extends Person {
  goalAreas: GoalArea[];
  /** Free-text preferences as typed ("female mentor", "near the 21 bus"). */
  preferences: string;
  /** Lived experience the consumer asked a mentor to share; empty when not asked for. */
  livedExperienceWanted: string[];
  adaEligible: boolean | null;
  status: ConsumerStatus | null;
  requestedOn: IsoDate | null;
}

export interface Goal {
  id: string;
  consumerId: string;
  area: GoalArea;
  goal: string;
  objectives: string;
  status: GoalStatus;
  setOn: IsoDate | null;
  targetDate: IsoDate | null;
  metOn: IsoDate | null;
  matchId: string | null;
  source: RowRef;
}

export interface Match {
  id: string;
  consumerId: string;
  mentorId: string;
  status: MatchStatus;
  score: number | null;
  reasons: string;
  proposedOn: IsoDate | null;
  introOn: IsoDate | null;
  /** The intro meeting's time and place as the coordinator typed them ("2:30 pm", "Rondo Library"); '' when not set. */
  introTime: string;
  introPlace: string;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  declinedBy: DeclinedBy | null;
  declineReason: string;
  /** Each side's decision after the intro meeting. */
  mentorDecision: Decision | null;
  consumerDecision: Decision | null;
  source: RowRef;
}

export type Decision = 'yes' | 'no';

export interface Review {
  id: string;
  matchId: string;
  date: IsoDate;
  kind: ReviewKind;
  attendees: string[];
  goalId: string | null;
  progress: string;
  minutes: number | null;
  notes: string;
  nextReview: IsoDate | null;
  source: RowRef;
}

export interface TrainingSession {
  id: string;
  type: TrainingType;
  date: IsoDate;
  start: string;
  end: string;
  location: string;
  topic: string;
  source: RowRef;
}

export interface Attendance {
  sessionId: string;
  mentorId: string;
  attended: boolean;
  source: RowRef;
}

export interface Setting {
  key: string;
  value: string;
  source: RowRef;
}
