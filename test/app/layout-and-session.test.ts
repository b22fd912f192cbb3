import { LAYOUT_KEY, LAYOUT_VERSION, loadLayout } from '../../src/app/layout';
import { ActionSession } from '../../src/app/action-session';
import type { WorkbookPort } from '../../src/ports/workbook.port';

function memoryStore(values: Record<string, string> = {}) {
  return { get: (k: string) => values[k] ?? null, set: (k: string, v: string) => void (values[k] = v) };
}

/** A counting in-memory workbook (2-D arrays) for app-layer tests. */
function memoryWorkbook(tabs: Record<string, unknown[][]>) {
  const calls: string[] = [];
  const port: WorkbookPort = {
    tabNames: () => Object.keys(tabs),
    read: (tab) => (calls.push(`read ${tab}`), tabs[tab]!.map((r) => [...r]) as never),
    createTab: (tab, header) => void (calls.push(`create ${tab}`), (tabs[tab] = [[...header]])),
    append: (tab, rows) => void (calls.push(`append ${tab}`), tabs[tab]!.push(...rows.map((r) => [...r]))),
    update: (tab, updates) => {
      calls.push(`update ${tab}`);
      for (const u of updates) tabs[tab]![u.row]![u.column] = u.value;
    },
  };
  return { port, calls, tabs };
}

describe('the saved layout', () => {
  it('migrates a mapping saved by an older release to the current version', () => {
    const layout = loadLayout(memoryStore({ 'peerMentoring.mapping': JSON.stringify({ tabs: { mentors: { tab: 'Volunteers', fields: { zip: 'Home ZIP' } } } }) }));
    expect(layout).toMatchObject({ version: LAYOUT_VERSION, mapping: { version: 1, tabs: { mentors: { tab: 'Volunteers' } } } });
  });

  it('refuses a layout from a newer release instead of guessing', () => {
    expect(() => loadLayout(memoryStore({ [LAYOUT_KEY]: JSON.stringify({ version: LAYOUT_VERSION + 1 }) }))).toThrow(/newer version/);
  });
});

describe('a workbook session', () => {
  const tabs = () => ({
    Mentors: [['Mentor ID', 'Name', 'ZIP'], ['M-0001', 'Ana', '55104']],
    Consumers: [['Consumer ID', 'Name', 'ZIP'], ['C-0002', 'Ben', '55106'], ['C-0001', 'Cy', '55101']],
    Audit: [['When', 'Who', 'Action', 'Record', 'Details']],
  });

  it('reads each tab once and writes one batch per tab, finding rows by ID', () => {
    const { port, calls, tabs: data } = memoryWorkbook(tabs());
    const session = new ActionSession(port, undefined);
    session.model();
    session.update('consumers', 'C-0001', { zip: '55102' });
    session.update('consumers', 'C-0002', { zip: '55103' });
    session.audit({ action: 'test', record: 'C-0001' });
    session.commit(new Date('2026-11-20T12:00:00Z'), 'coordinator@example.org');
    expect(data.Consumers![2]![2]).toBe('55102');
    expect(data.Consumers![1]![2]).toBe('55103');
    expect(calls.filter((c) => c.startsWith('read Consumers'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('update'))).toEqual(['update Consumers']);
    expect(data.Audit![1]).toEqual(['2026-11-20T12:00:00.000Z', 'coordinator@example.org', 'test', 'C-0001', '']);
  });

  it('reports a record that is no longer on its tab as gone', () => {
    const { port } = memoryWorkbook(tabs());
    const session = new ActionSession(port, undefined);
    expect(() => session.update('consumers', 'C-0099', { zip: '55102' })).toThrow(expect.objectContaining({ code: 'RECORD.GONE' }));
  });

  it('stops before writing when a saved column is gone', () => {
    const { port } = memoryWorkbook(tabs());
    const session = new ActionSession(port, { version: 1, tabs: { mentors: { tab: 'Mentors', fields: { zip: 'Home ZIP' } } } });
    expect(() => session.model().mentors).toThrow("column 'Home ZIP' on Mentors was not found — run Setup");
  });

  it('reads only the tabs an action touches, each once, and asks for the tab names once', () => {
    const { port, calls } = memoryWorkbook(tabs());
    let names = 0;
    const counted = { ...port, tabNames: () => (names++, port.tabNames()) };
    const session = new ActionSession(counted, undefined);
    const model = session.model();
    expect(model.consumers.map((c) => c.id)).toEqual(['C-0002', 'C-0001']);
    expect(model.consumers).toHaveLength(2);
    session.update('consumers', 'C-0001', { zip: '55102' });
    expect(calls.filter((c) => c.startsWith('read'))).toEqual(['read Consumers']);
    session.audit({ action: 'test', record: 'C-0001' });
    session.commit(new Date('2026-11-20T12:00:00Z'), 'coordinator@example.org');
    // The Audit tab is appended to, never read.
    expect(calls.filter((c) => c.startsWith('read'))).toEqual(['read Consumers']);
    expect(names).toBe(1);
    // Asking for everything (as the workbook check does) reads the rest.
    expect(model.tabs.map((t) => t.tab)).toContain('Mentors');
    expect(calls.filter((c) => c.startsWith('read')).sort()).toEqual(['read Audit', 'read Consumers', 'read Mentors']);
  });

  it('still stops on a renamed column of a tab it reads later in the action', () => {
    const { port } = memoryWorkbook(tabs());
    const session = new ActionSession(port, { version: 1, tabs: { consumers: { tab: 'Consumers', fields: { zip: 'ZIP' } }, mentors: { tab: 'Mentors', fields: { zip: 'Home ZIP' } } } });
    expect(session.model().consumers).toHaveLength(2);
    expect(() => session.table('mentors')).toThrow(expect.objectContaining({ code: 'SETUP.COLUMN_MISSING' }));
  });
});
