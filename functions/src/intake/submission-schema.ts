// This file checks the envelope of an intake request with zod: who the submission is for and which response it is.
// Answers are deliberately not checked here — a bad answer never rejects a submission; the domain reports it instead.
import { z } from 'zod';
import { FORM_KINDS, FormKind, Submission } from '../../../src/domain/intake';

/** Most submissions one request may carry (the add-on's retry sends its queue in requests of this size). */
export const MAX_SUBMISSIONS_PER_REQUEST = 100;

const submissionSchema = z.object({
  responseId: z.string().regex(/^[A-Za-z0-9_\-.:]{1,200}$/, 'must be 1–200 letters, digits, "_", "-", "." or ":"'),
  formKind: z.enum(FORM_KINDS as [FormKind, ...FormKind[]]),
  formId: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/).optional(),
  submittedAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO date and time'),
  answers: z.record(z.string().max(500), z.unknown()),
});

const requestSchema = z.object({
  spreadsheetId: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a spreadsheet ID'),
  submissions: z.array(submissionSchema).min(1).max(MAX_SUBMISSIONS_PER_REQUEST),
});

export interface IntakeRequest {
  spreadsheetId: string;
  submissions: Submission[];
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
    },
  };
}
