// This file decides what the sidebar's live status region says around a server call, so a screen-reader user always
// hears how a call ended: a "Loading…" message is always followed by what loaded, and an action's outcome is said
// after any reload it causes, never cut off by it. No DOM here: the region is reached through `say`.

/** For an action that opens or reloads a view straight away: that view's load says the outcome (pass it as `outcome`). */
export const SAID_BY_NEXT_VIEW = Symbol('said by the next view');

/** What to say once the call has answered: fixed words, or words made from the answer. */
export type Done<T> = string | typeof SAID_BY_NEXT_VIEW | ((result: T) => string | typeof SAID_BY_NEXT_VIEW);

export interface Announcements<T> {
  /** Said while the call runs: "Loading applications…". */
  busy: string;
  /** Said when it answers: "3 waiting for a decision." Required, so no "Loading…" is ever left standing. */
  done: Done<T>;
  /** The outcome of the action that led here ("Application R-1 accepted."), said first in the same final message. */
  outcome?: string;
}

/** The one final message: the earlier action's outcome first, then what this call loaded. */
export function finalMessage(outcome: string | undefined, loaded: string): string {
  return [outcome, loaded].map((part) => part?.trim()).filter(Boolean).join(' ');
}

/**
 * Runs `work`, saying `busy` while it runs and, when it answers, one final message: the outcome that led here and
 * what loaded. On failure the region keeps only that outcome (it did happen; the error box says what failed) and the
 * error is thrown on.
 */
export async function announceAround<T>(say: (text: string) => void, work: () => Promise<T>, messages: Announcements<T>): Promise<T> {
  say(messages.busy);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    say(messages.outcome ?? '');
    throw error;
  }
  const done = typeof messages.done === 'function' ? messages.done(result) : messages.done;
  if (done !== SAID_BY_NEXT_VIEW) say(finalMessage(messages.outcome, done));
  return result;
}
