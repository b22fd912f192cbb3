// This file applies the coordinator's confirmed setup: save the mapping, create only the missing tabs (frozen
// headers, dropdowns), add an ID column where a people tab has none (at the end, moving nothing), and give every row
// an ID.
import { DomainError } from '../domain/errors';
import { mapHeaders, SavedMapping } from '../domain/header-mapping';
import { idAllocator } from '../domain/ids';
import { dropdownChoices } from '../domain/mappers/cell-values';
import { TabKey, tabSpec, WORKBOOK_SCHEMA } from '../domain/schema';
import { isBlank } from '../domain/values';
import { ActionSession } from './action-session';
import { AppPorts } from './app-ports';
import { checkWorkbook, WorkbookCheck } from './check-workbook';
import { saveLayout } from './layout';
import { addWrittenColumns } from './upgrade-layout';
import { HEADER_ROW_LIMIT, headerText } from './propose-setup';

/**
 * The coordinator's confirmed choices: per role, the tab ('' = create it), field → header ('' = none), the 1-based row
 * of the headers when titles sit above them, and values for fields the tab has no column for ("everyone is eligible").
 */
export interface SetupChoices {
  tabs: Record<string, { tab: string; fields: Record<string, string>; headerRow?: number; defaults?: Record<string, string> }>;
}

export interface SetupResult {
  created: string[];
  addedColumns: string[];
  idsAssigned: number;
  check: WorkbookCheck;
}

function validateChoices(choices: SetupChoices, names: readonly string[], headersOf: (tab: string, headerRow: number) => string[]): SavedMapping {
  if (!choices || typeof choices !== 'object' || !choices.tabs || typeof choices.tabs !== 'object') {
    throw new DomainError('SETUP.BAD_INPUT', 'The setup choices were not understood; reopen Setup and try again.');
  }
  const mapping: SavedMapping = { version: 1, tabs: {} };
  const usedTabs = new Set<string>();
  for (const spec of WORKBOOK_SCHEMA) {
    const choice = choices.tabs[spec.key];
    const tab = typeof choice?.tab === 'string' && choice.tab !== '' ? choice.tab : null;
    // No tab chosen: Setup creates the role's tab with the default headers (a blank workbook can be set up too).
    if (!tab) continue;
    if (!names.includes(tab)) throw new DomainError('SETUP.NO_SUCH_TAB', `There is no tab named "${tab}"; reopen Setup to see the current tabs.`);
    if (usedTabs.has(tab)) throw new DomainError('SETUP.TAB_TWICE', `The tab "${tab}" was chosen for two roles; each role needs its own tab.`);
    usedTabs.add(tab);
    if (spec.fields.length === 0) {
      mapping.tabs[spec.key] = { tab, fields: {} };
      continue;
    }
    const headerRow = choice?.headerRow ?? 1;
    if (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > HEADER_ROW_LIMIT) {
      throw new DomainError('SETUP.BAD_HEADER_ROW', `The header row of ${tab} must be a row number from 1 to ${HEADER_ROW_LIMIT}.`);
    }
    const headers = headersOf(tab, headerRow);
    const defaults = validDefaults(spec.key, tab, choice?.defaults);
    const fields: Record<string, string> = {};
    const usedHeaders = new Set<string>();
    for (const [field, header] of Object.entries(choice?.fields ?? {})) {
      if (typeof header !== 'string' || header === '') continue;
      const fieldSpec = spec.fields.find((f) => f.key === field);
      if (!fieldSpec) continue;
      if (!headers.includes(header)) throw new DomainError('SETUP.NO_SUCH_COLUMN', `column '${header}' on ${tab} was not found; reopen Setup to see the current columns.`);
      if (usedHeaders.has(header)) throw new DomainError('SETUP.COLUMN_TWICE', `column '${header}' on ${tab} was chosen for two fields; choose one.`);
      usedHeaders.add(header);
      fields[field] = header;
    }
    const check = mapHeaders(spec, tab, headers, fields);
    // Only what the coordinator chose counts: guesses for unchosen fields are not saved.
    const chosen = { ...check, matches: check.matches.filter((m) => m.how === 'saved') };
    const columns = Object.fromEntries(chosen.matches.map((m) => [m.field, m.column]));
    for (const field of spec.fields) {
      if (field.required && columns[field.key] === undefined && field.key !== 'id') {
        throw new DomainError('SETUP.REQUIRED_COLUMN', `Choose the column for ${field.header} on ${tab}.`);
      }
    }
    for (const need of spec.requiredOneOf ?? []) {
      if (!need.options.some((option) => option.every((f) => columns[f] !== undefined))) {
        throw new DomainError('SETUP.REQUIRED_COLUMN', `Choose the column for ${need.need} on ${tab}.`);
      }
    }
    mapping.tabs[spec.key] = { tab, fields, ...(headerRow > 1 ? { headerRow } : {}), ...(defaults ? { defaults } : {}) };
  }
  return mapping;
}

/** Only the values Setup offers for a missing column may be saved: everyone eligible, and a capacity for everyone. */
export function validDefaults(role: TabKey, tab: string, defaults: Record<string, string> | undefined): Record<string, string> | undefined {
  if (defaults === undefined || defaults === null) return undefined;
  const result: Record<string, string> = {};
  for (const [field, value] of Object.entries(defaults)) {
    if (value === '' || value === undefined || value === null) continue;
    const valid = (role === 'consumers' && field === 'adaEligible' && value === 'yes') || (role === 'mentors' && field === 'maxMentees' && /^(?:[1-9]|1\d|20)$/.test(String(value)));
    if (!valid) throw new DomainError('SETUP.BAD_DEFAULT', `"${String(value)}" cannot be used for every row of ${tab}; reopen Setup and choose again.`);
    result[field] = String(value);
  }
  return Object.keys(result).length ? result : undefined;
}

