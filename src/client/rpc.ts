// This file is the sidebar's one typed wrapper over google.script.run: each server function becomes a Promise.
import type { RpcOutcome, ServerApi } from '../shared/rpc-contract';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export class RpcFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** Calls a server function by name. Server errors arrive as {code, message}; transport failures get code NETWORK. */
export function call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((result) => {
        const outcome = result as RpcOutcome<ReturnType<ServerApi[K]>>;
        if (outcome && outcome.ok) resolve(outcome.value);
        else reject(new RpcFailure(outcome?.error?.code ?? 'INTERNAL', outcome?.error?.message ?? 'The add-on gave no answer.'));
      })
      .withFailureHandler((error) => reject(new RpcFailure('NETWORK', `Could not reach the add-on: ${error.message}`)));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
