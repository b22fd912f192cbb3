// This file ranks the mentors for one consumer: every mentor is either excluded by the first hard rule it breaks,
// or scored; the best are returned with their components and reasons. Only the top few get reasons written,
// so ranking thousands of mentors stays fast.
import { Consumer } from '../model';
import { describeReasons, explainComponents } from './describe-reasons';
import { checkConsumer, checkMentorCached, checkPair } from './hard-rules';
import { ConsumerBlock, Exclusion, PairProximity, Suggestion } from './matching-types';
import { MatchingState } from './matching-state';
import { measurePairProximity } from './pair-proximity';
import { evaluatePair, PairEvaluation, viewConsumer } from './score-pair';

export type { Suggestion };

export interface MentorRanking {
  consumerId: string;
  /** Set when the consumer cannot be matched now; then there are no suggestions. */
  blocked: ConsumerBlock | null;
  /** Best first. */
  suggestions: Suggestion[];
  /** Every mentor left out, with the first rule that left them out, in sheet order. */
  excluded: Exclusion[];
}

export const DEFAULT_TOP = 10;

export function rankMentors(consumer: Consumer, state: MatchingState, top = DEFAULT_TOP): MentorRanking {
  const blocked = checkConsumer(consumer, state);
  if (blocked) return { consumerId: consumer.id, blocked, suggestions: [], excluded: [] };
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
  const weights = state.input.settings.weights;
  const suggestions = scored.slice(0, Math.max(0, top)).map(({ mentorIndex, evaluation }) => {
    const components = explainComponents(evaluation, weights);
    return {
      mentorId: mentors[mentorIndex]!.id,
      score: evaluation.score,
      distanceKm: evaluation.facts.proximity.distanceKm,
      travelMinutes: evaluation.facts.proximity.travelMinutes,
      reasons: describeReasons(components, evaluation.facts),
      components,
    };
  });
  return { consumerId: consumer.id, blocked: null, suggestions, excluded };
}

/** Higher score first; on a tie, the shorter trip, then more goals covered. */
function compareEvaluations(a: PairEvaluation, b: PairEvaluation): number {
  if (a.score !== b.score) return b.score - a.score;
  const tripA = a.facts.proximity.travelMinutes ?? Infinity;
  const tripB = b.facts.proximity.travelMinutes ?? Infinity;
  if (tripA !== tripB) return tripA - tripB;
  return b.facts.goals.covered.length - a.facts.goals.covered.length;
}
