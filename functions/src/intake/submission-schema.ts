// This file checks the envelope of an intake request with zod: who the submission is for and which response it is.
// Answers are deliberately not checked here — a bad answer never rejects a submission; the domain reports it instead.
import { z } from 'zod';
import type { SavedMapping } from '../../../src/domain/header-mapping';
import { FORM_KINDS, FormKind, INTAKE_MAPPING_TABS, Submission } from '../../../src/domain/intake';

/** Most submissions one request may carry (the add-on's retry sends its queue in requests of this size). */
export const MAX_SUBMISSIONS_PER_REQUEST = 100;

const submissionSchema = z.object({
  responseId: z.string().regex(/^[A-Za-z0-9_\-.:]{1,200}$/, 'must be 1–200 letters, digits, "_", "-", "." or ":"'),
  formKind: z.enum(FORM_KINDS as [FormKind, ...FormKind[]]),
  formId: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/).optional(),
  submittedAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO date and time'),
  answers: z.record(z.string().max(500), z.unknown()),
});

/** Tab names and header texts are the coordinator's own words, within Sheets' limits (a tab name is at most 100). */
const headerText = z.string().max(500);
const savedTabSchema = z.object({
  tab: z.string().min(1).max(100),
  fields: z.record(z.string().max(100), headerText),
  headerRow: z.number().int().min(1).max(10_000_000).optional(),
  defaults: z.record(z.string().max(100), headerText).optional(),
});
/** The coordinator's saved mapping for the intake's tabs (intake-mapping.ts); other tabs are not accepted. */
const mappingSchema = z.object({
  version: z.number().int(),
  tabs: z.partialRecord(z.enum(INTAKE_MAPPING_TABS), savedTabSchema),
});

const requestSchema = z.object({
  spreadsheetId: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a spreadsheet ID'),
  submissions: z.array(submissionSchema).min(1).max(MAX_SUBMISSIONS_PER_REQUEST),
  mapping: mappingSchema.optional(),
});

export interface IntakeRequest {
  spreadsheetId: string;
  submissions: Submission[];
  /** Sent by add-ons that know the workbook's saved mapping; older ones send none. */
  mapping?: SavedMapping;
}

/** Problems name the field and the rule, never the value (it may be personal). */
export function parseIntakeRequest(body: unknown): { ok: true; request: IntakeRequest } | { ok: false; problems: string[] } {
  const parsed = requestSchema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`) };
  }
  return {
    ok: true,
    request: {
      spreadsheetId: parsed.data.spreadsheetId,
      submissions: parsed.data.submissions.map((submission) => ({
        responseId: submission.responseId,
        formKind: submission.formKind,
        ...(submission.formId ? { formId: submission.formId } : {}),
        submittedAt: new Date(submission.submittedAt).toISOString(),
        answers: submission.answers,
      })),
      ...(parsed.data.mapping ? { mapping: parsed.data.mapping as SavedMapping } : {}),
    },
  };
}
