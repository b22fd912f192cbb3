// This file is the setup wizard's first step: which tab and column plays each role, with how sure each match is,
// for the coordinator to confirm or correct (apply-setup.ts saves the confirmed choices).
import { DomainError } from '../domain/errors';
import { findTabs, mapHeaders, MATCH_HOW_LABELS, SavedTab } from '../domain/header-mapping';
import { INTERNAL_TAB_NAMES, isMatchingField, TabSpec, tabSpec, WORKBOOK_SCHEMA } from '../domain/schema';
import type { Cell } from '../domain/values';
import { columnLetter, findHeaderRow } from '../domain/workbook-reader';
import { AppPorts } from './app-ports';
import { checkWorkbook, FieldReport, WorkbookCheck } from './check-workbook';
import { loadLayout } from './layout';

/** Titles and instructions above the headers are a few rows at most. */
export const HEADER_ROW_LIMIT = 20;

export const headerText = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell).trim());

export interface SetupFieldProposal {
  field: string;
  label: string;
  required: boolean;
  header: string | null;
  column: string | null;
  how: FieldReport['how'] | null;
  /** How the column was found, in honest words: exact header, common wording, a guess to check, your saved choice. */
  howLabel: string | null;
  /** Setup's step for the field: what matching needs, or optional (collapsed). */
  step: 'matching' | 'optional';
}

export interface SetupTabProposal {
  key: string;
  /** The name Setup gives the tab when it creates it. */
  name: string;
  required: boolean;
  /** The workbook tab proposed for this role, or null (Setup creates it). */
  tab: string | null;
  create: boolean;
  headers: string[];
  fields: SetupFieldProposal[];
  missing: string[];
  ambiguous: { field: string; label: string; headers: string[] }[];
  unmapped: string[];
  stale: { field: string; header: string }[];
  /** 1-based row of the headers; `headerRowSure` false when Setup must ask which row holds them. */
  headerRow: number;
  headerRowSure: boolean;
  otherPerson: string[];
  nameChoice: { full: string; first: string; last: string } | null;
  /** Saved values for fields the tab has no column for. */
  defaults: Record<string, string>;
}

export interface SetupProposal {
  done: boolean;
  setupAt: string | null;
  /** The tabs a role may be given: every tab but the add-on's own hidden ones. */
  tabNames: string[];
  tabs: SetupTabProposal[];
  /** Can the coordinator match today with the saved setup (or, before the first save, with the proposal)? */
  readiness: WorkbookCheck['readiness'];
}

/** One role's proposal on a tab (null: Setup creates it): the header row and, per field, the column and how sure. */
function proposeTab(spec: TabSpec, tab: string | null, grid: Cell[][], savedTab: SavedTab | undefined): SetupTabProposal {
  const base = { key: spec.key, name: spec.name, required: spec.required, tab, create: tab === null, defaults: savedTab?.defaults ?? {} };
  const step = (field: string): 'matching' | 'optional' => (isMatchingField(spec.key, field) ? 'matching' : 'optional');
  if (!tab || spec.fields.length === 0) {
    return {
      ...base, headers: [], missing: [], ambiguous: [], unmapped: [], stale: [], headerRow: 1, headerRowSure: true, otherPerson: [], nameChoice: null,
      fields: spec.fields.map((f) => ({ field: f.key, label: f.header, required: !!f.required, header: null, column: null, how: null, howLabel: null, step: step(f.key) })),
    };
  }
  const headerRow = findHeaderRow(spec, grid, savedTab);
  const headers = (grid[headerRow.row] ?? []).map(headerText);
  const mapping = mapHeaders(spec, tab, headers, savedTab?.fields);
  return {
    ...base,
    headers: headers.filter((h) => h !== ''),
    headerRow: headerRow.row + 1,
    headerRowSure: headerRow.sure,
    fields: spec.fields.map((f) => {
      const match = mapping.matches.find((m) => m.field === f.key);
      return {
        field: f.key, label: f.header, required: !!f.required, header: match?.header ?? null, column: match ? columnLetter(match.column) : null,
        how: match?.how ?? null, howLabel: match ? MATCH_HOW_LABELS[match.how] : null, step: step(f.key),
      };
    }),
    missing: mapping.missing,
    ambiguous: mapping.ambiguous.map((a) => ({ field: a.field, label: spec.fields.find((f) => f.key === a.field)?.header ?? a.field, headers: a.headers.map((h) => h.header) })),
    unmapped: mapping.unmapped.map((u) => u.header),
    stale: mapping.stale.map((s) => ({ field: s.field, header: s.header })),
    otherPerson: mapping.otherPerson.map((o) => o.header),
    nameChoice: mapping.nameChoice ? { full: mapping.nameChoice.full.header, first: mapping.nameChoice.first.header, last: mapping.nameChoice.last.header } : null,
  };
}

/**
 * What Setup proposes for one role when the coordinator chooses another tab (or another header row) for it, so the
 * column lists and guesses follow the tab. The saved columns count only on the tab they were saved for.
 */
export function proposeSetupTab(ports: AppPorts, request: { role: string; tab: string; headerRow?: number | null }): SetupTabProposal {
  const spec = WORKBOOK_SCHEMA.find((s) => s.key === request?.role);
  const names = ports.workbook.tabNames().filter((name) => !INTERNAL_TAB_NAMES.includes(name));
  const headerRow = request?.headerRow;
  if (!spec || typeof request.tab !== 'string' || (headerRow !== undefined && headerRow !== null && !(Number.isInteger(headerRow) && headerRow >= 1 && headerRow <= HEADER_ROW_LIMIT))) {
    throw new DomainError('SETUP.BAD_INPUT', 'The tab choice was not understood; reopen Setup and try again.');
  }
  if (request.tab === '') return proposeTab(spec, null, [], undefined);
  if (!names.includes(request.tab)) throw new DomainError('SETUP.NO_SUCH_TAB', `There is no tab named "${request.tab}"; reopen Setup to see the current tabs.`);
  const saved = loadLayout(ports.store)?.mapping.tabs[spec.key];
  const savedHere = saved?.tab === request.tab ? saved : undefined;
  const choice = headerRow ? { tab: request.tab, fields: headerRow === savedHere?.headerRow ? savedHere.fields : {}, headerRow } : savedHere;
  return proposeTab(spec, request.tab, ports.workbook.read(request.tab), choice);
}

/** What Setup would do now: each role's tab and, per field, the proposed column with how sure the match is. */
export function proposeSetup(ports: AppPorts): SetupProposal {
  const layout = loadLayout(ports.store);
  const saved = layout?.mapping;
  const names = ports.workbook.tabNames().filter((name) => !INTERNAL_TAB_NAMES.includes(name));
  const assignments = findTabs(names, saved);
  const grids = new Map(names.map((name) => [name, ports.workbook.read(name)]));
  const tabs = WORKBOOK_SCHEMA.map((spec) => {
    const tab = assignments.find((a) => a.key === spec.key)?.tab ?? null;
    return proposeTab(spec, tab, tab ? grids.get(tab)! : [], saved?.tabs[spec.key]);
  });
  const source = { tabNames: () => names, read: (name: string) => grids.get(name) ?? [] };
  const readiness = checkWorkbook(source, saved, ports.clock.today()).readiness;
  return { done: layout !== null, setupAt: layout?.setupAt ?? null, tabNames: names, tabs, readiness };
}
