// This file turns Google Forms responses into intake submissions: from the form-submit trigger's event, and, for the
// retry, by opening the form and reading the response again by its ID.
import { answersByKey, formDefinition, formKindFromTitle } from '../../domain/intake';
import type { FormKind } from '../../domain/intake/form-definition';
import type { Submission, TitledAnswer } from '../../domain/intake/submission';
import type { FormResponsesPort } from '../../ports/intake.port';

/** A response as a submission; dates answered in a date item arrive as "YYYY-MM-DD" text. */
export function submissionOf(response: GoogleAppsScript.Forms.FormResponse, formId: string, kind: FormKind): Submission {
  const items: TitledAnswer[] = response.getItemResponses().map((itemResponse) => ({
    title: itemResponse.getItem().getTitle(),
    response: itemResponse.getResponse() as unknown,
  }));
  return {
    responseId: response.getId(),
    formKind: kind,
    formId,
    submittedAt: response.getTimestamp().toISOString(),
    answers: answersByKey(formDefinition(kind), items),
  };
}

export class AppsScriptFormResponses implements FormResponsesPort {
  get(formId: string, formKind: FormKind, responseId: string): Submission | null {
    try {
      return submissionOf(FormApp.openById(formId).getResponse(responseId), formId, formKind);
    } catch {
      return null;
    }
  }
}

type FormSubmitEvent = GoogleAppsScript.Events.SheetsOnFormSubmit | GoogleAppsScript.Events.FormsOnFormSubmit;

/** How far apart a response's timestamp and its row's Timestamp cell may be and still be the same answer. */
const SAME_RESPONSE_MS = 5_000;

/**
 * The submissions in a form-submit trigger's event; the form's kind comes from the saved form IDs, else its title.
 * The trigger sits on this spreadsheet, so its event carries the new responses row, not the response
 * (https://developers.google.com/apps-script/guides/triggers/events#form-submit): the form is found from the row's
 * tab (Sheet.getFormUrl) and the response by its timestamp; two answers in the same instant are both sent (the
 * intake function writes each response ID once). An event from a trigger on the form itself carries the response.
 */
export function submissionsFromEvent(event: FormSubmitEvent, kindOf: (formId: string) => FormKind | undefined): Submission[] {
  if ('response' in event && event.response) {
    const kind = kindOf(event.source.getId()) ?? formKindFromTitle(event.source.getTitle());
    return kind ? [submissionOf(event.response, event.source.getId(), kind)] : [];
  }
  const { range } = event as GoogleAppsScript.Events.SheetsOnFormSubmit;
  const url = range.getSheet().getFormUrl();
  if (!url) return [];
  const form = FormApp.openByUrl(url);
  const kind = kindOf(form.getId()) ?? formKindFromTitle(form.getTitle());
  const stamp = range.getValues()[0]?.[0];
  if (!kind || !(stamp instanceof Date)) return [];
  const candidates = form.getResponses(new Date(stamp.getTime() - SAME_RESPONSE_MS));
  const distance = (response: GoogleAppsScript.Forms.FormResponse) => Math.abs(response.getTimestamp().getTime() - stamp.getTime());
  const closest = Math.min(...candidates.map(distance));
  return candidates.filter((r) => distance(r) === closest && closest <= SAME_RESPONSE_MS).map((r) => submissionOf(r, form.getId(), kind));
}
