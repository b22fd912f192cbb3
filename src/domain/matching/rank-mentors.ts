// This file ranks the mentors for one consumer: every mentor is either excluded by the first hard rule it breaks,
// or scored; the best are returned with their components and reasons. Only the top few get reasons written,
// so ranking thousands of mentors stays fast.
import { Consumer } from '../model';
import { describeReasons, explainComponents } from './describe-reasons';
import { checkConsumer, checkMentorCached, checkPair } from './hard-rules';
import { ConsumerBlock, Exclusion, NotShown, PairProximity, Suggestion } from './matching-types';
import { MatchingState } from './matching-state';
import { measurePairProximity } from './pair-proximity';
import { evaluatePair, PairEvaluation, viewConsumer } from './score-pair';
import { Settings } from '../settings';
import { describeWeakness } from './weak-suggestion';

export type { Suggestion };

export interface MentorRanking {
  consumerId: string;
  /** Set when the consumer cannot be matched now; then there are no suggestions. */
  blocked: ConsumerBlock | null;
  /** Best first. */
  suggestions: Suggestion[];
  /** Every mentor left out, with the first rule that left them out, in sheet order. */
  excluded: Exclusion[];
  /** Every mentor allowed and scored but past the top ones shown, best first, with why not. */
  notShown: NotShown[];
}

export const DEFAULT_TOP = 10;

export function rankMentors(consumer: Consumer, state: MatchingState, top = DEFAULT_TOP): MentorRanking {
  const blocked = checkConsumer(consumer, state);
  if (blocked) return { consumerId: consumer.id, blocked, suggestions: [], excluded: [], notShown: [] };
  const view = viewConsumer(consumer, state, false);
  const excluded: Exclusion[] = [];
  const byMentorZip = new Map<string, PairProximity>();
  const scored: { mentorIndex: number; evaluation: PairEvaluation }[] = [];
  const mentors = state.input.mentors;
  for (let i = 0; i < mentors.length; i++) {
    const mentor = mentors[i]!;
    const mentorRule = checkMentorCached(mentor, state);
    if (mentorRule) {
      excluded.push(mentorRule);
      continue;
    }
    const proximity = measurePairProximity(consumer, mentor, state.lookupZip, state.input.travel, byMentorZip);
    const pairRule = checkPair(view, mentor, proximity, state);
    if (pairRule) {
      excluded.push(pairRule);
      continue;
    }
    scored.push({ mentorIndex: i, evaluation: evaluatePair(view, mentor, proximity, state) });
  }
  scored.sort((a, b) => compareEvaluations(a.evaluation, b.evaluation) || a.mentorIndex - b.mentorIndex);
  const shown = scored.slice(0, Math.max(0, top));
  const suggestions = shown.map(({ mentorIndex, evaluation }) => toSuggestion(mentors[mentorIndex]!.id, evaluation, state.input.settings));
  const lastShown = shown[shown.length - 1]?.evaluation.score;
  const notShown = scored.slice(shown.length).map(({ mentorIndex, evaluation }) => ({
    mentorId: mentors[mentorIndex]!.id,
    score: evaluation.score,
    reason: describeNotShown(evaluation.score, lastShown, shown.length),
  }));
  return { consumerId: consumer.id, blocked: null, suggestions, excluded, notShown };
}

/** A scored pair as a suggestion: its score, trip, components with reasons, and whether it is weak. */
export function toSuggestion(mentorId: string, evaluation: PairEvaluation, settings: Pick<Settings, 'weights' | 'weakScoreBelow'>): Suggestion {
  const components = explainComponents(evaluation, settings.weights);
  return {
    mentorId,
    score: evaluation.score,
    distanceKm: evaluation.facts.proximity.distanceKm,
    travelMinutes: evaluation.facts.proximity.travelMinutes,
    reasons: describeReasons(components, evaluation.facts),
    components,
    weakBecause: describeWeakness(evaluation, settings.weakScoreBelow),
  };
}

function describeNotShown(score: number, lastShown: number | undefined, shownCount: number): string {
  if (lastShown === undefined) return `scored ${score.toFixed(1)}; no suggestions were asked for`;
  const shown = shownCount === 1 ? 'the one shown' : `the ${shownCount} shown`;
  if (score < lastShown) return `scored ${score.toFixed(1)}, under ${shown} (lowest shown ${lastShown.toFixed(1)})`;
  return `scored ${score.toFixed(1)}, the same as the lowest shown; ${shown} have a shorter trip or cover more goals`;
}

/** Higher score first; on a tie, the shorter trip, then more goals covered. */
function compareEvaluations(a: PairEvaluation, b: PairEvaluation): number {
  if (a.score !== b.score) return b.score - a.score;
  const tripA = a.facts.proximity.travelMinutes ?? Infinity;
  const tripB = b.facts.proximity.travelMinutes ?? Infinity;
  if (tripA !== tripB) return tripA - tripB;
  return b.facts.goals.covered.length - a.facts.goals.covered.length;
}
