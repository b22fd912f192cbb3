// This file is how the sidebar lists the rows an answer left out: the code, the place a coordinator looks, and why.
import { describeLocation, Issue } from '../../domain/errors';
import type { LeftOutRow } from '../../shared/rpc-contract';

export function presentLeftOut(issues: readonly Issue[]): LeftOutRow[] {
  return issues.map((issue) => ({ code: issue.code, where: describeLocation(issue.location), message: issue.message }));
}
