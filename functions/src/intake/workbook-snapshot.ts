// This file reads what the intake needs from the workbook's tabs: who is already known (for duplicates and check-ins),
// which response IDs are already in the Applications and Reviews tabs, and where each column is. Tabs, header rows and
// columns are found through the coordinator's saved mapping (intake-mapping.ts) as the add-on finds them.
import { findTabs, mapHeaders, SavedMapping, SavedTab } from '../../../src/domain/header-mapping';
import { idAllocator } from '../../../src/domain/ids';
import {
  APPLICATION_COLUMNS, IntakeContext, KnownPerson, layoutOf, resolveLayout, REVIEW_COLUMNS, TabLayout, readByLayout,
} from '../../../src/domain/intake';
import { tabSpec } from '../../../src/domain/schema';
import { Cell, readEmail, readPhone, readText, readZip } from '../../../src/domain/values';
import { findHeaderRow, readWorkbook } from '../../../src/domain/workbook-reader';

export interface TargetTab {
  tab: string;
  layout: TabLayout;
  /** 0-based row of the headers (rows above hold titles or instructions). */
  headerRow: number;
  /** True when the tab has no header row yet. */
  empty: boolean;
  /** Response ID → 1-based sheet row. */
  rows: Map<string, number>;
}

export interface WorkbookSnapshot {
  context: IntakeContext;
  applications: TargetTab;
  reviews: TargetTab;
}

export const DEFAULT_TAB_NAMES = { applications: 'Applications', reviews: 'Reviews' } as const;

export interface TabRoles {
  applications: string | null;
  reviews: string | null;
  /** Tabs to read for duplicates and check-ins (mentors, consumers, matches, goals), when present. */
  people: string[];
}

/** Which tab plays each role: the coordinator's saved choice first, then the tab's name (findTabs). */
export function tabRoles(tabNames: readonly string[], saved?: SavedMapping): TabRoles {
  const found = new Map(findTabs(tabNames, saved).map((assignment) => [assignment.key, assignment.tab]));
  return {
    applications: found.get('applications') ?? null,
    reviews: found.get('reviews') ?? null,
    people: (['mentors', 'consumers', 'matches', 'goals'] as const).map((key) => found.get(key)).filter((tab): tab is string => !!tab),
  };
}

/**
 * Where a tab's header row is and which column holds which field. With the coordinator's saved mapping for the tab,
 * exactly as the add-on resolves it (saved header row, saved headers first; layoutOf). Without one — a workbook
 * whose add-on predates sending the mapping, or a tab Setup never saw — as before: headers on row 1, found by the
 * field's own header or a common wording.
 */
function locate(key: 'applications' | 'reviews', tab: string, grid: readonly Cell[][], saved: SavedTab | undefined): { headerRow: number; layout: TabLayout } {
  if (!saved) return { headerRow: 0, layout: resolveLayout(grid[0] ?? [], key === 'applications' ? APPLICATION_COLUMNS : REVIEW_COLUMNS) };
  const spec = tabSpec(key);
  const headerRow = findHeaderRow(spec, grid, saved).row;
  return { headerRow, layout: layoutOf({ ...mapHeaders(spec, tab, grid[headerRow] ?? [], saved.fields), headerRow }) };
}

function target(key: 'applications' | 'reviews', tab: string, grid: readonly Cell[][], saved: SavedTab | undefined): TargetTab {
  const { headerRow, layout } = locate(key, tab, grid, saved);
  const rows = new Map<string, number>();
  const column = layout.columns.responseId;
  if (column !== undefined) {
    grid.forEach((row, index) => {
      const id = index <= headerRow ? '' : readText(row[column]);
      if (id !== '' && !rows.has(id)) rows.set(id, index + 1);
    });
  }
  return { tab, layout, headerRow, empty: (grid[headerRow] ?? []).every((cell) => readText(cell) === ''), rows };
}

/** The rows below a target tab's header row. */
const bodyOf = (grid: readonly Cell[][], target: TargetTab) => grid.slice(target.headerRow + 1);

function applicationPeople(rows: readonly Cell[][], layout: TabLayout): KnownPerson[] {
  const people: KnownPerson[] = [];
  for (const row of rows) {
    const values = readByLayout(row, layout);
    const responseId = readText(values.responseId);
    // An accepted application is already a mentor or consumer, checked there.
    if (responseId === '' || readText(values.recordId) !== '') continue;
    const value = <T>(reading: { ok: true; value: T } | { ok: false }) => (reading.ok ? reading.value : null);
    people.push({ id: responseId, name: readText(values.name), email: value(readEmail(values.email)), phone: value(readPhone(values.phone)), zip: value(readZip(values.zip)) });
  }
  return people;
}

/** `saved` is the coordinator's mapping as the add-on last sent it; without it the tabs are read as before. */
export function readSnapshot(tabNames: readonly string[], roles: TabRoles, grids: ReadonlyMap<string, Cell[][]>, saved?: SavedMapping): WorkbookSnapshot {
  const workbook = readWorkbook({ tabNames: () => [...tabNames], read: (tab) => grids.get(tab) ?? [] }, saved);
  const applicationsTab = roles.applications ?? DEFAULT_TAB_NAMES.applications;
  const reviewsTab = roles.reviews ?? DEFAULT_TAB_NAMES.reviews;
  const applicationsGrid = grids.get(applicationsTab) ?? [];
  const reviewsGrid = grids.get(reviewsTab) ?? [];
  // A saved tab entry counts only for the tab it names: a tab renamed since Setup is found by its name, as before.
  const savedFor = (key: 'applications' | 'reviews', tab: string) => (saved?.tabs[key]?.tab === tab ? saved.tabs[key] : undefined);
  const applications = target('applications', applicationsTab, applicationsGrid, savedFor('applications', applicationsTab));
  const reviews = target('reviews', reviewsTab, reviewsGrid, savedFor('reviews', reviewsTab));
  // Review IDs straight from the column: a check-in row without a match is skipped by the record reader, but its
  // ID is taken all the same.
  const idColumn = reviews.layout.columns.id;
  const reviewIds = idColumn === undefined ? [] : bodyOf(reviewsGrid, reviews).map((row) => readText(row[idColumn]));
  const person = (p: { id: string; name: string; email: string | null; phone: string | null; zip: string | null }): KnownPerson => ({ id: p.id, name: p.name, email: p.email, phone: p.phone, zip: p.zip });
  return {
    applications,
    reviews,
    context: {
      people: [...workbook.mentors.map(person), ...workbook.consumers.map(person)],
      applications: applicationPeople(bodyOf(applicationsGrid, applications), applications.layout),
      checkIns: {
        mentors: workbook.mentors.map((mentor) => ({ id: mentor.id, name: mentor.name })),
        consumers: workbook.consumers.map((consumer) => ({ id: consumer.id, name: consumer.name })),
        matches: workbook.matches.map((match) => ({ id: match.id, mentorId: match.mentorId, consumerId: match.consumerId, status: match.status })),
        goals: workbook.goals.map((goal) => ({ id: goal.id, consumerId: goal.consumerId, area: goal.area, status: goal.status })),
      },
      nextReviewId: idAllocator('R', reviewIds),
    },
  };
}
