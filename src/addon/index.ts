// This file is the add-on's only entry point: every export becomes a top-level Apps Script function.
// Each entry is a few lines that call src/app with the Apps Script adapters.
import { appsScriptPorts } from '../adapters/apps-script/ports';
import { checkWorkbook } from '../app/check-workbook';
import { loadLayout } from '../app/layout';
import { changeMatch as changeMatchUseCase, getMatchDetail as matchDetail, listMatches as matchList } from '../app/match-workflow';
import { getAttendance as attendanceSheet, getReviewLog as reviewLog, getTraining as trainingOverview, logReview as logReviewUseCase, recordAttendance as recordAttendanceUseCase } from '../app/review-and-training';
import { applySetup as applySetupUseCase, proposeSetup } from '../app/setup';
import {
  consumerAtCursor, decideApplication as decideApplicationUseCase, getSettings as settingsView, listApplications as applicationList,
  saveSettings as saveSettingsUseCase, searchConsumers as consumerSearch,
} from '../app/settings-and-applications';
import { publishManagerSummary as publishManagerSummaryUseCase, refreshPpr as refreshPprUseCase } from '../app/summaries';
import { readSession } from '../app/app-ports';
import { acceptBatchFor, batchProposalsFor, proposeFromSuggestion, ServerFeatures, suggestionsFor } from '../app/match-suggestions';
import type { ApplicationDecisionRequest, MatchChange, ReviewInput, SetupChoices } from '../shared/rpc-contract';
import { asRpcResult } from './rpc';
import { appsScriptIntakePorts } from '../adapters/apps-script/forms-intake';
import { submissionFromEvent } from '../adapters/apps-script/forms-responses';
import { formKindOf, readIntakeForms } from '../app/intake-config';
import { createIntakeForms } from '../app/intake-forms';
import { retryPendingSubmissions } from '../app/intake-retry';
import { submitFormResponse } from '../app/intake-submit';

const MENU = 'Peer Mentoring';

/** Builds the "Peer Mentoring" menu when the workbook opens (also in limited mode: no data is read here). */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open Peer Mentoring', 'showSidebar')
    .addItem('Setup…', 'showSetup')
    .addItem('Refresh PPR worksheet', 'refreshPprFromMenu')
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
  const outcome = asRpcResult(() => refreshPprUseCase(appsScriptPorts(), { fiscalYear: 0 }));
  const text = outcome.ok ? outcome.value.message : outcome.error.message;
  SpreadsheetApp.getActiveSpreadsheet().toast(text, MENU, 10);
}

export function showHelp(): void {
  const text = [
    'Peer Mentoring turns your mentor, consumer and goal sheets into a matching and review workflow.',
    'Start with Extensions → Peer Mentoring → Setup: it shows which of your columns it reads, lets you correct them, and creates only the tabs that are missing.',
    'Then open the sidebar: Match suggests mentors for the consumer under your cursor; Batch proposes matches for everyone waiting; Matches takes a match from intro meeting to active and completed; Reviews lists reviews due and logs them; Training tracks sessions and attendance; Summaries rebuilds the PPR worksheet and publishes the manager summary.',
    'Every change is written to the Audit tab (when, who, what, which record).',
  ].join('\n\n');
  SpreadsheetApp.getUi().alert(MENU, text, SpreadsheetApp.getUi().ButtonSet.OK);
}

/** Sidebar: what it needs when it opens. */
export function getStartup() {
  return asRpcResult(() => {
    const ports = appsScriptPorts();
    return { setupDone: loadLayout(ports.store) !== null, today: ports.clock.today(), features: ServerFeatures };
  });
}

export function getWorkbookCheck() {
  return asRpcResult(() => {
    const ports = appsScriptPorts();
    return checkWorkbook(readSession(ports), loadLayout(ports.store)?.mapping);
  });
}

export function getSetupProposal() {
  return asRpcResult(() => proposeSetup(appsScriptPorts()));
}

