// This file is the ports the form intake uses inside Apps Script: send submissions to the intake function, keep the
// ones it could not reach in a queue, read form responses again, build the forms and their triggers.
import type { FormDefinition, FormKind } from '../domain/intake/form-definition';
import type { Submission } from '../domain/intake/submission';

export interface SendOutcome {
  /** Landed in the workbook (or were already there, or another delivery is writing them). */
  delivered: string[];
  /** Could not be delivered now; worth trying again later. */
  retry: string[];
  /** Refused for good (a malformed envelope); kept in the queue for a person to look at. */
  refused: string[];
  /** A short code for the queue's "Last error" column (never the answer text). */
  code?: string;
}

export interface IntakeSenderPort {
  send(submissions: readonly Submission[]): SendOutcome;
}

/** One queued submission: IDs only. The answers stay in the form and are read again when it is sent. */
export interface QueuedSubmission {
  responseId: string;
  formId: string;
  formKind: FormKind;
  queuedAt: string;
  attempts: number;
  lastError: string;
}

export interface IntakeQueuePort {
  list(): QueuedSubmission[];
  /** Adds entries whose response ID is not queued yet. */
  add(entries: readonly QueuedSubmission[]): void;
  /** Removes delivered entries and saves the new attempt counts of the rest, by response ID. */
  settle(delivered: readonly string[], failed: readonly { responseId: string; lastError: string }[]): void;
}

export interface FormResponsesPort {
  /** The response as a submission, or null when the form or the response no longer exists. */
  get(formId: string, formKind: FormKind, responseId: string): Submission | null;
}

export interface CreatedForm {
  formId: string;
  /** The link applicants use. */
  publishedUrl: string;
  editUrl: string;
}

export interface FormBuilderPort {
  /** Makes the form, sends its responses to this workbook and publishes it, so it takes answers at once. */
  create(definition: FormDefinition): CreatedForm;
  /** True when a form with this ID still exists and can be opened. */
  exists(formId: string): boolean;
  /** Finishes a form a half-finished run left: links it to this workbook and publishes it; says what it fixed. */
  finish(formId: string): { linked: boolean; published: boolean; publishedUrl: string };
}

export interface IntakeTriggersPort {
  /**
   * Installs the one form-submit trigger, on this workbook (where every form sends its responses), unless it is there;
   * removes form-submit triggers an older version put on the forms themselves. True when it installed one.
   */
  ensureFormSubmit(handler: string): boolean;
  /** Installs the hourly retry unless it is there already. True when it installed it. */
  ensureHourly(handler: string): boolean;
}
