// This file defines a problem found in one answer, and how a list of them reads in the Issues column.
// Messages may quote what the applicant typed: they go to the sheet for the coordinator, never to logs.
import type { ErrorCode } from '../error-codes';

export interface IntakeIssue {
  /** Stable code (INTAKE.BAD_ZIP); safe to log and count. */
  code: ErrorCode;
  /** The question's short name as the coordinator knows it ("ZIP", "Phone"). */
  field: string;
  /** A sentence the coordinator understands. */
  message: string;
}

/** At most this many issues are spelled out per field; the rest are counted, so the cell stays readable. */
const MAX_PER_FIELD = 5;

/** "ZIP: "5510" is not a ZIP code …; Phone: missing" — one line per issue, grouped by field. */
export function describeIssues(issues: readonly IntakeIssue[]): string {
  const shown = new Map<string, number>();
  const lines: string[] = [];
  const hidden = new Map<string, number>();
  for (const issue of issues) {
    const count = shown.get(issue.field) ?? 0;
    if (count < MAX_PER_FIELD) {
      lines.push(`${issue.field}: ${issue.message}`);
      shown.set(issue.field, count + 1);
    } else {
      hidden.set(issue.field, (hidden.get(issue.field) ?? 0) + 1);
    }
  }
  for (const [field, count] of hidden) lines.push(`${field}: ${count} more like these`);
  return lines.join('\n');
}
