// This file is the add-on's only entry point: every export becomes a top-level Apps Script function.
// Each entry is a few lines: a use case from src/app over the Apps Script adapters, and a presenter for the sidebar.
import { appsScriptPorts } from '../adapters/apps-script/ports';
import { appsScriptIntakePorts } from '../adapters/apps-script/forms-intake';
import { submissionsFromEvent } from '../adapters/apps-script/forms-responses';
import { readSession } from '../app/app-ports';
import { applySetup as applySetupUseCase, SetupChoices } from '../app/apply-setup';
import { changeMatch as changeMatchUseCase, MatchChange } from '../app/change-match';
import { checkWorkbook } from '../app/check-workbook';
import { ApplicationDecisionRequest, decideApplication as decideApplicationUseCase } from '../app/decide-application';
import { copyGoals as copyGoalsUseCase, previewGoalsCopy } from '../app/copy-goals';
import { goToCell as goToCellUseCase, CellRequest } from '../app/go-to-cell';
import { saveSetupDefault as saveSetupDefaultUseCase, SetupDefaultRequest } from '../app/save-setup-default';
import { findConsumerAtCursor, searchConsumers as searchConsumersUseCase } from '../app/find-consumers';
import { formKindOf, readIntakeForms, readLocalNames } from '../app/intake-config';
import { createIntakeForms, listIntakeForms } from '../app/intake-forms';
import { retryPendingSubmissions } from '../app/intake-retry';
import { submitFormResponse } from '../app/intake-submit';
import { loadLayout } from '../app/layout';
import { listApplications as listApplicationsUseCase } from '../app/list-applications';
import { listReviewsDue } from '../app/list-reviews-due';
import { logReview as logReviewUseCase, ReviewInput } from '../app/log-review';
import { listMatches as listMatchesUseCase, openMatch } from '../app/open-match';
import { planMatchesInWorkbook } from '../app/plan-matches';
import { proposeMatch as proposeMatchUseCase, proposeMatches } from '../app/propose-matches';
import { proposeSetup, proposeSetupTab } from '../app/propose-setup';
import { publishManagerSummary as publishManagerSummaryUseCase } from '../app/publish-manager-summary';
import { readAttendance, recordAttendance as recordAttendanceUseCase } from '../app/record-attendance';
import { addTrainingSession as addTrainingSessionUseCase, TrainingSessionRequest } from '../app/plan-training';
import { refreshPpr as refreshPprUseCase } from '../app/refresh-ppr';
import { reportTraining } from '../app/report-training';
import { readSettingValues, saveSettings as saveSettingsUseCase } from '../app/save-settings';
import { suggestMentorsInWorkbook } from '../app/suggest-mentors';
import { draftIntroduction, IntroductionRequest } from '../app/draft-introduction';
import { listReminders } from '../app/list-reminders';
import { listTodayInWorkbook } from '../app/list-today';
import { tellMatchStory, tellPersonStory } from '../app/tell-story';
import { LetterRequest, writeLetters } from '../app/write-letters';
import { presentApplication, presentDecision } from './presenters/applications';
import { presentMatchDetail } from './presenters/match-detail';
import { presentConsumer, presentMatchSummary } from './presenters/people';
import { presentGoalsCopied, presentGoalsCopy } from './presenters/goals-copy';
import { presentReadiness } from './presenters/readiness';
import { presentReviewLog } from './presenters/review-log';
import { presentSettings } from './presenters/settings';
import { presentBatchPlan, presentBatchResult, presentSuggestions } from './presenters/suggestions';
import { presentPprRefreshed, presentPublished } from './presenters/summaries';
import { presentAttendance, presentPlannedSession, presentTraining } from './presenters/training';
import { presentIntroduction, presentLetters, presentReminders, presentTimeline } from './presenters/outreach';
import { presentToday } from './presenters/today';
import { asRpcResult } from './rpc';
import type { AppPorts } from '../app/app-ports';
import type { UndoOffer } from '../app/undo-journal';
import { undoChange as undoChangeUseCase } from '../app/undo-change';

