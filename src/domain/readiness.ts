// This file answers "can I match today, and if not, why?": how many mentors can be suggested, how many consumers are
// waiting and eligible, and for each blocker one sentence saying how to fix it, with the control that applies it.
import { CellLocation } from './errors';
import { checkConsumer, checkMentor } from './matching/hard-rules';
import { prepareMatching } from './matching/matching-state';
import { ConsumerRuleCode, RuleCode } from './matching/matching-types';
import { IsoDate } from './model';
import { TabKey, tabSpec } from './schema';
import { readSettings } from './settings';
import { columnLetter, TabReport, WorkbookModel } from './workbook-reader';

/** What the coordinator can do about a blocker, where the sidebar offers a control for it. */
export type ReadinessAction =
  | { kind: 'create-tab'; role: TabKey }
  | { kind: 'choose-column'; role: TabKey; field: string }
  | { kind: 'choose-header-row'; role: TabKey }
  /** Fill a field for every row with no column for it (or a blank cell): "everyone on this tab is eligible". */
  | { kind: 'set-default'; role: TabKey; field: string; value: string; label: string }
  | { kind: 'go-to-cells' };

export type BlockerCode =
  | 'READY.NO_TAB'
  | 'READY.MISSING_FIELD'
  | 'READY.HEADER_ROW'
  | 'READY.NAME_CHOICE'
  | 'READY.AMBIGUOUS_COLUMN'
  | 'READY.NO_ELIGIBILITY_COLUMN'
  | 'READY.NO_CAPACITY_COLUMN'
  | 'READY.NO_TRAINING_DATES'
  | 'READY.NO_MENTORS'
  | 'READY.NO_CONSUMERS'
  | 'READY.NO_MENTOR_SUGGESTABLE'
  | 'READY.NO_CONSUMER_WAITING'
  | 'READY.UNREADABLE_VALUES';

export interface Blocker {
  code: BlockerCode;
  /** True when nobody can be matched until it is fixed; false for something to check that does not stop matching. */
  blocks: boolean;
  message: string;
  /** One sentence: what to do. */
  fix: string;
  action: ReadinessAction | null;
  /** Cells to look at (each unreadable value with why, the header row...), for Go to cell. */
  cells: (CellLocation & { note?: string })[];
}

export interface Readiness {
  /** True when at least one mentor can be suggested to at least one waiting, eligible consumer. */
  ready: boolean;
  mentors: number;
  mentorsSuggestable: number;
  consumers: number;
  consumersWaitingEligible: number;
  blockers: Blocker[];
}

