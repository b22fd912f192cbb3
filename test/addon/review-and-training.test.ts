import { addDays } from '../../src/domain/dates';
import { AS_OF, callError, demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

/** The demo program, with one more ongoing session `daysAhead` days after the as-of date (a copy of the last session row). */
function addon(daysAhead = 100) {
  return addonOver(daysAhead).runtime;
}

function addonOver(daysAhead: number) {
  const ss = demoSpreadsheet();
  const sheet = ss.sheet('Trainings')!;
  const [header, ...rows] = sheet.values();
  const last = [...rows[rows.length - 1]!];
  const date = header!.findIndex((h) => /date/i.test(String(h)));
  const id = header!.findIndex((h) => /id$/i.test(String(h)));
  const day = addDays(AS_OF, daysAhead);
  last[date] = last[date] instanceof Date ? new Date(`${day}T12:00:00Z`) : day;
  last[id] = 'T-9001';
  sheet.load([header!, ...rows, last]);
  const runtime = startAddon(ss);
  setUp(runtime);
  return { runtime, ss };
}

const upcomingDates = (runtime: ReturnType<typeof addon>) => sidebarCall<{ upcoming: { date: string }[] }>(runtime, 'getTraining').upcoming.map((s) => s.date);

describe('the Training and Review log views follow the Settings tab', () => {
  it('lists training sessions as far ahead as trainingLookaheadDays says', () => {
    const runtime = addon();
    const byDefault = upcomingDates(runtime);
    expect(byDefault.length).toBeGreaterThan(0);
    expect(byDefault.every((d) => d >= AS_OF && d <= addDays(AS_OF, 60))).toBe(true);

    expect(byDefault).not.toContain(addDays(AS_OF, 100));

    sidebarCall(runtime, 'saveSettings', { trainingLookaheadDays: '120' });
    const further = upcomingDates(runtime);
    expect(further).toEqual([...byDefault, addDays(AS_OF, 100)]);

    const nearest = Math.round((Date.parse(byDefault[0]!) - Date.parse(AS_OF)) / 86400000);
    sidebarCall(runtime, 'saveSettings', { trainingLookaheadDays: String(nearest - 1) });
    expect(upcomingDates(runtime)).toEqual(byDefault.filter((d) => d <= addDays(AS_OF, nearest - 1)));
    expect(upcomingDates(runtime).length).toBeLessThan(byDefault.length);
  });

  it('lists reviews and check-ins coming up within reviewUpcomingDays, besides those due or overdue', () => {
    const runtime = addon();
    const states = () => sidebarCall<{ due: { state: string; dueOn: string }[] }>(runtime, 'getReviewLog').due;
    sidebarCall(runtime, 'saveSettings', { reviewUpcomingDays: '0' });
    expect(states().some((d) => d.state === 'upcoming')).toBe(false);
    sidebarCall(runtime, 'saveSettings', { reviewUpcomingDays: '60' });
    const upcoming = states().filter((d) => d.state === 'upcoming');
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.every((d) => d.dueOn > AS_OF && d.dueOn <= addDays(AS_OF, 60))).toBe(true);
  });
});

describe('adding a training session from the sidebar', () => {
  const sessions = (ss: ReturnType<typeof demoSpreadsheet>) => ss.sheet('Trainings')!.values().map((row) => row.map(String));

  it('writes one row to the Trainings tab, with the times as read, and lists it among the upcoming sessions', () => {
    const { runtime, ss } = addonOver(100);
    const before = sessions(ss).length;
    const date = addDays(AS_OF, 10);
    const added = sidebarCall<{ sessionId: string; date: string; start: string }>(runtime, 'addTrainingSession', {
      type: 'ongoing', date, start: '17:30', end: '19:00', location: '530 Robert Street North, St Paul', topic: 'Peer Mentor Group: housing resources',
    });
    expect(added).toMatchObject({ date, start: '5:30 pm' });
    const rows = sessions(ss);
    expect(rows.length).toBe(before + 1);
    expect(rows[rows.length - 1]!).toEqual(expect.arrayContaining([added.sessionId, '5:30 pm', '7:00 pm', '530 Robert Street North, St Paul', 'Peer Mentor Group: housing resources']));
    const upcoming = sidebarCall<{ upcoming: { sessionId: string }[] }>(runtime, 'getTraining').upcoming.map((s) => s.sessionId);
    expect(upcoming).toContain(added.sessionId);
    const audit = ss.sheet('Audit')!.values().map((r) => r.map(String));
    expect(audit.some((r) => r.includes('training.plan') && r.includes(added.sessionId))).toBe(true);
  });

  it('refuses a session without a date, or ending before it starts, and writes nothing', () => {
    const { runtime, ss } = addonOver(100);
    const before = sessions(ss);
    const refused = (request: unknown) => callError(() => sidebarCall(runtime, 'addTrainingSession', request));
    expect(refused({ type: 'ongoing', date: '', topic: 'Group' })).toMatchObject({ code: 'TRAINING.BAD_DATE' });
    expect(refused({ type: 'ongoing', date: addDays(AS_OF, 3), start: '19:00', end: '17:00' })).toMatchObject({ code: 'TRAINING.BAD_TIME' });
    expect(refused(null)).toMatchObject({ code: 'TRAINING.BAD_TYPE' });
    expect(sessions(ss)).toEqual(before);
  });
});