const MENU = 'Peer Mentoring';

/** A sidebar change: its result, with the Undo the sidebar offers while the view is open (null when nothing was written). */
function undoable<T extends object>(work: (ports: AppPorts) => T) {
  return asRpcResult(() => {
    let undo: UndoOffer | null = null;
    const value = work({ ...appsScriptPorts(), offerUndo: (offer) => (undo = offer) });
    return { ...value, undo };
  });
}

/** Builds the "Peer Mentoring" menu when the workbook opens (also in limited mode: no data is read here). */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open Peer Mentoring', 'showSidebar')
    .addItem('Setup…', 'showSetup')
    .addItem('Rebuild the yearly report (PPR)', 'refreshPprFromMenu')
    .addItem('Create forms', 'createIntakeFormsFromMenu')
    .addItem('Help', 'showHelp')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

function sidebar(view: string): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(MENU);
  // The start view travels in the page itself, as data; the sidebar reads it with textContent.
  html.setContent(html.getContent().replace('data-start-view="auto"', `data-start-view="${view}"`));
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showSidebar(): void {
  sidebar('auto');
}

export function showSetup(): void {
  sidebar('setup');
}

/** Menu: rebuilds the PPR tab for the current fiscal year; the outcome shows as a toast, never an alert with data. */
export function refreshPprFromMenu(): void {
  const outcome = asRpcResult(() => presentPprRefreshed(refreshPprUseCase(appsScriptPorts(), { fiscalYear: 0 })));
  const text = outcome.ok ? outcome.value.message : outcome.error.message;
  SpreadsheetApp.getActiveSpreadsheet().toast(text, MENU, 10);
}

export function showHelp(): void {
  const text = [
    'Peer Mentoring turns your mentor, consumer and goal sheets into a matching and review workflow.',
    'Start with Extensions → Peer Mentoring → Setup: it shows which of your columns it reads, lets you correct them, and creates only the tabs that are missing.',
    'Then open the sidebar: Match suggests mentors for the consumer under your cursor; Plan matches proposes matches for everyone waiting; Matches takes a match from intro meeting to active and completed; Reviews lists reviews due and logs them; Training tracks sessions and attendance; Summaries rebuilds the yearly Program Performance Report (PPR) and publishes the manager summary.',
    'Every change is written to the Audit tab (when, who, what, which record).',
  ].join('\n\n');
  SpreadsheetApp.getUi().alert(MENU, text, SpreadsheetApp.getUi().ButtonSet.OK);
}

/** Sidebar: what it needs when it opens. */
export function getStartup() {
  return asRpcResult(() => {
    const ports = appsScriptPorts();
    return { setupDone: loadLayout(ports.store) !== null, today: ports.clock.today() };
  });
}

export function getWorkbookCheck() {
  return asRpcResult(() => {
    const ports = appsScriptPorts();
    return checkWorkbook(readSession(ports), loadLayout(ports.store)?.mapping, ports.clock.today());
  });
}

/** Sidebar: can the coordinator match today, and if not, each blocker with its fix. */
export function getReadiness() {
  return asRpcResult(() => {
    const ports = appsScriptPorts();
    return presentReadiness(checkWorkbook(readSession(ports), loadLayout(ports.store)?.mapping, ports.clock.today()).readiness);
  });
}

/** Sidebar: Go to cell, for a value readiness could not read. */
export function goToCell(cell: CellRequest) {
  return asRpcResult(() => goToCellUseCase(appsScriptPorts(), cell));
}

/** Sidebar: a readiness fix, a value for every row of a tab with no column for it ("everyone is eligible"). */
export function saveSetupDefault(request: SetupDefaultRequest) {
  return asRpcResult(() => presentReadiness(saveSetupDefaultUseCase(appsScriptPorts(), request).readiness));
}

/** Sidebar (end of Setup): copies the goals typed on the consumers' tab into the Goals tab, with one Audit row; a second run adds nothing. */
export function copyGoals() {
  return undoable((ports) => {
    const { added, after } = copyGoalsUseCase(ports);
    return presentGoalsCopied(added, after);
  });
}

