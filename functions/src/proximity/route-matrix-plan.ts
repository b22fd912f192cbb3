// This file splits an origins × destinations matrix into the fewest blocks that each fit a per-call element limit.

export interface MatrixBlock {
  originStart: number;
  originEnd: number;
  destinationStart: number;
  destinationEnd: number;
}

/** Tries every destination block width and keeps the one needing the fewest calls (ties: wider blocks). */
export function planMatrixBlocks(origins: number, destinations: number, maxElements: number): MatrixBlock[] {
  if (origins <= 0 || destinations <= 0) return [];
  let best = { width: 1, height: 1, calls: Infinity };
  for (let width = Math.min(destinations, maxElements); width >= 1; width--) {
    const height = Math.min(origins, Math.floor(maxElements / width));
    const calls = Math.ceil(origins / height) * Math.ceil(destinations / width);
    if (calls < best.calls) best = { width, height, calls };
  }
  const blocks: MatrixBlock[] = [];
  for (let originStart = 0; originStart < origins; originStart += best.height) {
    for (let destinationStart = 0; destinationStart < destinations; destinationStart += best.width) {
      blocks.push({
        originStart,
        originEnd: Math.min(origins, originStart + best.height),
        destinationStart,
        destinationEnd: Math.min(destinations, destinationStart + best.width),
      });
    }
  }
  return blocks;
}
