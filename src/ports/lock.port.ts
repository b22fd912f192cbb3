// This file is the port for the document lock every write holds, so two people (or a form submit) never interleave.

export interface LockPort {
  /** Runs the work while holding the document lock; throws DomainError LOCK.BUSY when it cannot be had in time. */
  run<T>(work: () => T): T;
}