/** Sidebar: what copying the typed goals would do now (after an undo, the goals it took back are offered again). */
export function getGoalsCopy() {
  return asRpcResult(() => presentGoalsCopy(previewGoalsCopy(appsScriptPorts())));
}

export function getSetupProposal() {
  return asRpcResult(() => {
    const proposal = proposeSetup(appsScriptPorts());
    return { ...proposal, readiness: presentReadiness(proposal.readiness) };
  });
}

/** Sidebar: Setup's proposal for one role on the tab the coordinator chose, so the column lists follow the tab. */
export function getSetupTab(request: { role: string; tab: string; headerRow?: number | null }) {
  return asRpcResult(() => proposeSetupTab(appsScriptPorts(), request));
}

export function applySetup(choices: SetupChoices) {
  return asRpcResult(() => {
    const ports = appsScriptPorts();
    const result = applySetupUseCase(ports, choices);
    // Setup ends on readiness and on the offer to copy the goals typed on the consumers' tab (a preview first).
    return { ...result, readiness: presentReadiness(result.check.readiness), goals: presentGoalsCopy(previewGoalsCopy(ports)) };
  });
}

export function getConsumerAtCursor() {
  return asRpcResult(() => {
    const consumer = findConsumerAtCursor(appsScriptPorts());
    return consumer ? presentConsumer(consumer) : null;
  });
}

export function searchConsumers(query: string) {
  return asRpcResult(() => searchConsumersUseCase(appsScriptPorts(), query).map(presentConsumer));
}

export function getMatchSuggestions(consumerId: string, top?: number) {
  return asRpcResult(() => presentSuggestions(suggestMentorsInWorkbook(appsScriptPorts(), consumerId, top)));
}

export function proposeMatch(request: { consumerId: string; mentorId: string }) {
  return undoable((ports) => {
    const { model, record } = proposeMatchUseCase(ports, request);
    return presentMatchDetail(model, record, ports.clock.today());
  });
}

export function getBatchProposals() {
  return asRpcResult(() => presentBatchPlan(planMatchesInWorkbook(appsScriptPorts())));
}

export function acceptBatch(request: { pairs: { consumerId: string; mentorId: string }[] }) {
  return undoable((ports) => presentBatchResult(proposeMatches(ports, Array.isArray(request?.pairs) ? request.pairs : [], true)));
}

export function listMatches(filter: { open: boolean }) {
  return asRpcResult(() => {
    const model = readSession(appsScriptPorts()).model();
    return listMatchesUseCase(model, filter).map((match) => presentMatchSummary(model, match));
  });
}

export function getMatchDetail(matchId: string) {
  return asRpcResult(() => {
    const ports = appsScriptPorts();
    const { model, record } = openMatch(ports, matchId);
    return presentMatchDetail(model, record, ports.clock.today());
  });
}

export function changeMatch(change: MatchChange) {
  return undoable((ports) => {
    const { model, record } = changeMatchUseCase(ports, change);
    return presentMatchDetail(model, record, ports.clock.today());
  });
}

export function getReviewLog() {
  return asRpcResult(() => {
    const ports = appsScriptPorts();
    const model = readSession(ports).model();
    return presentReviewLog(listReviewsDue(model, ports.clock.today()), model);
  });
}

export function logReview(entry: ReviewInput) {
  return undoable((ports) => logReviewUseCase(ports, entry));
}

export function getTraining() {
  return asRpcResult(() => {
    const ports = appsScriptPorts();
    const model = readSession(ports).model();
    return presentTraining(reportTraining(model, ports.clock.today()), model);
  });
}

export function getAttendance(sessionId: string) {
  return asRpcResult(() => presentAttendance(readAttendance(readSession(appsScriptPorts()).model(), sessionId)));
}

export function recordAttendance(request: { sessionId: string; mentorIds: string[] }) {
  return undoable((ports) => recordAttendanceUseCase(ports, request));
}

