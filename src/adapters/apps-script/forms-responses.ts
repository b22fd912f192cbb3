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

/** The submission in a form-submit trigger's event; the form's kind comes from the saved form IDs, else its title. */
export function submissionFromEvent(event: GoogleAppsScript.Events.FormsOnFormSubmit, kindOf: (formId: string) => FormKind | undefined): Submission | null {
  const formId = event.source.getId();
  const kind = kindOf(formId) ?? formKindFromTitle(event.source.getTitle());
  return kind ? submissionOf(event.response, formId, kind) : null;
}
