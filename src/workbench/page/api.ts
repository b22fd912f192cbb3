// This file is the workbench page's client for its own server: the workbook's tabs, one tab's cells, the cursor
// and the add-on's menu actions. The shapes it receives are in ./contract, shared with the server.
import type { MenuOutcome, TabSummary, TabView } from './contract';

export type { MenuOutcome, TabSummary, TabView };

export interface Overview {
  file: string;
  version: number;
  saveError: string | null;
  /** The cursor: the add-on moves it with Range.activate (Go to cell). */
  active: { tab: string; row: number; column: number };
  tabs: TabSummary[];
  menus: { title: string; items: { label: string; functionName: string }[] }[];
}

async function json<T>(url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`The workbench answered ${response.status}.`);
  return (await response.json()) as T;
}

export const getOverview = () => json<Overview>('/api/tabs');
export const getTab = (name: string) => json<TabView>(`/api/tab?name=${encodeURIComponent(name)}`);
export const selectCell = (tab: string, row: number, column: number) => json<{ ok: boolean }>('/api/select', { tab, row, column });
export const runMenu = (functionName: string) => json<MenuOutcome>('/api/menu', { functionName });
