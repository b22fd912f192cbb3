// This file reads what the intake needs from the workbook's tabs: who is already known (for duplicates and check-ins),
// which response IDs are already in the Applications and Reviews tabs, and where each column is.
import { findTabs } from '../../../src/domain/header-mapping';
import { idAllocator } from '../../../src/domain/ids';
import {
  APPLICATION_COLUMNS, IntakeContext, KnownPerson, resolveLayout, REVIEW_COLUMNS, TabLayout, readByLayout,
} from '../../../src/domain/intake';
import { Cell, readEmail, readPhone, readText, readZip } from '../../../src/domain/values';
import { readWorkbook } from '../../../src/domain/workbook-reader';

export interface TargetTab {
  tab: string;
  layout: TabLayout;
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

export function tabRoles(tabNames: readonly string[]): TabRoles {
  const found = new Map(findTabs(tabNames).map((assignment) => [assignment.key, assignment.tab]));
  return {
    applications: found.get('applications') ?? null,
    reviews: found.get('reviews') ?? null,
    people: (['mentors', 'consumers', 'matches', 'goals'] as const).map((key) => found.get(key)).filter((tab): tab is string => !!tab),
  };
}

function target(tab: string, grid: readonly Cell[][], columns: typeof APPLICATION_COLUMNS): TargetTab {
  const header = grid[0] ?? [];
  const layout = resolveLayout(header, columns);
  const rows = new Map<string, number>();
  const column = layout.columns.responseId;
  if (column !== undefined) {
    grid.forEach((row, index) => {
      const id = index === 0 ? '' : readText(row[column]);
      if (id !== '' && !rows.has(id)) rows.set(id, index + 1);
    });
  }
  return { tab, layout, empty: header.every((cell) => readText(cell) === ''), rows };
}

function applicationPeople(grid: readonly Cell[][], layout: TabLayout): KnownPerson[] {
  const people: KnownPerson[] = [];
  for (const row of grid.slice(1)) {
    const values = readByLayout(row, layout);
    const responseId = readText(values.responseId);
    // An accepted application is already a mentor or consumer, checked there.
    if (responseId === '' || readText(values.recordId) !== '') continue;
    const value = <T>(reading: { ok: true; value: T } | { ok: false }) => (reading.ok ? reading.value : null);
    people.push({ id: responseId, name: readText(values.name), email: value(readEmail(values.email)), phone: value(readPhone(values.phone)), zip: value(readZip(values.zip)) });
  }
  return people;
}

export function readSnapshot(tabNames: readonly string[], roles: TabRoles, grids: ReadonlyMap<string, Cell[][]>): WorkbookSnapshot {
  const workbook = readWorkbook({ tabNames: () => [...tabNames], read: (tab) => grids.get(tab) ?? [] });
  const applicationsTab = roles.applications ?? DEFAULT_TAB_NAMES.applications;
  const reviewsTab = roles.reviews ?? DEFAULT_TAB_NAMES.reviews;
  const applicationsGrid = grids.get(applicationsTab) ?? [];
  const reviewsGrid = grids.get(reviewsTab) ?? [];
  const applications = target(applicationsTab, applicationsGrid, APPLICATION_COLUMNS);
  const reviews = target(reviewsTab, reviewsGrid, REVIEW_COLUMNS);
  // Review IDs straight from the column: a check-in row without a match is skipped by the record reader, but its
  // ID is taken all the same.
  const idColumn = reviews.layout.columns.id;
  const reviewIds = idColumn === undefined ? [] : reviewsGrid.slice(1).map((row) => readText(row[idColumn]));
  const person = (p: { id: string; name: string; email: string | null; phone: string | null; zip: string | null }): KnownPerson => ({ id: p.id, name: p.name, email: p.email, phone: p.phone, zip: p.zip });
  return {
    applications,
    reviews,
    context: {
      people: [...workbook.mentors.map(person), ...workbook.consumers.map(person)],
      applications: applicationPeople(applicationsGrid, applications.layout),
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
