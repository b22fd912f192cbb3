// This file is the one emulation of Apps Script services shared by the vm tests and the local workbench.
export { CallCounter, serviceObject } from './counter';
export { FakeSpreadsheet, FakeSheet, newDataValidation, parseA1, columnLetters, columnNumber } from './spreadsheet';
export type { StoredValue, ValidationRule, SpreadsheetOptions } from './spreadsheet';
export { FakeCache, FakeLockService, FakeProperties } from './services';
export type { FetchHandler, FetchRequest, FetchResponse, UiRecord, TriggerRecord } from './services';
export { GasRuntime, loadAddon, DEFAULT_ADDON_DIR, LOCAL_OAUTH_TOKEN, ADD_ON_NAME } from './runtime';
export { GAS_MODES, defaultGasMode } from './google-rules';
export type { GasMode } from './google-rules';
export type { GasRuntimeOptions } from './runtime';
export { loadXlsx, saveXlsx, xlsxBuffer, PROPERTIES_SHEET } from './xlsx-file';
export type { SaveOptions } from './xlsx-file';
export { formatInZone, instantOf, wallClock } from './time-zone';
export { FakeSheetsRest } from './sheets-rest-fake';
export type { FakeSheetsFile, FakeSheetsTab, FakeChart } from './sheets-rest-fake';
export { FakeFormApp } from './forms';
export type { FakeForm, FakeResponse, RecordedFormSubmitEvent, RecordedItemResponse } from './forms';
