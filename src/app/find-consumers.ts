// This file finds the consumer a coordinator means: the one on the row under the cursor, or by name or ID.
import type { Consumer } from '../domain/model';
import { normalizeKey } from '../domain/text';
import { AppPorts, readSession } from './app-ports';

/** The consumer on the row under the cursor on the Consumers tab, or null. */
export function findConsumerAtCursor(ports: AppPorts): Consumer | null {
  const at = ports.selection?.current();
  if (!at || at.row < 2) return null;
  const model = readSession(ports).model();
  return model.consumers.find((c) => c.source.tab === at.tab && c.source.row === at.row) ?? null;
}

/** Consumers whose name contains the words (or whose ID is them), those waiting first, longest waiting first. */
export function searchConsumers(ports: AppPorts, query: string): Consumer[] {
  const text = normalizeKey(String(query ?? '')).slice(0, 80);
  const model = readSession(ports).model();
  const matches = model.consumers.filter((c) => !text || normalizeKey(c.name).includes(text) || normalizeKey(c.id) === text);
  const waitingFirst = matches.sort((a, b) => Number(b.status === 'waiting') - Number(a.status === 'waiting') || (a.requestedOn ?? '').localeCompare(b.requestedOn ?? ''));
  return waitingFirst.slice(0, 25);
}
