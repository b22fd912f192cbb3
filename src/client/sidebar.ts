// This file runs the sidebar: one page, views switched inside it, every server call through the typed RPC wrapper.
import type { Startup, UndoOffer } from '../shared/rpc-contract';
import { SAID_BY_NEXT_VIEW } from './announce';
import { announce, run } from './dom';
import { call } from './rpc';
import { showApplications } from './views/applications';
import { showBatch } from './views/batch';
import { showMentorSuggestions } from './views/mentor-suggestions';
import { showDetail, showMatches } from './views/matches';
import { setNavigator, ViewName } from './views/nav';
import { showReviews } from './views/reviews';
import { showSettings } from './views/settings';
import { showSetup } from './views/setup';
import { showSummaries } from './views/summaries';
import { showToday } from './views/today';
import { showTraining } from './views/training';

let startup: Startup = { setupDone: false, today: new Date().toISOString().slice(0, 10) };

/** Opens a view. A view without a load of its own starts with an empty live region, so nothing stale is left there. */
function open(view: ViewName, arg?: string, outcome?: string, undo?: UndoOffer | null): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('nav button')) {
    if (tab.dataset.view === view || (view === 'detail' && tab.dataset.view === 'matches')) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  announce(outcome ?? '');
  const views: Record<ViewName, () => unknown> = {
    today: () => showToday(outcome), setup: () => showSetup(outcome, arg), match: () => showMentorSuggestions(arg), batch: showBatch, matches: () => showMatches(outcome), detail: () => showDetail(arg ?? '', outcome, undo),
    reviews: () => showReviews(startup.today, outcome, arg), training: () => showTraining(outcome, undo), applications: () => showApplications(outcome, undo),
    summaries: () => showSummaries(startup.today), settings: () => showSettings(outcome),
  };
  void views[view]();
}

async function start(): Promise<void> {
  setNavigator(open);
  for (const tab of document.querySelectorAll<HTMLButtonElement>('nav button')) tab.addEventListener('click', () => open(tab.dataset.view as ViewName));
  const info = await run('Opening…', () => call('getStartup'), SAID_BY_NEXT_VIEW);
  if (info) startup = info;
  const requested = document.body.dataset.startView;
  open(requested && requested !== 'auto' ? (requested as ViewName) : startup.setupDone ? 'today' : 'setup', undefined, startup.setupDone ? undefined : 'Start with Setup: confirm which columns the add-on reads.');
}

void start();
