// This file defines what the intake makes of a submission: a normalized application or check-in, with its issues.
import { GoalArea } from '../goal-areas';
import { AvailabilitySlot, IsoDate, TravelMode } from '../model';
import { IntakeIssue } from './intake-issue';

export interface NormalizedPerson {
  name: string;
  email: string | null;
  phone: string | null;
  /** How they want to be reached ("Call", "Text", "Email"), or what they wrote; '' when not said. */
  preferredContact: string;
  address: string;
  city: string;
  zip: string | null;
}

export interface NormalizedApplication extends NormalizedPerson {
  kind: 'consumer-request' | 'mentor-application';
  responseId: string;
  submittedAt: string;
  /** A consumer's goal areas, or the areas a mentor can help with. */
  areas: GoalArea[];
  /** Area answers that could not be read, as typed. */
  areasUnread: string[];
  /** What the consumer wants to work on, or the mentor's experience, in their words. */
  about: string;
  languages: string[];
  availability: AvailabilitySlot[];
  /** Availability as typed (the slots above are what it reads as). */
  availabilityText: string;
  travelMode: TravelMode | null;
  preferences: string;
  /** Consumer: wants a mentor with shared lived experience. */
  sharedExperienceWanted: boolean | null;
  /** Consumer: the experience they want shared; mentor: the experience they would share. */
  livedExperience: string[];
  adaDisability: boolean | null;
  maxMentees: number | null;
  consent: boolean | null;
  /** Answers that could not be read, as typed, by field key (shown in the row so nothing is lost). */
  unread: Partial<Record<'email' | 'phone' | 'zip' | 'availability' | 'travelMode' | 'adaDisability' | 'maxMentees' | 'consent', string>>;
  /** Answers to questions the form definition does not know (a question the coordinator added). */
  extra: { title: string; answer: string }[];
}

export interface NormalizedCheckIn {
  kind: 'mentor-check-in';
  responseId: string;
  submittedAt: string;
  mentor: string;
  consumer: string;
  date: IsoDate | null;
  minutes: number | null;
  goals: GoalArea[];
  goalsUnread: string[];
  progress: string;
  notes: string;
  unread: Partial<Record<'date' | 'minutes', string>>;
  extra: { title: string; answer: string }[];
}

export type NormalizedSubmission = NormalizedApplication | NormalizedCheckIn;

export interface Normalized<T extends NormalizedSubmission = NormalizedSubmission> {
  value: T;
  issues: IntakeIssue[];
}