/**
 * Applies the confirmed setup. Existing tabs keep their columns, order, formatting and data; the only change to an
 * existing tab is an ID column added after its last column when it had none, and IDs written into blank ID cells.
 */
export function applySetup(ports: AppPorts, choices: SetupChoices): SetupResult {
  return ports.lock.run(() => {
    const names = ports.workbook.tabNames();
    const headerCache = new Map<string, string[]>();
    const headersOf = (tab: string, headerRow: number) => {
      let headers = headerCache.get(`${headerRow}|${tab}`);
      if (!headers) {
        headers = (ports.workbook.read(tab)[headerRow - 1] ?? []).map(headerText);
        headerCache.set(`${headerRow}|${tab}`, headers);
      }
      return headers;
    };
    const mapping = validateChoices(choices, names, headersOf);
    const created: string[] = [];
    const addedColumns: string[] = [];

    for (const spec of WORKBOOK_SCHEMA) {
      let entry = mapping.tabs[spec.key];
      if (!entry) {
        // A tab with the default name may exist but was not chosen for the role: never overwrite it.
        const name = names.includes(spec.name) ? `${spec.name} (Peer Mentoring)` : spec.name;
        if (names.includes(name)) throw new DomainError('SETUP.NAME_TAKEN', `A tab named "${name}" already exists; choose it for ${spec.name} or rename it.`);
        const header = spec.fields.filter((f) => f.key !== 'firstName' && f.key !== 'lastName').map((f) => f.header);
        ports.workbook.createTab(name, header);
        created.push(name);
        entry = { tab: name, fields: Object.fromEntries(spec.fields.filter((f) => header.includes(f.header)).map((f) => [f.key, f.header])) };
        mapping.tabs[spec.key] = entry;
        spec.fields.forEach((field) => {
          const choicesForField = dropdownChoices(field);
          const column = header.indexOf(field.header);
          if (choicesForField && column >= 0 && ports.workbook.setDropdown) ports.workbook.setDropdown(name, column, choicesForField);
          // IDs, ZIPs and phone numbers typed later into a tab Setup made stay text ("02134", not 2134).
          if (TEXT_KINDS.has(field.kind) && column >= 0) ports.workbook.setPlainText?.(name, column);
        });
        continue;
      }
      if (spec.idPrefix && !entry.fields.id) {
        const headerRow = entry.headerRow ?? 1;
        const headers = headersOf(entry.tab, headerRow);
        const idHeader = spec.fields.find((f) => f.key === 'id')!.header;
        if (headers.includes(idHeader)) throw new DomainError('SETUP.REQUIRED_COLUMN', `Choose the column for ${idHeader} on ${entry.tab}.`);
        let width = headers.length;
        while (width > 0 && headers[width - 1] === '') width--;
        ports.workbook.update(entry.tab, [{ row: headerRow - 1, column: width, value: idHeader }]);
        headers[width] = idHeader;
        entry.fields.id = idHeader;
        addedColumns.push(`${idHeader} on ${entry.tab}`);
      }
      const tab = entry.tab;
      addedColumns.push(...addWrittenColumns(ports.workbook, spec.key, entry, headersOf(tab, entry.headerRow ?? 1)).map((header) => `${header} on ${tab}`));
    }

    const session = new ActionSession(ports.workbook, mapping);
    const idsAssigned = assignMissingIds(session, mapping);
    session.audit({ action: 'setup', record: `${created.length} tabs created`, details: `${idsAssigned} IDs assigned; ${addedColumns.length} columns added` });
    session.commit(ports.clock.now(), ports.identity.who());
    saveLayout(ports.store, { mapping, setupAt: ports.clock.now().toISOString(), setupBy: ports.identity.who() });
    const check = checkWorkbook(new ActionSession(ports.workbook, mapping), mapping, ports.clock.today());
    return { created, addedColumns, idsAssigned, check };
  });
}

const TEXT_KINDS = new Set(['id', 'zip', 'phone']);

function assignMissingIds(session: ActionSession, mapping: SavedMapping): number {
  let assigned = 0;
  for (const spec of WORKBOOK_SCHEMA) {
    const entry = mapping.tabs[spec.key as TabKey];
    if (!spec.idPrefix || !entry?.fields.id) continue;
    const { tab, mapping: tabMapping } = session.table(spec.key);
    const idColumn = tabMapping.columns.id!;
    const grid = session.read(tab);
    const mapped = Object.values(tabMapping.columns);
    const first = tabMapping.headerRow + 1;
    const next = idAllocator(tabSpec(spec.key).idPrefix!, grid.slice(first).map((row) => String(row[idColumn] ?? '')));
    // Rows above the headers (titles, instructions) are never given an ID.
    for (let r = first; r < grid.length; r++) {
      const row = grid[r] ?? [];
      if (!isBlank(row[idColumn]) || mapped.every((c) => isBlank(row[c]))) continue;
      session.updateRow(spec.key, r, { id: next() });
      assigned++;
    }
  }
  return assigned;
}
