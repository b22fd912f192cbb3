// This file is the document lock (LockService): every write holds it, and pending writes are flushed before release.
import { DomainError } from '../../domain/errors';
import type { LockPort } from '../../ports/lock.port';

const WAIT_MS = 10000;

export class DocumentLock implements LockPort {
  run<T>(work: () => T): T {
    const lock = LockService.getDocumentLock();
    if (!lock || !lock.tryLock(WAIT_MS)) {
      throw new DomainError('LOCK.BUSY', 'Someone else is saving changes to this workbook right now. Nothing was changed; please try again in a moment.');
    }
    try {
      const result = work();
      // Others may read as soon as the lock is released: make sure they see this change.
      SpreadsheetApp.flush();
      return result;
    } finally {
      lock.releaseLock();
    }
  }
}
