// This file sends submissions to the intake function over an injected HTTP call with the user's Google ID token and
// reads its per-submission answer. No answer text is ever put in an error or a log. Each request carries the
// coordinator's saved mapping of the intake's tabs, so the function finds their columns as the add-on does.
import type { SavedMapping } from '../../domain/header-mapping';
import type { Submission } from '../../domain/intake/submission';
import type { HttpPost } from '../../ports/http.port';
import type { IntakeSenderPort, SendOutcome } from '../../ports/intake.port';

export interface IntakeSenderOptions {
  url: string;
  spreadsheetId: string;
  post: HttpPost;
  idToken: () => string;
  /** The saved mapping of the intake's tabs (intakeMappingOf); undefined before Setup. */
  mapping?: () => SavedMapping | undefined;
}

export function createIntakeSender(options: IntakeSenderOptions): IntakeSenderPort {
  return {
    send(submissions: readonly Submission[]): SendOutcome {
      const ids = submissions.map((submission) => submission.responseId);
      if (!/^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(options.url)) return { delivered: [], retry: ids, refused: [], code: 'NO_INTAKE_URL' };
      const reply = options.post(options.url, {
        headers: { Authorization: `Bearer ${options.idToken()}` },
        body: JSON.stringify({ spreadsheetId: options.spreadsheetId, submissions, mapping: options.mapping?.() }),
      });
      if (reply.status === 400) return { delivered: [], retry: [], refused: ids, code: 'HTTP_400' };
      if (reply.status !== 200 && reply.status !== 207 && reply.status !== 503) return { delivered: [], retry: ids, refused: [], code: `HTTP_${reply.status}` };
      let results: { responseId?: string; result?: string; retry?: boolean }[] = [];
      try {
        results = (JSON.parse(reply.body) as { results?: typeof results }).results ?? [];
      } catch {
        return { delivered: [], retry: ids, refused: [], code: 'BAD_ANSWER' };
      }
      const outcome: SendOutcome = { delivered: [], retry: [], refused: [], code: `HTTP_${reply.status}` };
      const byId = new Map(results.map((result) => [result.responseId, result]));
      for (const id of ids) {
        const result = byId.get(id);
        // "in-progress": another delivery claimed it and may have died mid-write; only a later answer says it landed.
        if (result && ['written', 'already'].includes(result.result ?? '')) outcome.delivered.push(id);
        else if (result && result.result === 'failed' && result.retry === false) outcome.refused.push(id);
        else outcome.retry.push(id);
      }
      return outcome;
    },
  };
}
