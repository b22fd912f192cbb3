// This file plans matches for everyone waiting at once: the set of allowed (consumer, mentor) pairs with the
// highest total score, each consumer at most one mentor and each mentor at most their free places. It is a true
// optimum, not a greedy pass: a mentor may go to their second-best consumer when that lets more people be matched
// well. In batch mode the score also counts how long the consumer has waited, and among plans with the same total
// the one that matches consumers who have waited longer wins. The solving happens on a compact problem
// (planning-problem.ts, solve-planning.ts), here or in the `plan` Cloud Function; reasons are written here, for the
// chosen pairs only.
import { RuleCode, Suggestion } from './matching-types';
import { MatchingState } from './matching-state';
import { measurePairProximity } from './pair-proximity';
import { buildPlanningPool, PlanningProblem } from './planning-problem';
import { toSuggestion } from './rank-mentors';
import { evaluatePair, viewConsumer } from './score-pair';
import { PlanningSolution, solvePlanning } from './solve-planning';

export interface Proposal extends Suggestion {
  consumerId: string;
}

export interface UnmatchedConsumer {
  consumerId: string;
  /** 'no-allowed-mentor', 'outscored' or the consumer rule that keeps them out. */
  kind: 'no-allowed-mentor' | 'outscored' | 'not-eligible';
  reason: string;
}

export interface AssignmentPlan {
  proposals: Proposal[];
  /** Sum of the proposals' scores. */
  totalScore: number;
  unmatched: UnmatchedConsumer[];
}

/** Solves a planning problem: solvePlanning here, or the `plan` Cloud Function for pools past the add-on's limits. */
export type PlanningSolver = (problem: PlanningProblem) => PlanningSolution;

export function planAssignment(state: MatchingState, solve: PlanningSolver = solvePlanning): AssignmentPlan {
  const { settings } = state.input;
  const pool = buildPlanningPool(state);
  const solution = solve(pool.problem);
  const unmatched: UnmatchedConsumer[] = pool.notEligible.map(({ consumer, reason }) => ({ consumerId: consumer.id, kind: 'not-eligible', reason }));

  const proposals: Proposal[] = solution.pairs.map(({ consumer: row, mentor: column }) => {
    const consumer = pool.consumers[row]!;
    const mentor = pool.mentors[column]!;
    const proximity = measurePairProximity(consumer, mentor, state.lookupZip, state.input.travel);
    const evaluation = evaluatePair(viewConsumer(consumer, state, true), mentor, proximity, state);
    return { consumerId: consumer.id, ...toSuggestion(mentor.id, evaluation, settings) };
  });
  for (const { consumer: row, allowed, rules } of solution.unmatched) {
    const consumerId = pool.consumers[row]!.id;
    if (allowed === 0) {
      unmatched.push({ consumerId, kind: 'no-allowed-mentor', reason: describeNoMentor(new Map(rules)) });
    } else {
      unmatched.push({
        consumerId,
        kind: 'outscored',
        reason: `outscored: ${allowed === 1 ? 'the one mentor allowed is' : `all ${allowed} mentors allowed are`} better used in other matches`,
      });
    }
  }
  proposals.sort((a, b) => b.score - a.score || a.consumerId.localeCompare(b.consumerId));
  const totalScore = Math.round(proposals.reduce((sum, p) => sum + p.score, 0) * 10) / 10;
  return { proposals, totalScore, unmatched };
}

const RULE_WORDS: Record<RuleCode, string> = {
  'MATCH.MENTOR_NOT_ACTIVE': 'not active',
  'MATCH.NOT_TRAINED': 'not trained',
  'MATCH.TRAINING_LAPSED': 'training lapsed',
  'MATCH.NO_CAPACITY': 'no room left',
  'MATCH.SAME_PERSON': 'the same person',
  'MATCH.DECLINED_BEFORE': 'declined before',
  'MATCH.NO_SHARED_LANGUAGE': 'no shared language',
  'MATCH.REQUIRED_PREFERENCE': 'not what the consumer requires',
  'MATCH.TOO_FAR': 'too far',
};

function describeNoMentor(rules: Map<RuleCode, number>): string {
  const parts = [...rules.entries()].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `${count} ${RULE_WORDS[rule]}`);
  return parts.length ? `no allowed mentor (${parts.join(', ')})` : 'no allowed mentor (no mentors on the Mentors tab)';
}
