// This file finds personal details in text (logs, summaries, messages), for the tests that prove none got there.

/**
 * The details that occur in `text` as whole tokens, ignoring case. Whole tokens, so the ZIP 99999 is not "found" inside
 * a logged duration like 1223.9210699999999ms, nor the name Ann inside "channel": such checks then fail only on a leak.
 */
export function personalDetailsIn(text: string, details: readonly string[]): string[] {
  const escape = (detail: string) => detail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return details.filter((detail) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(detail)}(?![\\p{L}\\p{N}])`, 'iu').test(text));
}
