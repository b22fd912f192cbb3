// This file is the document lock (LockService): every write holds it, and pending writes are flushed before release.
import { DomainError } from '../../domain/errors';
import type { LockPort } from '../../ports/lock.port';

const WAIT_MS = 10000;

export class DocumentLock implements LockPort {
  run<T>(work: () => T): T {
    // Null when the code runs outside a document (https://developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock).
    const lock = LockService.getDocumentLock();
    if (!lock) throw new DomainError('LOCK.NO_DOCUMENT', 'Changes can only be saved from inside the workbook: open it in Google Sheets and use Peer Mentoring there. Nothing was changed.');
    if (!lock.tryLock(WAIT_MS)) {
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
