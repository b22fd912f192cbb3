// This file writes the plain-language reasons for a scored pair from the same facts the score was computed from,
// one per component that applies, then the mentor's training currency. Reasons never carry names, contact details
// or addresses: only goal areas, distances, free times, languages and record facts.
import { describeSlots } from '../availability';
import { formatDay } from '../dates';
import { GoalArea, goalAreaLabel } from '../goal-areas';
import { COMPONENT_KEYS, ComponentKey, MissingSide, ScoreComponent } from './matching-types';
import { describeProximity } from './pair-proximity';
import { PairEvaluation, PairFacts } from './score-pair';
import { Settings } from '../settings';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "for the mentor", "for the consumer", "for either": whose data is missing. */
const forWhom = (missing: MissingSide) => (missing === 'both' || missing === null ? 'for either' : `for the ${missing}`);
const areaList = (areas: readonly GoalArea[]) => areas.map((area) => goalAreaLabel(area).toLowerCase()).join(', ');

export function describeComponent(key: ComponentKey, facts: PairFacts): string {
  switch (key) {
    case 'goals': {
      const { open, covered } = facts.goals;
      if (covered.length === 0) return `covers none of the ${plural(open.length, 'goal')} (${areaList(open)})`;
      return `covers ${covered.length} of ${plural(open.length, 'goal')}: ${areaList(covered)}`;
    }
    case 'proximity':
      return describeProximity(facts.proximity);
    case 'availability':
      if (!facts.availability.known) return `free times not recorded ${forWhom(facts.availability.missing)}`;
      return facts.availability.shared.length ? `both free ${describeSlots(facts.availability.shared)}` : 'no free times in common';
    case 'language': {
      const { known, shared, sharesFirst, consumerFirst } = facts.language;
      if (!known) return `languages not recorded ${forWhom(facts.language.missing)}`;
      if (sharesFirst) return `both use ${shared[0]}`;
      return `both use ${shared.join(', ')} (consumer's first language is ${consumerFirst})`;
    }
    case 'preferences': {
      const { wanted, mentorGender } = facts.preference!;
      if (mentorGender === null) return `asked for a ${wanted.gender} mentor; mentor's gender not recorded`;
      return mentorGender === wanted.gender ? `a ${wanted.gender} mentor, as asked` : `asked for a ${wanted.gender} mentor; this mentor is not`;
    }
    case 'livedExperience':
      return facts.lived.shared.length
        ? `shares lived experience: ${facts.lived.shared.join(', ')}`
        : `no shared lived experience (asked for: ${facts.lived.wanted.join(', ')})`;
    case 'load': {
      const { capacity, taken, free } = facts.places;
      return taken === 0 ? `no mentees yet (room for ${capacity})` : `room for ${free} more (${taken} of ${capacity} places taken)`;
    }
    case 'waiting':
      return facts.waitingDays === null || facts.waitingDays === undefined ? 'request date not recorded' : `waiting ${plural(facts.waitingDays, 'day')}`;
  }
}

export function describeTraining(facts: PairFacts): string | null {
  const training = facts.training;
  if (!training?.currentUntil) return null;
  return training.status === 'due-soon'
    ? `training due soon (current until ${formatDay(training.currentUntil)})`
    : `training current until ${formatDay(training.currentUntil)}`;
}

/** The components with weight, value and reason, in a fixed order. */
export function explainComponents(evaluation: PairEvaluation, weights: Settings['weights']): ScoreComponent[] {
  return COMPONENT_KEYS.filter((key) => evaluation.values[key] !== undefined).map((key) => ({
    key,
    value: Math.round(evaluation.values[key]! * 1000) / 1000,
    weight: weights[key],
    reason: describeComponent(key, evaluation.facts),
  }));
}

/** The reasons a coordinator reads: every component's reason, then the mentor's training currency. */
export function describeReasons(components: readonly ScoreComponent[], facts: PairFacts): string[] {
  const reasons = components.map((component) => component.reason);
  const training = describeTraining(facts);
  if (training) reasons.push(training);
  return reasons;
}