const MENTOR_RULE_WORDS: Partial<Record<RuleCode, string>> = {
  'MATCH.MENTOR_NOT_ACTIVE': 'not active',
  'MATCH.NOT_TRAINED': 'without initial training recorded',
  'MATCH.TRAINING_LAPSED': 'with ongoing training lapsed',
  'MATCH.NO_CAPACITY': 'with no place left',
};
const CONSUMER_RULE_WORDS: Record<ConsumerRuleCode, string> = {
  'MATCH.CONSUMER_NOT_ELIGIBLE': 'not marked ADA eligible',
  'MATCH.CONSUMER_HAS_MATCH': 'already in a match',
  'MATCH.CONSUMER_NOT_WAITING': 'not waiting',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function countBy<K extends string>(codes: readonly K[], words: Partial<Record<K, string>>): string {
  const counts = new Map<K, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${n} ${words[code] ?? code}`).join(', ');
}

/** Problems with how a role's tab is read: missing tab or fields, an unsure header row, questions to answer. */
function layoutBlockers(report: TabReport | undefined, role: TabKey): Blocker[] {
  const spec = tabSpec(role);
  const what = spec.name.toLowerCase();
  if (!report || report.tab === null) {
    return [{
      code: 'READY.NO_TAB', blocks: true, message: `No tab holds your ${what}.`,
      fix: `Choose the tab that holds your ${what}, or create a ${spec.name} tab with the default headers.`,
      action: { kind: 'create-tab', role }, cells: [],
    }];
  }
  const mapping = report.mapping;
  if (!mapping) return [];
  const tab = report.tab;
  const headerCell = { tab, row: mapping.headerRow + 1 };
  const blockers: Blocker[] = [];
  if (!report.headerRowSure) {
    blockers.push({
      code: 'READY.HEADER_ROW', blocks: true, message: `The column headers of ${tab} were not found.`,
      fix: `Choose the row of ${tab} that holds the column headers.`, action: { kind: 'choose-header-row', role }, cells: [headerCell],
    });
  }
  for (const need of mapping.missing) {
    const field = spec.fields.find((f) => f.header === need)?.key ?? spec.requiredOneOf?.find((n) => n.need === need)?.options[0]?.[0] ?? need;
    blockers.push({
      code: 'READY.MISSING_FIELD', blocks: true, message: `${tab} has no column for ${need}.`,
      fix: `Choose the column of ${tab} that holds ${need}, or add one.`, action: { kind: 'choose-column', role, field }, cells: [headerCell],
    });
  }
  if (mapping.nameChoice) {
    const { full, first, last } = mapping.nameChoice;
    blockers.push({
      code: 'READY.NAME_CHOICE', blocks: false,
      message: `${tab} has both '${full.header}' and '${first.header}' + '${last.header}'; '${first.header}' + '${last.header}' are used for now.`,
      fix: 'Choose which columns hold the name.', action: { kind: 'choose-column', role, field: 'name' }, cells: [headerCell],
    });
  }
  for (const ambiguity of mapping.ambiguous) {
    const label = spec.fields.find((f) => f.key === ambiguity.field)?.header ?? ambiguity.field;
    blockers.push({
      code: 'READY.AMBIGUOUS_COLUMN', blocks: false,
      message: `More than one column of ${tab} could be ${label}: ${ambiguity.headers.map((h) => `'${h.header}' (${columnLetter(h.column)})`).join(', ')}; none is used.`,
      fix: `Choose the column for ${label}.`, action: { kind: 'choose-column', role, field: ambiguity.field }, cells: [headerCell],
    });
  }
  return blockers;
}

/** The readiness of a read workbook as of a date. Settings come from the workbook's Settings tab. */
export function assessReadiness(model: WorkbookModel, asOf: IsoDate): Readiness {
  const report = (role: TabKey) => model.tabs.find((t) => t.key === role);
  const blockers: Blocker[] = [...layoutBlockers(report('mentors'), 'mentors'), ...layoutBlockers(report('consumers'), 'consumers')];
  const mentorsTab = report('mentors');
  const consumersTab = report('consumers');
  const readable = (t: TabReport | undefined) => !!t?.tab && !!t.mapping && t.mapping.missing.length === 0;

  const { settings } = readSettings(model.settings);
  const state = prepareMatching({
    mentors: model.mentors, consumers: model.consumers, goals: model.goals, matches: model.matches, sessions: model.trainings,
    attendance: model.attendance, settings, asOf, lookupZip: () => undefined,
  });
  const mentorRules = model.mentors.map((m) => checkMentor(m, state)?.rule ?? null);
  const consumerRules = model.consumers.map((c) => checkConsumer(c, state)?.rule ?? null);
  const mentorsSuggestable = mentorRules.filter((r) => r === null).length;
  const consumersWaitingEligible = consumerRules.filter((r) => r === null).length;

  if (readable(consumersTab)) {
    const tab = consumersTab!.tab!;
    const mapping = consumersTab!.mapping!;
    const eligibilityDefault = consumersTab!.defaults?.adaEligible;
    if (mapping.columns.adaEligible === undefined && eligibilityDefault === undefined) {
      blockers.push({
        code: 'READY.NO_ELIGIBILITY_COLUMN', blocks: true,
        message: `${tab} has no column saying who is eligible (has a disability under the Americans with Disabilities Act, ADA), so no consumer can be matched.`,
        fix: `Choose the column that records eligibility under the Americans with Disabilities Act (ADA), or say that everyone on ${tab} is eligible.`,
        action: { kind: 'set-default', role: 'consumers', field: 'adaEligible', value: 'yes', label: `Everyone on ${tab} is eligible under the Americans with Disabilities Act (ADA)` },
        cells: [{ tab, row: mapping.headerRow + 1 }],
      });
    }
    if (model.consumers.length === 0) {
      blockers.push({ code: 'READY.NO_CONSUMERS', blocks: true, message: `${tab} has no consumers yet.`, fix: `Add the people waiting for a mentor to ${tab}, one per row.`, action: null, cells: [] });
    } else if (consumersWaitingEligible === 0 && mapping.columns.adaEligible !== undefined) {
      const column = mapping.headers[mapping.columns.adaEligible]!;
      blockers.push({
        code: 'READY.NO_CONSUMER_WAITING', blocks: true,
        message: `No consumer can be matched: ${countBy(consumerRules.filter((r): r is ConsumerRuleCode => r !== null), CONSUMER_RULE_WORDS)}.`,
        fix: `Mark Yes in '${column}' for each consumer who is ADA eligible, and leave Status blank or "waiting" for those who need a mentor.`,
        action: null, cells: [],
      });
    } else if (consumersWaitingEligible === 0 && eligibilityDefault !== undefined) {
      blockers.push({
        code: 'READY.NO_CONSUMER_WAITING', blocks: true,
        message: `No consumer can be matched: ${countBy(consumerRules.filter((r): r is ConsumerRuleCode => r !== null), CONSUMER_RULE_WORDS)}.`,
        fix: 'Leave Status blank or "waiting" for the consumers who need a mentor.', action: null, cells: [],
      });
    }
  }

  if (readable(mentorsTab)) {
    const tab = mentorsTab!.tab!;
    const mapping = mentorsTab!.mapping!;
    if (mapping.columns.maxMentees === undefined && mentorsTab!.defaults?.maxMentees === undefined) {
      blockers.push({
        code: 'READY.NO_CAPACITY_COLUMN', blocks: false,
        message: `${tab} has no column for how many consumers each mentor can take, so each mentor is given 1 place.`,
        fix: 'Choose the column that holds each mentor\'s capacity, or set how many consumers every mentor can take.',
        action: { kind: 'set-default', role: 'mentors', field: 'maxMentees', value: '1', label: `Every mentor on ${tab} can take this many consumers` },
        cells: [{ tab, row: mapping.headerRow + 1 }],
      });
    }
    if (model.mentors.length === 0) {
      blockers.push({ code: 'READY.NO_MENTORS', blocks: true, message: `${tab} has no mentors yet.`, fix: `Add your mentors to ${tab}, one per row.`, action: null, cells: [] });
    } else if (mentorsSuggestable === 0) {
      const untrained = mentorRules.every((r) => r === 'MATCH.NOT_TRAINED');
      const noDates = mapping.columns.initialTrainingOn === undefined && model.trainings.length === 0;
      blockers.push(
        untrained && noDates
          ? {
            code: 'READY.NO_TRAINING_DATES', blocks: true,
            message: `No mentor can be suggested: nothing records when mentors took the Initial Peer Mentor Training.`,
            fix: `Choose the column of ${tab} that holds each mentor's initial training date, or record the training on the Trainings tab.`,
            action: { kind: 'choose-column', role: 'mentors', field: 'initialTrainingOn' }, cells: [{ tab, row: mapping.headerRow + 1 }],
          }
          : {
            code: 'READY.NO_MENTOR_SUGGESTABLE', blocks: true,
            message: `No mentor can be suggested: ${plural(model.mentors.length, 'mentor')}, ${countBy(mentorRules.filter((r): r is RuleCode => r !== null), MENTOR_RULE_WORDS)}.`,
            fix: 'Record training dates and attendance on the Trainings tab, mark mentors active, or raise a mentor\'s capacity.',
            action: null, cells: [],
          },
      );
    }
  }

  const unreadable = model.issues.filter((issue) => issue.code === 'VALUE.UNREADABLE');
  if (unreadable.length > 0) {
    blockers.push({
      code: 'READY.UNREADABLE_VALUES', blocks: false,
      message: `${plural(unreadable.length, 'value')} could not be read; each is left out until it is fixed.`,
      fix: 'Go to each cell and type the value the way the message says.', action: { kind: 'go-to-cells' },
      cells: unreadable.map((issue) => ({ ...issue.location, note: issue.message })),
    });
  }

  return {
    ready: mentorsSuggestable > 0 && consumersWaitingEligible > 0 && !blockers.some((b) => b.blocks),
    mentors: model.mentors.length,
    mentorsSuggestable,
    consumers: model.consumers.length,
    consumersWaitingEligible,
    blockers,
  };
}
