// Counts Spreadsheet service calls per sidebar action on the built add-on, at 100 and at 10,000 rows per tab.
// Batched reads and writes mean the count does not grow with the number of rows.
import path from 'node:path';
import { buildDemoWorkbook } from '../src/demo/demo-workbook';
import { FakeSheetsRest, FakeSpreadsheet, GasRuntime } from '../src/workbench/gas';

const AS_OF = '2026-11-20';
const ADDON_DIR = path.resolve('dist', 'addon');

type Outcome = { ok: boolean; value?: any; error?: { code: string } };

function workbook(consumers: number): GasRuntime {
  const ss = new FakeSpreadsheet({ timeZone: 'America/Chicago' });
  for (const { tab, rows } of buildDemoWorkbook({ asOf: AS_OF, consumers, mentors: 40 })) {
    const sheet = ss.addSheet(tab, rows);
    sheet.maxRows = Math.max(sheet.maxRows, rows.length + 10);
  }
  return new GasRuntime({ spreadsheet: ss, addonDir: ADDON_DIR, now: new Date(`${AS_OF}T15:00:00Z`), fetch: new FakeSheetsRest().handler() }).loadAddon();
}

function counted(runtime: GasRuntime, name: string, ...args: unknown[]): { calls: number; value: any } {
  runtime.counter.reset();
  const outcome = runtime.callFromSidebar(name, ...args) as Outcome;
  if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error?.code}`);
  return { calls: runtime.counter.total, value: outcome.value };
}

/** Runs the coordinator's actions in order and returns each one's call count. */
function measure(consumers: number): Map<string, number> {
  const rt = workbook(consumers);
  const counts = new Map<string, number>();
  const take = (action: string, name: string, ...args: unknown[]) => {
    const { calls, value } = counted(rt, name, ...args);
    counts.set(action, calls);
    return value;
  };
  take('startup', 'getStartup');
  const proposal = take('setupProposal', 'getSetupProposal');
  const choices = { tabs: Object.fromEntries(proposal.tabs.map((t: any) => [t.key, { tab: t.tab ?? '', fields: Object.fromEntries(t.fields.filter((f: any) => f.header).map((f: any) => [f.field, f.header])) }])) };
  take('applySetup', 'applySetup', choices);
  const consumer = take('searchConsumers', 'searchConsumers', 'C-0045');
  const suggestions = take('suggest', 'getMatchSuggestions', consumer[0].id);
  const match = take('propose', 'proposeMatch', { consumerId: consumer[0].id, mentorId: suggestions.suggestions[0].mentorId });
  take('matchDetail', 'getMatchDetail', match.id);
  take('scheduleIntro', 'changeMatch', { matchId: match.id, action: 'schedule-intro', on: AS_OF });
  take('decide', 'changeMatch', { matchId: match.id, action: 'decide', side: 'mentor', decision: 'yes' });
  const active = take('activate', 'changeMatch', { matchId: match.id, action: 'activate', goals: [{ area: 'employment', goal: 'Find a job', objectives: 'Apply to five jobs' }] });
  take('reviewLog', 'getReviewLog');
  take('logReview', 'logReview', { matchId: match.id, kind: 'check-in', date: AS_OF, attendees: ['Mentor'], minutes: 30, notes: '', progress: [{ goalId: active.goals[active.goals.length - 1].id, progress: 'Started', status: 'in-progress' }] });
  const training = take('training', 'getTraining');
  const sheet = take('attendanceSheet', 'getAttendance', training.recent[0].sessionId);
  take('recordAttendance', 'recordAttendance', { sessionId: training.recent[0].sessionId, mentorIds: sheet.mentors.slice(0, 3).map((m: any) => m.mentorId) });
  take('applications', 'listApplications');
  take('settings', 'getSettings');
  take('saveSettings', 'saveSettings', { maxTravelMinutes: '75' });
  take('refreshPpr', 'refreshPpr', { fiscalYear: 2027 });
  take('batchPlan', 'getBatchProposals');
  take('publishSummary', 'publishManagerSummary');
  take('republishSummary', 'publishManagerSummary');
  return counts;
}

const small = measure(100);
const large = measure(10000);
for (const [action, rows100] of small) {
  console.log(JSON.stringify({ bench: 'addon-calls', action, rows100, rows10000: large.get(action) }));
}
