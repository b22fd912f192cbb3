// This file is the setup wizard's first step: which tab and column plays each role, with how sure each match is,
// for the coordinator to confirm or correct (apply-setup.ts saves the confirmed choices).
import { findTabs, mapHeaders } from '../domain/header-mapping';
import { WORKBOOK_SCHEMA } from '../domain/schema';
import { columnLetter } from '../domain/workbook-reader';
import { AppPorts } from './app-ports';
import type { FieldReport } from './check-workbook';
import { loadLayout } from './layout';

export const headerText = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell).trim());

export interface SetupFieldProposal {
  field: string;
  label: string;
  required: boolean;
  header: string | null;
  column: string | null;
  how: FieldReport['how'] | null;
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
}

export interface SetupProposal {
  done: boolean;
  setupAt: string | null;
  tabNames: string[];
  tabs: SetupTabProposal[];
}

/** What Setup would do now: each role's tab and, per field, the proposed column with how sure the match is. */
export function proposeSetup(ports: AppPorts): SetupProposal {
  const layout = loadLayout(ports.store);
  const saved = layout?.mapping;
  const names = ports.workbook.tabNames();
  const assignments = findTabs(names, saved);
  const tabs: SetupTabProposal[] = WORKBOOK_SCHEMA.map((spec) => {
    const tab = assignments.find((a) => a.key === spec.key)?.tab ?? null;
    const base = { key: spec.key, name: spec.name, required: spec.required, tab, create: tab === null };
    if (!tab || spec.fields.length === 0) {
      return { ...base, headers: [], fields: spec.fields.map((f) => ({ field: f.key, label: f.header, required: !!f.required, header: null, column: null, how: null })), missing: [], ambiguous: [], unmapped: [], stale: [] };
    }
    const headers = (ports.workbook.read(tab)[0] ?? []).map(headerText);
    const mapping = mapHeaders(spec, tab, headers, saved?.tabs[spec.key]?.fields);
    return {
      ...base,
      headers: headers.filter((h) => h !== ''),
      fields: spec.fields.map((f) => {
        const match = mapping.matches.find((m) => m.field === f.key);
        return { field: f.key, label: f.header, required: !!f.required, header: match?.header ?? null, column: match ? columnLetter(match.column) : null, how: match?.how ?? null };
      }),
      missing: mapping.missing,
      ambiguous: mapping.ambiguous.map((a) => ({ field: a.field, label: spec.fields.find((f) => f.key === a.field)?.header ?? a.field, headers: a.headers.map((h) => h.header) })),
      unmapped: mapping.unmapped.map((u) => u.header),
      stale: mapping.stale.map((s) => ({ field: s.field, header: s.header })),
    };
  });
  return { done: layout !== null, setupAt: layout?.setupAt ?? null, tabNames: names, tabs };
}
