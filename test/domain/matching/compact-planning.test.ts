// The compact batch planner (planning-problem.ts + solve-planning.ts) gives exactly the plans the planner gave when it
// built one object per pair (reference-plan.ts): on random small pools with every rule in play, and on the demo.
import fc from 'fast-check';
import { lookupZipCentroid } from '../../../src/adapters/local/zip-centroids';
import { prepareWorkbookMatching } from '../../../src/app/suggest-mentors';
import { buildDemoWorkbook } from '../../../src/demo/demo-workbook';
import { addDays } from '../../../src/domain/dates';
import { prepareMatching } from '../../../src/domain/matching/matching-state';
import { planAssignment } from '../../../src/domain/matching/plan-assignment';
import { buildPlanningPool } from '../../../src/domain/matching/planning-problem';
import { solvePlanning } from '../../../src/domain/matching/solve-planning';
import { readWorkbook } from '../../../src/domain/workbook-reader';
import { aConsumer, aMentor } from '../../helpers/builders';
import { AS_OF, aProgram } from './program';
import { programArb } from './random-pools';
import { planAssignmentReference } from './reference-plan';

describe('compact batch planning', () => {
  it('plans exactly as the per-pair planner did, on random pools with every rule in play', () => {
    fc.assert(
      fc.property(programArb, (input) => {
        const reference = planAssignmentReference(prepareMatching(input));
        expect(planAssignment(prepareMatching(input))).toEqual(reference);
        // The planner's own scores (what the `plan` function returns) are the scores the reasons are written for.
        const pool = buildPlanningPool(prepareMatching(input));
        const scored = solvePlanning(pool.problem).pairs.map((p) => [pool.consumers[p.consumer]!.id, pool.mentors[p.mentor]!.id, p.score]);
        expect(scored.sort()).toEqual(reference.proposals.map((p) => [p.consumerId, p.mentorId, p.score]).sort());
      }),
      { numRuns: 400, seed: 18 },
    );
  });

  it('plans the demo workbook exactly as before, at the demo size and at 200 × 800', () => {
    for (const size of [{}, { mentors: 200, consumers: 800 }]) {
      const demo = buildDemoWorkbook({ asOf: AS_OF, ...size });
      const tabs = new Map(demo.map(({ tab, rows }) => [tab, rows]));
      const model = readWorkbook({ tabNames: () => [...tabs.keys()], read: (tab) => tabs.get(tab) ?? [] });
      const state = () => prepareWorkbookMatching(model, { asOf: AS_OF, lookupZip: lookupZipCentroid }).state;
      const plan = planAssignment(state());
      expect(plan.proposals.length).toBeGreaterThan(10);
      expect(plan).toEqual(planAssignmentReference(state()));
    }
  });

  it('keeps one column and one weight per allowed pair, and skips a ZIP group past the limit whole', () => {
    // Two consumers in St Paul, mentors there and in Maple Grove (about 40 km off): a 20-minute limit by car allows
    // only the two St Paul mentors, and the far group is never scored.
    const mentors = ['55101', '55104', '55369', '55369', '55369'].map((z, i) => aMentor({ id: `M-${i}`, zip: z, email: `m${i}@example.org`, phone: null, initialTrainingOn: addDays(AS_OF, -30) }));
    const consumers = [0, 1].map((i) => aConsumer({ id: `C-${i}`, zip: '55105', email: `c${i}@example.org`, phone: null, travelMode: 'drive' }));
    const base = aProgram();
    const pool = buildPlanningPool(prepareMatching(aProgram({ mentors, consumers, settings: { ...base.settings, maxTravelMinutes: 20 } })));
    const solution = solvePlanning(pool.problem);
    expect(solution.allowedPairs).toBe(4);
    expect(solution.pairs).toHaveLength(2);
    expect(solution.pairs.every((p) => pool.mentors[p.mentor]!.zip !== '55369')).toBe(true);
  });
});
