// This file installs the intake's triggers with ScriptApp: one form-submit trigger per form, one time-driven retry.
// Installing twice is harmless: an existing trigger for the same handler and source is kept.
import type { IntakeTriggersPort } from '../../ports/intake.port';

export class AppsScriptIntakeTriggers implements IntakeTriggersPort {
  ensureFormSubmit(formId: string, handler: string): void {
    const exists = ScriptApp.getProjectTriggers().some(
      (trigger) => trigger.getHandlerFunction() === handler && trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT && trigger.getTriggerSourceId() === formId,
    );
    if (!exists) ScriptApp.newTrigger(handler).forForm(formId).onFormSubmit().create();
  }

  ensureEvery(minutes: number, handler: string): void {
    const exists = ScriptApp.getProjectTriggers().some((trigger) => trigger.getHandlerFunction() === handler && trigger.getEventType() === ScriptApp.EventType.CLOCK);
    if (!exists) ScriptApp.newTrigger(handler).timeBased().everyMinutes(minutes).create();
  }
}
