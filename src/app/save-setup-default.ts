// This file applies a readiness fix without redoing Setup: a value for every row of a tab that has no column for it
// ("everyone on this tab is eligible", "every mentor can take 2 consumers"), saved with the setup and audited.
import { DomainError } from '../domain/errors';
import { TabKey, WORKBOOK_SCHEMA } from '../domain/schema';
import { ActionSession } from './action-session';
import { AppPorts, requireLayout } from './app-ports';
import { validDefaults } from './apply-setup';
import { checkWorkbook, WorkbookCheck } from './check-workbook';
import { saveLayout } from './layout';

export interface SetupDefaultRequest {
  role: string;
  field: string;
  /** '' takes the value away again. */
  value: string;
}

/** Saves the value for every row of the role's tab, then answers readiness again. */
export function saveSetupDefault(ports: AppPorts, request: SetupDefaultRequest): WorkbookCheck {
  return ports.lock.run(() => {
    const layout = requireLayout(ports);
    const role = WORKBOOK_SCHEMA.find((spec) => spec.key === request?.role)?.key as TabKey | undefined;
    const entry = role ? layout.mapping.tabs[role] : undefined;
    if (!role || !entry || typeof request.field !== 'string' || typeof request.value !== 'string') {
      throw new DomainError('SETUP.BAD_INPUT', 'The change was not understood; reopen the readiness list and try again.');
    }
    const defaults = { ...(entry.defaults ?? {}) };
    delete defaults[request.field];
    const added = validDefaults(role, entry.tab, request.value === '' ? {} : { [request.field]: request.value });
    const next = { ...defaults, ...added };
    const mapping = { ...layout.mapping, tabs: { ...layout.mapping.tabs, [role]: { ...entry, defaults: Object.keys(next).length ? next : undefined } } };
    const session = new ActionSession(ports.workbook, mapping);
    session.audit({ action: 'setup', record: entry.tab, details: request.value === '' ? `no value for every row of ${request.field}` : `${request.field} is ${request.value} for every row without its own` });
    session.commit(ports.clock.now(), ports.identity.who());
    saveLayout(ports.store, { ...layout, mapping });
    return checkWorkbook(new ActionSession(ports.workbook, mapping), mapping, ports.clock.today());
  });
}
