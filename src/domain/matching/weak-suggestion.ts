// This file says when a suggestion is weak, and why, so a lone or top suggestion that helps little is not taken on
// trust: it covers none of the consumer's goals, or its score is under the threshold in Settings (default 40).
import { PairEvaluation } from './score-pair';

/** "weak: covers none of the 3 goals; score 17.3 is under 40", or null when the suggestion is not weak. */
export function describeWeakness(evaluation: PairEvaluation, weakBelow: number): string | null {
  const why: string[] = [];
  const { open, covered } = evaluation.facts.goals;
  if (open.length > 0 && covered.length === 0) why.push(open.length === 1 ? 'covers none of the 1 goal' : `covers none of the ${open.length} goals`);
  // Rounded as the suggestion's own score is shown ("score 34", "score 17.3"), so the two read the same.
  if (evaluation.score < weakBelow) why.push(`score ${Math.round(evaluation.score * 10) / 10} is under ${weakBelow}`);
  return why.length ? `weak: ${why.join('; ')}` : null;
}