/** Sidebar: adds a training session to the Trainings tab. */
export function addTrainingSession(request: TrainingSessionRequest) {
  return undoable((ports) => presentPlannedSession(addTrainingSessionUseCase(ports, request)));
}

export function listApplications() {
  return asRpcResult(() => listApplicationsUseCase(appsScriptPorts()).map(presentApplication));
}

/** Sidebar: the intake forms Create forms has made, and who may answer them. */
export function getIntakeForms() {
  return asRpcResult(() => listIntakeForms(appsScriptPorts().store));
}

export function decideApplication(request: ApplicationDecisionRequest) {
  return undoable((ports) => presentDecision(decideApplicationUseCase(ports, request)));
}

/** Sidebar: puts back what one earlier change wrote, if its cells still hold what it wrote. */
export function undoChange(request: { token: string }) {
  return asRpcResult(() => undoChangeUseCase(appsScriptPorts(), request?.token));
}

export function getSettings() {
  return asRpcResult(() => presentSettings(readSettingValues(appsScriptPorts())));
}

export function saveSettings(values: Record<string, string>) {
  return undoable((ports) => presentSettings(saveSettingsUseCase(ports, values)));
}

export function refreshPpr(request: { fiscalYear: number }) {
  return asRpcResult(() => presentPprRefreshed(refreshPprUseCase(appsScriptPorts(), request)));
}

export function publishManagerSummary() {
  return asRpcResult(() => presentPublished(publishManagerSummaryUseCase(appsScriptPorts())));
}

/** Sidebar: what needs the coordinator today, and the program's health line. */
export function getToday() {
  return asRpcResult(() => {
    const { model, today } = listTodayInWorkbook(appsScriptPorts());
    return presentToday(today, model);
  });
}

/** Sidebar: a new pair's intro email and calendar event, as links the coordinator opens. */
export function getIntroduction(request: IntroductionRequest) {
  return asRpcResult(() => presentIntroduction(draftIntroduction(appsScriptPorts(), request)));
}

/** Sidebar: the plain-language letters to print for a consumer, an application or a match. */
export function getLetters(request: LetterRequest) {
  return asRpcResult(() => presentLetters(writeLetters(appsScriptPorts(), request)));
}

/** Sidebar: a match's history, oldest first. */
export function getMatchStory(matchId: string) {
  return asRpcResult(() => presentTimeline(`The story of match ${matchId}`, tellMatchStory(appsScriptPorts(), matchId).events));
}

/** Sidebar: a consumer's or mentor's history, oldest first. */
export function getPersonStory(personId: string) {
  return asRpcResult(() => {
    const { person, events } = tellPersonStory(appsScriptPorts(), personId);
    return presentTimeline(`${person.name} (${person.id})`, events);
  });
}

/** Sidebar: reviews and check-ins coming due, as calendar links and one .ics file. */
export function getReminders() {
  return asRpcResult(() => presentReminders(listReminders(appsScriptPorts())));
}

/** Menu: creates the intake forms that are missing, linked to this workbook and published, with their triggers. */
export function createIntakeFormsFromMenu(): void {
  const outcome = asRpcResult(() => {
    const ports = appsScriptPorts();
    return createIntakeForms(appsScriptIntakePorts(), readLocalNames(ports.workbook, ports.store));
  });
  SpreadsheetApp.getActiveSpreadsheet().toast(outcome.ok ? outcome.value.message : outcome.error.message, MENU, 15);
}

/** Installable form-submit trigger on this spreadsheet: sends the response to the intake function, or queues it. */
export function onIntakeFormSubmit(event: GoogleAppsScript.Events.SheetsOnFormSubmit | GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const ports = appsScriptIntakePorts();
  const forms = readIntakeForms(ports.store);
  for (const submission of submissionsFromEvent(event, (formId) => formKindOf(forms, formId))) submitFormResponse(ports, submission);
}

/** Time-driven trigger: sends the queued submissions again. */
export function retryIntakeQueue(): void {
  retryPendingSubmissions(appsScriptIntakePorts());
}
