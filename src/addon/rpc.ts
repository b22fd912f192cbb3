// This file turns a server function's outcome into what crosses to the sidebar: the JSON result, or {code, message}.
import { isDomainError } from '../domain/errors';
import type { RpcOutcome } from '../shared/rpc-contract';

/**
 * Runs a sidebar call. Results are passed through JSON so only plain data crosses (dates become ISO strings);
 * a domain error keeps its code and sentence, anything else becomes a general message without internals.
 */
export function asRpcResult<T>(run: () => T): RpcOutcome<T> {
  try {
    return { ok: true, value: JSON.parse(JSON.stringify(run())) as T };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`sidebar call failed: ${(error as Error)?.name ?? 'Error'}`);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong. Please try again; if it keeps happening, tell your administrator.' } };
  }
}
