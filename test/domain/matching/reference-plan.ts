// Test oracle: the batch planner as it was before planning moved to compact typed arrays (one object per pair).
// The property tests check that the compact planner gives exactly the same plans.
import { Consumer, Mentor } from '../../../src/domain/model';
import { checkConsumer, checkMentor, checkPair } from '../../../src/domain/matching/hard-rules';
import { Exclusion, PairProximity, RuleCode, Suggestion } from '../../../src/domain/matching/matching-types';
import { MatchingState } from '../../../src/domain/matching/matching-state';
import { measurePairProximity } from '../../../src/domain/matching/pair-proximity';
import { toSuggestion } from '../../../src/domain/matching/rank-mentors';
import { evaluatePair, PairEvaluation, viewConsumer } from '../../../src/domain/matching/score-pair';
import { solveAssignment } from '../../../src/domain/matching/solve-assignment';

interface Proposal extends Suggestion {
  consumerId: string;
}

interface UnmatchedConsumer {
  consumerId: string;
  /** 'no-allowed-mentor', 'outscored' or the consumer rule that keeps them out. */
  kind: 'no-allowed-mentor' | 'outscored' | 'not-eligible';
  reason: string;
}

interface AssignmentPlan {
  proposals: Proposal[];
  /** Sum of the proposals' scores. */
  totalScore: number;
  unmatched: UnmatchedConsumer[];
}

interface Edge {
  mentorIndex: number;
  evaluation: PairEvaluation;
}

export function planAssignmentReference(state: MatchingState): AssignmentPlan {
  const { consumers, mentors, settings } = state.input;
  const unmatched: UnmatchedConsumer[] = [];
  const waiting: Consumer[] = [];
  for (const consumer of consumers) {
    const block = checkConsumer(consumer, state);
    if (!block) waiting.push(consumer);
    // Someone waiting who is not yet eligible is listed, so the coordinator sees why they are not in the plan.
    else if (block.rule === 'MATCH.CONSUMER_NOT_ELIGIBLE' && (consumer.status === null || consumer.status === 'waiting') && !state.consumersInMatch.has(consumer.id)) {
      unmatched.push({ consumerId: consumer.id, kind: 'not-eligible', reason: block.reason });
    }
  }

  const openMentors: { mentor: Mentor; free: number }[] = [];
  const mentorRules = new Map<RuleCode, number>();
  for (const mentor of mentors) {
    const rule = checkMentor(mentor, state);
    if (rule) mentorRules.set(rule.rule, (mentorRules.get(rule.rule) ?? 0) + 1);
    else openMentors.push({ mentor, free: state.places.get(mentor.id)!.free });
  }

  // Consumers who waited longest get the largest tie-break bonus; it is kept below one score step (0.1) in total.
  const byWait = waiting.map((consumer, index) => ({ consumer, index })).sort((a, b) => compareWaiting(a.consumer, b.consumer) || a.index - b.index);
  const waitRank = new Int32Array(waiting.length);
  byWait.forEach(({ index }, position) => (waitRank[index] = waiting.length - position));
  const n = waiting.length;
  const tieScale = n * (n + 1) / 2 + 1;
  const useTieBreak = 1000 * tieScale * Math.max(1, n) < Number.MAX_SAFE_INTEGER;

  const edgesOf: Edge[][] = [];
  const firstRules: Map<RuleCode, number>[] = [];
  const rowStart = [0];
  const edgeColumn: number[] = [];
  const edgeWeight: number[] = [];
  waiting.forEach((consumer, row) => {
    const view = viewConsumer(consumer, state, true);
    const edges: Edge[] = [];
    const rules = new Map<RuleCode, number>(mentorRules);
    const byMentorZip = new Map<string, PairProximity>();
    openMentors.forEach(({ mentor }, mentorIndex) => {
      const proximity = measurePairProximity(consumer, mentor, state.lookupZip, state.input.travel, byMentorZip);
      const rule: Exclusion | null = checkPair(view, mentor, proximity, state);
      if (rule) {
        rules.set(rule.rule, (rules.get(rule.rule) ?? 0) + 1);
        return;
      }
      const evaluation = evaluatePair(view, mentor, proximity, state);
      edges.push({ mentorIndex, evaluation });
      edgeColumn.push(mentorIndex);
      // Whole tenths of a score point keep the arithmetic exact; the wait rank only separates equal totals.
      const tenths = Math.round(evaluation.score * 10);
      edgeWeight.push(useTieBreak ? tenths * tieScale + waitRank[row]! : tenths);
    });
    edgesOf.push(edges);
    firstRules.push(rules);
    rowStart.push(edgeColumn.length);
  });

  const solution = solveAssignment({
    rows: waiting.length,
    columns: openMentors.length,
    capacity: openMentors.map((m) => m.free),
    rowStart,
    edgeColumn,
    edgeWeight,
  });

  const proposals: Proposal[] = [];
  const takenBy = new Map<number, number>();
  waiting.forEach((consumer, row) => {
    const column = solution.columnOfRow[row]!;
    if (column < 0) return;
    takenBy.set(column, (takenBy.get(column) ?? 0) + 1);
    const edge = edgesOf[row]!.find((e) => e.mentorIndex === column)!;
    proposals.push({ consumerId: consumer.id, ...toSuggestion(openMentors[column]!.mentor.id, edge.evaluation, settings) });
  });
  waiting.forEach((consumer, row) => {
    if (solution.columnOfRow[row]! >= 0) return;
    const edges = edgesOf[row]!;
    if (edges.length === 0) {
      unmatched.push({ consumerId: consumer.id, kind: 'no-allowed-mentor', reason: describeNoMentor(firstRules[row]!) });
    } else {
      const count = edges.length;
      unmatched.push({
        consumerId: consumer.id,
        kind: 'outscored',
        reason: `outscored: ${count === 1 ? 'the one mentor allowed is' : `all ${count} mentors allowed are`} better used in other matches`,
      });
    }
  });
  proposals.sort((a, b) => b.score - a.score || a.consumerId.localeCompare(b.consumerId));
  const totalScore = Math.round(proposals.reduce((sum, p) => sum + p.score, 0) * 10) / 10;
  return { proposals, totalScore, unmatched };
}

/** Earlier request first; a consumer with no request date goes after those with one. */
function compareWaiting(a: Consumer, b: Consumer): number {
  if (a.requestedOn === b.requestedOn) return 0;
  if (a.requestedOn === null) return 1;
  if (b.requestedOn === null) return -1;
  return a.requestedOn < b.requestedOn ? -1 : 1;
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
