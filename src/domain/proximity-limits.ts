// This file holds the proximity service's cost limits, shared by the function that enforces them and the add-on that
// batches within them. Every origin–destination pair can cost a billable Routes API element, so pairs are capped.

/** Origins plus destinations in one request (the function's PROXIMITY_MAX_LOCATIONS default). */
export const MAX_PROXIMITY_LOCATIONS = 1000;
/** Origins × destinations in one request: 16 Routes matrix requests of 625 elements at most. */
export const MAX_PROXIMITY_PAIRS = 10_000;
/** Origins × destinations one caller may ask for in a minute, across requests. */
export const MAX_PROXIMITY_PAIRS_PER_MINUTE = 50_000;
