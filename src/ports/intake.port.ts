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
  create(definition: FormDefinition): CreatedForm;
  /** True when a form with this ID still exists and can be opened. */
  exists(formId: string): boolean;
}

export interface IntakeTriggersPort {
  /** Installs the form-submit trigger for the form unless it is there already. */
  ensureFormSubmit(formId: string, handler: string): void;
  /** Installs the time-driven retry unless it is there already. */
  ensureEvery(minutes: number, handler: string): void;
}
