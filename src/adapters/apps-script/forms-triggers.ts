// This file installs the intake's triggers with ScriptApp within the editor-add-on rules
// (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions): an add-on may put triggers
// only on the file it is used in, one of each type per user, time-driven at most hourly. So there is one form-submit
// trigger on this spreadsheet (the forms send their responses here) and one hourly retry. Installing twice is harmless.
import type { IntakeTriggersPort } from '../../ports/intake.port';

export class AppsScriptIntakeTriggers implements IntakeTriggersPort {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()) {}

  ensureFormSubmit(handler: string): boolean {
    const id = this.spreadsheet.getId();
    const submits = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT);
    // Triggers on the forms themselves (an older version made those) would send each answer twice.
    for (const trigger of submits) if (trigger.getTriggerSourceId() !== id) ScriptApp.deleteTrigger(trigger);
    if (submits.some((t) => t.getTriggerSourceId() === id)) return false;
    ScriptApp.newTrigger(handler).forSpreadsheet(this.spreadsheet).onFormSubmit().create();
    return true;
  }

  ensureHourly(handler: string): boolean {
    const clocks = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.CLOCK);
    if (clocks.length) return false;
    ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
    return true;
  }
}
