// This file is the coordinator's decision on an application: accept (the intake domain builds the new mentor or consumer and their goals), reject with a reason, or merge into
// the person it may duplicate (blank contact fields filled; values already there are never overwritten).
import { DomainError } from '../domain/errors';
import { acceptApplication, AcceptedApplication } from '../domain/intake/accept-application';
import { sameContactValue } from '../domain/intake/duplicates';
import { fieldCells } from '../domain/mappers/cell-values';
import type { TabKey } from '../domain/schema';
import { isBlank } from '../domain/values';
import type { ActionSession } from './action-session';
import { AppPorts, writeSession } from './app-ports';
import { requireId } from './check-input';
import { ApplicationRecord, ApplicationRow, applicationRows, duplicateIds } from './list-applications';

export interface ApplicationDecisionRequest {
  responseId: string;
  decision: 'accept' | 'reject' | 'merge';
  /** Required to reject: kept on the application's row (never in the audit trail). */
  reason?: string;
  /** For merge: the record to merge into; the application's first possible duplicate when omitted. */
  into?: string;
}

/** The application after the decision, and what it did. */
export interface ApplicationDecided {
  application: ApplicationRecord;
  decision: ApplicationDecisionRequest['decision'];
  /** Accept and merge: who the record is. */
  person?: 'mentor' | 'consumer';
  /** Goals created with an accepted consumer. */
  goalIds: string[];
  /** Merge: contact fields filled on the existing record. */
  filled: string[];
  /** Merge: contact fields left as they were because the record already had a different value. */
  kept: string[];
  /** Answers that could not be read and were left blank on the new record. */
  warnings: string[];
}

/** The contact fields a merge may fill on the existing record. */
const CONTACT_FIELDS = ['email', 'phone', 'address', 'city', 'zip'] as const;
const DECIDED = /^(accepted|rejected|merged)$/i;

/** Every record ID on a tab as written (including rows the reader skips), so new IDs never collide. */
function idsOnTab(session: ActionSession, key: TabKey): string[] {
  const { tab, mapping } = session.table(key);
  const column = mapping.columns.id;
  if (column === undefined) return [];
  return session.read(tab).slice(1).map((row) => String(row[column] ?? '').trim()).filter(Boolean);
}

/** The accepted application as the intake domain reads it from the row (the coordinator's fixes on the row count). */
function readAccepted(session: ActionSession, found: ApplicationRow, ports: AppPorts): AcceptedApplication {
  const hasTab = (key: TabKey) => session.tabOf(key) !== null;
  return acceptApplication({
    values: found.values,
    mentorIds: hasTab('mentors') ? idsOnTab(session, 'mentors') : [],
    consumerIds: hasTab('consumers') ? idsOnTab(session, 'consumers') : [],
    goalIds: hasTab('goals') ? idsOnTab(session, 'goals') : [],
    today: ports.clock.today(),
  });
}

function accept(session: ActionSession, found: ApplicationRow, ports: AppPorts): ApplicationDecided {
  const accepted = readAccepted(session, found, ports);
  // The accepted values are keyed by field already (the domain built them from the application's row).
  session.append(accepted.tab, fieldCells(accepted.tab, accepted.record));
  session.audit({ action: `${accepted.tab === 'mentors' ? 'mentor' : 'consumer'}.create`, record: accepted.recordId, details: `from application ${accepted.responseId}` });
  for (const goal of accepted.goals) {
    session.append('goals', fieldCells('goals', goal));
    session.audit({ action: 'goal.create', record: String(goal.id), details: `for ${accepted.recordId}` });
  }
  session.updateRow('applications', found.row, { status: accepted.applicationUpdate.status, recordId: accepted.recordId });
  session.audit({ action: 'application.accept', record: accepted.responseId, details: `${accepted.recordId}; ${accepted.goals.length} goals` });
  return {
    application: { ...found.view, status: 'Accepted', recordId: accepted.recordId }, decision: 'accept', person: personOf(accepted.tab),
    goalIds: accepted.goals.map((g) => String(g.id)), filled: [], kept: [], warnings: accepted.warnings,
  };
}

function personOf(tab: TabKey): 'mentor' | 'consumer' {
  return tab === 'mentors' ? 'mentor' : 'consumer';
}