export function applySetup(choices: SetupChoices) {
  return asRpcResult(() => applySetupUseCase(appsScriptPorts(), choices));
}

export function getConsumerAtCursor() {
  return asRpcResult(() => consumerAtCursor(appsScriptPorts()));
}

export function searchConsumers(query: string) {
  return asRpcResult(() => consumerSearch(appsScriptPorts(), query));
}

export function getMatchSuggestions(consumerId: string) {
  return asRpcResult(() => suggestionsFor(appsScriptPorts(), consumerId));
}

export function proposeMatch(request: { consumerId: string; mentorId: string }) {
  return asRpcResult(() => proposeFromSuggestion(appsScriptPorts(), request));
}

export function getBatchProposals() {
  return asRpcResult(() => batchProposalsFor(appsScriptPorts()));
}

export function acceptBatch(request: { pairs: { consumerId: string; mentorId: string }[] }) {
  return asRpcResult(() => acceptBatchFor(appsScriptPorts(), request));
}

export function listMatches(filter: { open: boolean }) {
  return asRpcResult(() => matchList(appsScriptPorts(), filter));
}

export function getMatchDetail(matchId: string) {
  return asRpcResult(() => matchDetail(appsScriptPorts(), matchId));
}

export function changeMatch(change: MatchChange) {
  return asRpcResult(() => changeMatchUseCase(appsScriptPorts(), change));
}

export function getReviewLog() {
  return asRpcResult(() => reviewLog(appsScriptPorts()));
}

export function logReview(entry: ReviewInput) {
  return asRpcResult(() => logReviewUseCase(appsScriptPorts(), entry));
}

export function getTraining() {
  return asRpcResult(() => trainingOverview(appsScriptPorts()));
}

export function getAttendance(sessionId: string) {
  return asRpcResult(() => attendanceSheet(appsScriptPorts(), sessionId));
}

export function recordAttendance(request: { sessionId: string; mentorIds: string[] }) {
  return asRpcResult(() => recordAttendanceUseCase(appsScriptPorts(), request));
}

export function listApplications() {
  return asRpcResult(() => applicationList(appsScriptPorts()));
}

export function decideApplication(request: ApplicationDecisionRequest) {
  return asRpcResult(() => decideApplicationUseCase(appsScriptPorts(), request));
}

export function getSettings() {
  return asRpcResult(() => settingsView(appsScriptPorts()));
}

export function saveSettings(values: Record<string, string>) {
  return asRpcResult(() => saveSettingsUseCase(appsScriptPorts(), values));
}

export function refreshPpr(request: { fiscalYear: number }) {
  return asRpcResult(() => refreshPprUseCase(appsScriptPorts(), request));
}

export function publishManagerSummary() {
  return asRpcResult(() => publishManagerSummaryUseCase(appsScriptPorts()));
}

/** Menu: creates the intake forms that are missing, linked to this workbook, with their submit and retry triggers. */
export function createIntakeFormsFromMenu(): void {
  const outcome = asRpcResult(() => createIntakeForms(appsScriptIntakePorts()));
  const created = outcome.ok ? outcome.value.filter((form) => form.created).map((form) => form.title) : [];
  const text = !outcome.ok ? outcome.error.message : created.length > 0 ? `Created: ${created.join(', ')}. Find them in your Google Drive.` : 'The three forms are already set up.';
  SpreadsheetApp.getActiveSpreadsheet().toast(text, MENU, 15);
}

/** Installable form-submit trigger: sends the response to the intake function, or queues it when that fails. */
export function onIntakeFormSubmit(event: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const ports = appsScriptIntakePorts();
  const submission = submissionFromEvent(event, (formId) => formKindOf(readIntakeForms(ports.store), formId));
  if (submission) submitFormResponse(ports, submission);
}

/** Time-driven trigger: sends the queued submissions again. */
export function retryIntakeQueue(): void {
  retryPendingSubmissions(appsScriptIntakePorts());
}
