// This file answers "what can be done with this match now, and what must come first for the rest": the match page
// offers only the steps that can succeed and says, for each one that cannot yet, what to do before it.
import { formatDay } from './dates';
import { REOPEN_FROM, TRANSITIONS } from './lifecycle';
import type { IsoDate, Match } from './model';

export type MatchStep = 'schedule-intro' | 'decide' | 'activate' | 'complete' | 'close' | 'reopen';

export interface MatchSteps {
  /** The steps that can be taken now. */
  ready: MatchStep[];
  /** Steps that come later in this match's life, each with what must come first, in the coordinator's words. */
  waiting: { step: MatchStep; first: string }[];
  /** The earliest start date an activation may give (the intro date); null when activation is not ready. */
  startFrom: IsoDate | null;
}

/** Why activation cannot happen yet, or null when it can (goals with objectives are entered with it). */
function beforeActivation(match: Match, today: IsoDate): string | null {
  if (match.status === 'proposed' || !match.introOn) return 'Schedule the introduction first.';
  if (match.introOn > today) return `The intro meeting is on ${formatDay(match.introOn)}; activate the match once it has happened.`;
  const missing = [match.mentorDecision !== 'yes' ? 'the mentor' : '', match.consumerDecision !== 'yes' ? 'the consumer' : ''].filter(Boolean);
  if (missing.length) return `Record that ${missing.join(' and ')} ${missing.length > 1 ? 'want' : 'wants'} to go on first.`;
  return null;
}

export function matchSteps(match: Match, today: IsoDate): MatchSteps {
  const ready: MatchStep[] = [];
  const waiting: MatchSteps['waiting'] = [];
  if (TRANSITIONS['schedule-intro'].from.includes(match.status)) ready.push('schedule-intro');
  if (TRANSITIONS.decline.from.includes(match.status)) ready.push('decide');
  let startFrom: IsoDate | null = null;
  if (match.status === 'proposed' || match.status === 'intro-scheduled') {
    const first = beforeActivation(match, today);
    if (first) waiting.push({ step: 'activate', first });
    else {
      ready.push('activate');
      startFrom = match.introOn;
    }
  }
  if (TRANSITIONS.complete.from.includes(match.status)) ready.push('complete');
  if (TRANSITIONS.close.from.includes(match.status)) ready.push('close');
  if (REOPEN_FROM.includes(match.status)) ready.push('reopen');
  return { ready, waiting, startFrom };
}
