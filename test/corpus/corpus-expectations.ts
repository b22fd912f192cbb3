// This file checks a read workbook against the corpus's expectations: the tab and header row for each role, every
// mapped field, numbered columns, columns about another person, the name question, unreadable cells, readiness.
import { MATCH_HOW_LABELS } from '../../src/domain/header-mapping';
import { assessReadiness } from '../../src/domain/readiness';
import { WorkbookModel } from '../../src/domain/workbook-reader';
import { CORPUS_AS_OF, CorpusWorkbook, ExpectedRole } from './corpus-workbooks';

function describeRole(model: WorkbookModel, role: 'mentors' | 'consumers'): ExpectedRole {
  const report = model.tabs.find((t) => t.key === role)!;
  const mapping = report.mapping;
  if (!report.tab || !mapping) return { tab: report.tab };
  const header = (column: number) => mapping.headers[column]!;
  const described: ExpectedRole = {
    tab: report.tab,
    headerRow: mapping.headerRow + 1,
    rows: report.rows,
    fields: Object.fromEntries(mapping.matches.map((m) => [m.field, m.header])),
  };
  const guesses = mapping.matches.filter((m) => MATCH_HOW_LABELS[m.how] === 'a guess to check').map((m) => m.field);
  if (guesses.length) described.guesses = guesses;
  const more = Object.entries(mapping.more).map(([field, columns]) => [field, columns.map(header)] as const);
  if (more.length) described.more = Object.fromEntries(more);
  if (mapping.otherPerson.length) described.otherPerson = mapping.otherPerson.map((o) => o.header);
  if (mapping.nameChoice) described.asksName = true;
  return described;
}

/** What the corpus records for a workbook, read back from a model, so a mismatch shows as one readable diff. */
export function describeReading(model: WorkbookModel, workbook: CorpusWorkbook, saved = false) {
  const readiness = assessReadiness(model, CORPUS_AS_OF);
  return {
    mentors: describeRole(model, 'mentors'),
    consumers: describeRole(model, 'consumers'),
    unreadable: model.issues.filter((i) => i.code === 'VALUE.UNREADABLE').map((i) => [i.location.tab, i.location.row, i.location.column]),
    readiness: {
      ready: readiness.ready,
      mentorsSuggestable: readiness.mentorsSuggestable,
      consumersWaitingEligible: readiness.consumersWaitingEligible,
      blockers: readiness.blockers.map((b) => b.code),
    },
    ...(workbook.expected.fixedBy && !saved ? { fixedBy: workbook.expected.fixedBy } : {}),
  };
}
