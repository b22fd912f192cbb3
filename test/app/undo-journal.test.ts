// Tests the undo journal's record of emptied IDs: kept per prefix, highest only, and not touched when there is none.
import { keepUndoneIds, readUndoneIds } from '../../src/app/undo-journal';
import type { DocumentStorePort } from '../../src/ports/document-store.port';

/** Document properties in memory, counting reads and writes. */
function countingStore(): DocumentStorePort & { reads: number; writes: number } {
  const values = new Map<string, string>();
  return {
    reads: 0,
    writes: 0,
    get(key) {
      this.reads += 1;
      return values.get(key) ?? null;
    },
    set(key, value) {
      this.writes += 1;
      values.set(key, value);
    },
  };
}

describe('keepUndoneIds', () => {
  it('neither reads nor writes the document property when the undo emptied no added row', () => {
    const store = countingStore();
    keepUndoneIds(store, []);
    expect({ reads: store.reads, writes: store.writes }).toEqual({ reads: 0, writes: 0 });
  });

  it('keeps only the highest emptied ID of each prefix', () => {
    const store = countingStore();
    keepUndoneIds(store, ['M-0031', 'X-0002']);
    keepUndoneIds(store, ['M-0007', 'X-0010']);
    expect(readUndoneIds(store).sort()).toEqual(['M-0031', 'X-0010']);
  });
});
