// This file bundles the ports every use case receives, and the two ways a use case touches the workbook: a read
// (no lock) and a write (document lock held across read, decide and write, so a second person sees the first
// person's change).
import { DomainError } from '../domain/errors';
import type { ZipCentroidLookup } from '../domain/geo';
import { readSettings, Settings } from '../domain/settings';
import type { ClockPort } from '../ports/clock.port';
import type { DocumentStorePort } from '../ports/document-store.port';
import type { IdentityPort } from '../ports/identity.port';
import type { LockPort } from '../ports/lock.port';
import type { PlanPort } from '../ports/plan.port';
import type { ProximityPort } from '../ports/proximity.port';
import type { SelectionPort } from '../ports/selection.port';
import type { SummaryPublisherPort } from '../ports/summary-publisher.port';
import type { WorkbookPort } from '../ports/workbook.port';
import { loadLayout, SavedLayout } from './layout';
import { needsUpgrade, upgradeLayout } from './upgrade-layout';
import { ActionSession } from './action-session';
import { describeUndo, keepUndo, readUndoneIds, UNDO_ACTION, UndoOffer } from './undo-journal';

export interface AppPorts {
  workbook: WorkbookPort;
  store: DocumentStorePort;
  lock: LockPort;
  clock: ClockPort;
  identity: IdentityPort;
  selection?: SelectionPort;
  /** Distance and travel time, whatever Settings says; for tests and hosts that wire the service directly. */
  proximity?: ProximityPort;
  /** The proximity function at the address Settings names (the add-on builds it over UrlFetchApp and an ID token). */
  proximityFor?: (url: string) => ProximityPort;
  /** Batch planning elsewhere, whatever Settings says; for tests and hosts that wire the service directly. */
  planner?: PlanPort;
  /** The `plan` function at the address beside Settings' functions address (over UrlFetchApp and an ID token). */
  plannerFor?: (url: string) => PlanPort;
  /** ZIP code centres for offline distance estimates when the proximity function is not set up or fails. */
  zipCentroids?: ZipCentroidLookup;
  /** Writes the manager summary file. */
  publisher?: SummaryPublisherPort;
  /** Told, after a change is written, how to undo it (the sidebar offers Undo); hosts without undo leave it out. */
  offerUndo?: (offer: UndoOffer) => void;
}

/** The saved setup, or SETUP.NEEDED: actions that write need a confirmed mapping first. */
export function requireLayout(ports: AppPorts): SavedLayout {
  const layout = loadLayout(ports.store);
  if (!layout) throw new DomainError('SETUP.NEEDED', 'Run Setup first: it confirms which columns the add-on reads and writes.');
  return layout;
}

/** The saved layout brought up to date (once, under the lock, when an earlier release set the workbook up). */
function currentLayout(ports: AppPorts, layout: SavedLayout | null): SavedLayout | null {
  return layout && needsUpgrade(layout) ? ports.lock.run(() => upgradeLayout(ports, layout)) : layout;
}

/** A read-only look at the workbook (no lock). */
export function readSession(ports: AppPorts): ActionSession {
  return new ActionSession(ports.workbook, currentLayout(ports, loadLayout(ports.store))?.mapping);
}

/** Runs a change under the document lock: read fresh, decide, write only the cells that change, audit. */
export function writeSession<T>(ports: AppPorts, work: (session: ActionSession) => T): T {
  const layout = requireLayout(ports);
  return ports.lock.run(() => {
    const session = new ActionSession(ports.workbook, (needsUpgrade(layout) ? upgradeLayout(ports, layout) : layout).mapping, readUndoneIds(ports.store));
    const result = work(session);
    const audited = [...session.audited];
    const main = audited[audited.length - 1];
    const when = ports.clock.now();
    const rows = session.commit(when, ports.identity.who());
    // The journal is kept only when someone can use it, and never for an undo itself.
    if (ports.offerUndo && main && rows.length && main.action !== UNDO_ACTION) {
      const token = `${when.getTime().toString(36)}.${main.action}.${main.record}`;
      ports.offerUndo(keepUndo(ports.store, { action: main.action, record: main.record, label: describeUndo(audited), rows }, token));
    }
    return result;
  });
}

export function settingsOf(session: ActionSession): Settings {
  return readSettings(session.model().settings).settings;
}
