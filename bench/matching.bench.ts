// Benchmark: matching. One JSON line each for suggest (10,000 mentors, end to end from a read workbook),
// assignment against the munkres and munkres-js packages on a dense float matrix, and a large sparse batch.
import { munkres } from 'munkres';
import { lookupZipCentroid } from '../src/adapters/local/zip-centroids';
import { prepareWorkbookMatching, suggestFor } from '../src/app/suggest-mentors';
import { buildDemoWorkbook } from '../src/demo/demo-workbook';
import { solveDenseAssignment } from '../src/domain/matching/dense-assignment';
import { solveAssignment } from '../src/domain/matching/solve-assignment';
import { readWorkbook, WorkbookSource } from '../src/domain/workbook-reader';
import { median, timeRuns } from './bench-util';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const munkresJs = require('munkres-js') as (matrix: number[][]) => [number, number][];

/** Seeded PRNG (Park–Miller) so every run solves the same problems. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const sameTotal = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

function benchSuggest(): void {
  const asOf = '2026-11-22';
  const demo = buildDemoWorkbook({ asOf, mentors: 10000, consumers: 300 });
  const tabs = new Map(demo.map(({ tab, rows }) => [tab, rows]));
  const source: WorkbookSource = { tabNames: () => [...tabs.keys()], read: (tab) => tabs.get(tab) ?? [] };
  const model = readWorkbook(source);
  const waiting = model.consumers.filter((c) => c.status === 'waiting' && c.adaEligible === true).slice(0, 30);
  // Reading the workbook and preparing (training status, loads, declined pairs) happen once per workbook, as in the
  // sidebar; they are timed separately. The suggest figure is one consumer's top 10 with reasons, a new consumer each run.
  const prepareTimes = timeRuns(5, () => prepareWorkbookMatching(model, { asOf, lookupZip: lookupZipCentroid }));
  const prepared = prepareWorkbookMatching(model, { asOf, lookupZip: lookupZipCentroid });
  let next = 0;
  let suggestions = 0;
  const times = timeRuns(30, () => {
    const consumer = waiting[next++ % waiting.length]!;
    suggestions = suggestFor(prepared, consumer.id, 10).suggestions.length;
  });
  console.log(JSON.stringify({ bench: 'suggest', mentors: model.mentors.length, top: 10, consumersTried: waiting.length, medianMs: median(times), prepareMedianMs: median(prepareTimes), lastSuggestions: suggestions }));
}

function benchVsPeers(): void {
  const n = 1000;
  const nJs = 300;
  const random = seeded(42);
  const scores = Array.from({ length: n }, () => Array.from({ length: n }, () => random() * 100));
  const flat = Float64Array.from(scores.flat());
  const costs = scores.map((row) => row.map((w) => 100 - w));
  const totalOf = (pairs: [number, number][]) => pairs.reduce((sum, [r, c]) => sum + scores[r]![c]!, 0);

  let ours = 0;
  let theirs = 0;
  const oursTimes = timeRuns(5, () => (ours = solveDenseAssignment(flat, n, n).total));
  const munkresTimes = timeRuns(5, () => (theirs = totalOf(munkres(costs))));

  const small = scores.slice(0, nJs).map((row) => row.slice(0, nJs));
  const smallFlat = Float64Array.from(small.flat());
  const smallCosts = small.map((row) => row.map((w) => 100 - w));
  let oursSmall = 0;
  let jsSmall = 0;
  const oursSmallTimes = timeRuns(3, () => (oursSmall = solveDenseAssignment(smallFlat, nJs, nJs).total));
  const jsTimes = timeRuns(2, () => (jsSmall = munkresJs(smallCosts.map((row) => [...row])).reduce((sum, [r, c]) => sum + small[r]![c]!, 0)));
  console.log(
    JSON.stringify({
      bench: 'assign-vs-peers', n, oursMs: median(oursTimes), munkresMs: median(munkresTimes),
      munkresJsN: nJs, oursMsAtMunkresJsN: median(oursSmallTimes), munkresJsMs: median(jsTimes),
      sameTotal: sameTotal(ours, theirs) && sameTotal(oursSmall, jsSmall), total: Math.round(ours * 1000) / 1000,
    }),
  );
}

function benchLarge(): void {
  const consumers = 2000;
  const mentors = 1000;
  const random = seeded(7);
  const capacity = Array.from({ length: mentors }, () => 1 + Math.floor(random() * 3));
  // About 80% of pairs are ruled out (distance, language, training, declined...); allowed pairs score 0.1 to 100.0,
  // held as whole tenths as the batch planner does.
  const rowStart = [0];
  const edgeColumn: number[] = [];
  const edgeWeight: number[] = [];
  const weights = Array.from({ length: consumers }, () => new Array<number>(mentors).fill(0));
  for (let r = 0; r < consumers; r++) {
    for (let c = 0; c < mentors; c++) {
      if (random() >= 0.2) continue;
      const w = 1 + Math.floor(random() * 1000);
      weights[r]![c] = w;
      edgeColumn.push(c);
      edgeWeight.push(w);
    }
    rowStart.push(edgeColumn.length);
  }
  const problem = { rows: consumers, columns: mentors, capacity: Int32Array.from(capacity), rowStart: Int32Array.from(rowStart), edgeColumn: Int32Array.from(edgeColumn), edgeWeight: Float64Array.from(edgeWeight) };
  // munkres needs the expanded matrix: one column per mentor place; a ruled-out pair costs the same as no match.
  const slots = capacity.flatMap((k, c) => new Array<number>(k).fill(c));
  const costs = weights.map((row) => slots.map((c) => 1000 - row[c]!));

  let ours = 0;
  let theirs = 0;
  const oursTimes = timeRuns(7, () => (ours = solveAssignment(problem).total));
  const munkresTimes = timeRuns(5, () => (theirs = munkres(costs).reduce((sum, [r, s]) => sum + weights[r]![slots[s]!]!, 0)));
  console.log(
    JSON.stringify({
      bench: 'assign-large', consumers, mentors, slots: slots.length, allowedPairs: edgeColumn.length,
      oursMs: median(oursTimes), munkresMs: median(munkresTimes), ratio: Math.round((median(oursTimes) / median(munkresTimes)) * 100) / 100,
      sameTotal: ours === theirs, total: ours,
    }),
  );
}

benchSuggest();
benchVsPeers();
benchLarge();
