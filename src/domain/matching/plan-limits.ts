// This file holds the figures that decide where a batch plan is worked out and what the `plan` function is given,
// each from the scale benchmark (bench/scale.bench.ts; the figures are in README's "Large programs").

/**
 * Past this many pairs to weigh (consumers waiting × mentors who can take someone), Plan matches goes to the `plan`
 * function when Settings has a functions address. At 2,000 mentors × 10,000 consumers — about 10.5 million pairs —
 * the add-on plans in under a minute in about 100 MB, well inside Apps Script's 6-minute execution limit
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations); the time grows with the
 * allowed pairs, so past about 12 million the margin for the sheet's own reads and writes shrinks.
 */
export const DEFAULT_PLAN_ON_FUNCTIONS_ABOVE = 12_000_000;

/**
 * The largest planning problem the function takes. Cloud Functions (2nd gen) accept requests up to 32 MB
 * (https://cloud.google.com/functions/quotas#resource_limits), and UrlFetchApp sends up to 50 MB per call
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations); a 5,000 × 20,000 pool is
 * about 6 MB.
 */
export const MAX_PLAN_BODY_BYTES = 32 * 1024 * 1024;

/**
 * The function's memory. Planning the 5,000 × 20,000 demo pool (18,437 consumers waiting, 3,216 mentors with room,
 * 32.5 million allowed pairs) peaked at 667 MB resident in the emulator's function worker (`npm run bench --
 * plan-function`). 2 GiB leaves three times that, and is also the size that comes with one whole vCPU; the planner is
 * CPU-bound, and 1 GiB would give it 0.583 of one (https://cloud.google.com/functions/docs/configuring/memory).
 */
export const PLAN_FUNCTION_MEMORY = '2GiB' as const;

/**
 * The function's time limit. The same pool took 51 s from request to answer in the emulator on a shared 2-core machine
 * under heavy load, and 16 s of CPU when solved in one process; five minutes leaves room for a pool several times
 * larger. HTTP functions of the 2nd generation may run up to 60 minutes
 * (https://cloud.google.com/functions/docs/configuring/timeout), but the add-on's UrlFetchApp call waits for the answer
 * and Google documents no time limit for it, so the function has to answer within about a minute to be safe.
 */
export const PLAN_FUNCTION_TIMEOUT_SECONDS = 300;