function reject(session: ActionSession, found: ApplicationRow, reason: string): ApplicationDecided {
  if (!reason) throw new DomainError('INPUT.REASON_NEEDED', 'Write a short reason before rejecting the application (it is kept on its row).');
  const issues = found.view.issues ? `${found.view.issues}; rejected: ${reason}` : `rejected: ${reason}`;
  session.updateRow('applications', found.row, { status: 'Rejected', issues });
  session.audit({ action: 'application.reject', record: found.view.responseId });
  return { application: { ...found.view, status: 'Rejected', issues }, decision: 'reject', goalIds: [], filled: [], kept: [], warnings: [] };
}

/**
 * Merges the application into an existing mentor or consumer: each contact field that is blank on the record is
 * filled from the application; a field that already has a different value keeps it, and is listed so the
 * coordinator can decide by hand. Nothing is overwritten.
 */
function merge(session: ActionSession, found: ApplicationRow, into: string, ports: AppPorts): ApplicationDecided {
  const accepted = readAccepted(session, found, ports);
  const key = accepted.tab;
  const candidates = duplicateIds(found.view);
  const target = into || candidates[0] || '';
  if (!target) throw new DomainError('APPLICATION.NO_DUPLICATE', `Application ${found.view.responseId} names no possible duplicate to merge into; accept or reject it instead.`);
  const people = key === 'mentors' ? session.model().mentors : session.model().consumers;
  if (!people.some((p) => p.id === target)) {
    throw new DomainError('APPLICATION.MERGE_TARGET', `${target} is not on the ${session.table(key).tab} tab, so this ${key === 'mentors' ? 'mentor application' : 'request'} cannot be merged into it. Accept it as new, or reject it.`);
  }
  const { tab, mapping } = session.table(key);
  const row = session.read(tab)[session.rowOf(key, target)] ?? [];
  const fill: Record<string, string> = {};
  const kept: string[] = [];
  for (const field of CONTACT_FIELDS) {
    const incoming = accepted.record[field];
    if (isBlank(incoming ?? null)) continue;
    const column = mapping.columns[field];
    if (column === undefined) continue;
    const current = row[column] ?? null;
    if (isBlank(current)) fill[field] = String(incoming);
    else if (!sameContactValue(field, current, incoming)) kept.push(field);
  }
  if (Object.keys(fill).length) session.update(key, target, fill);
  session.updateRow('applications', found.row, { status: 'Merged', recordId: target });
  const filled = Object.keys(fill);
  session.audit({ action: 'application.merge', record: found.view.responseId, details: `into ${target}; filled: ${filled.join(', ') || 'nothing'}; kept: ${kept.join(', ') || 'nothing'}` });
  return { application: { ...found.view, status: 'Merged', recordId: target }, decision: 'merge', person: personOf(key), goalIds: [], filled, kept, warnings: accepted.warnings };
}

/** Google Forms response IDs are long ("2_ABaOnud…"); anything else that is not a plain token is refused. */
function requireResponseId(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/.test(value.trim())) throw new DomainError('INPUT.BAD_ID', 'Choose an application first.');
  return value.trim();
}

/** Accepts, rejects or merges an application (found by its response ID at write time), writing only the cells that change. */
export function decideApplication(ports: AppPorts, request: ApplicationDecisionRequest): ApplicationDecided {
  const responseId = requireResponseId(request?.responseId);
  const decision = request.decision;
  if (decision !== 'accept' && decision !== 'reject' && decision !== 'merge') throw new DomainError('INPUT.BAD_DECISION', 'Choose accept, reject or merge.');
  const reason = String(request.reason ?? '').trim().slice(0, 300);
  const into = request.into === undefined || request.into === null || request.into === '' ? '' : requireId(request.into, 'record');
  return writeSession(ports, (session) => {
    const found = applicationRows(session).find((a) => a.view.responseId === responseId);
    if (!found) throw new DomainError('RECORD.GONE', `The application ${responseId} is no longer on the Applications tab. Refresh and try again.`);
    if (DECIDED.test(found.view.status)) throw new DomainError('APPLICATION.DECIDED', `Application ${responseId} was already ${found.view.status.toLowerCase()}.`);
    if (decision === 'accept') return accept(session, found, ports);
    if (decision === 'reject') return reject(session, found, reason);
    return merge(session, found, into, ports);
  });
}
