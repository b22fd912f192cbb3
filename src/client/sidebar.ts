// This file runs the sidebar: one page, views switched inside it, every server call through the typed RPC wrapper.
import type { Startup } from '../shared/rpc-contract';
import { announce, run } from './dom';
import { call } from './rpc';
import { showApplications } from './views/applications';
import { showBatch } from './views/batch';
import { showMatch } from './views/match';
import { showDetail, showMatches } from './views/matches';
import { setNavigator, ViewName } from './views/nav';
import { showReviews } from './views/reviews';
import { showSettings } from './views/settings';
import { showSetup } from './views/setup';
import { showSummaries } from './views/summaries';
import { showTraining } from './views/training';

let startup: Startup = { setupDone: false, today: new Date().toISOString().slice(0, 10), features: { suggestions: true, batch: true, ppr: true, managerSummary: false } };

function open(view: ViewName, arg?: string): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('nav button')) {
    if (tab.dataset.view === view || (view === 'detail' && tab.dataset.view === 'matches')) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  const views: Record<ViewName, () => unknown> = {
    setup: showSetup, match: showMatch, batch: showBatch, matches: showMatches, detail: () => showDetail(arg ?? ''),
    reviews: () => showReviews(startup.today), training: showTraining, applications: showApplications,
    summaries: () => showSummaries(startup.today, startup.features.managerSummary), settings: showSettings,
  };
  void views[view]();
}

async function start(): Promise<void> {
  setNavigator(open);
  for (const tab of document.querySelectorAll<HTMLButtonElement>('nav button')) tab.addEventListener('click', () => open(tab.dataset.view as ViewName));
  const info = await run('Opening…', () => call('getStartup'));
  if (info) startup = info;
  for (const tab of document.querySelectorAll<HTMLButtonElement>('nav button')) {
    if ((tab.dataset.view === 'batch' && !startup.features.batch) || (tab.dataset.view === 'match' && !startup.features.suggestions)) tab.hidden = true;
  }
  const requested = document.body.dataset.startView;
  open(requested && requested !== 'auto' ? (requested as ViewName) : startup.setupDone ? 'match' : 'setup');
  announce(startup.setupDone ? '' : 'Start with Setup: confirm which columns the add-on reads.');
}

void start();
