// This file reads a form's responses through the Forms API (googleapis) as intake submissions: question IDs are
// turned into the intake's question keys through the form's item titles.
import { forms, forms_v1 } from 'googleapis/build/src/apis/forms';
import { answersByKey, formDefinition, FormKind, formKindFromTitle, Submission, TitledAnswer } from '../../../src/domain/intake';

export interface FormResponses {
  /** The workbook the form sends its responses to (its linked sheet), if any. */
  linkedSheetId?: string;
  submissions: Submission[];
}

export interface FormResponsesSource {
  /** Every response of the form, as submissions of the given kind (or the kind its title says). */
  listSubmissions(formId: string, kind?: FormKind): Promise<FormResponses>;
}

/** The form's title names no intake form: reading it again cannot help. */
export class FormKindUnknownError extends Error {
  readonly code = 'FORM.UNKNOWN_KIND';
  constructor() {
    super('FORM.UNKNOWN_KIND');
    this.name = 'FormKindUnknownError';
  }
}

export function createFormsClient(options: { rootUrl?: string; auth: forms_v1.Options['auth'] }): forms_v1.Forms {
  return forms({ version: 'v1', auth: options.auth, ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}), retry: false, fetchImplementation: fetch });
}

/** Most pages read per form in one reconcile run (5,000 responses at 100 a page); the rest wait for the next run. */
const MAX_PAGES = 50;

export function createFormResponsesSource(client: forms_v1.Forms, timeoutMs: number): FormResponsesSource {
  const request = { timeout: timeoutMs, retry: false, fetchImplementation: fetch } as const;
  return {
    async listSubmissions(formId, kind) {
      const { data: form } = await client.forms.get({ formId }, request);
      const formKind = kind ?? formKindFromTitle(form.info?.title ?? '');
      if (!formKind) throw new FormKindUnknownError();
      const titles = new Map<string, string>();
      for (const item of form.items ?? []) {
        const id = item.questionItem?.question?.questionId;
        if (id) titles.set(id, item.title ?? id);
      }
      const definition = formDefinition(formKind);
      const submissions: Submission[] = [];
      let pageToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const { data } = await client.forms.responses.list({ formId, pageSize: 100, ...(pageToken ? { pageToken } : {}) }, request);
        for (const response of data.responses ?? []) {
          if (!response.responseId) continue;
          const items: TitledAnswer[] = Object.entries(response.answers ?? {}).map(([questionId, answer]) => {
            const values = (answer.textAnswers?.answers ?? []).map((value) => value.value ?? '');
            return { title: titles.get(questionId) ?? questionId, response: values.length === 1 ? values[0] : values };
          });
          submissions.push({
            responseId: response.responseId,
            formKind,
            formId,
            submittedAt: response.lastSubmittedTime ?? response.createTime ?? new Date(0).toISOString(),
            answers: answersByKey(definition, items),
          });
        }
        pageToken = data.nextPageToken ?? undefined;
        if (!pageToken) break;
      }
      return { ...(form.linkedSheetId ? { linkedSheetId: form.linkedSheetId } : {}), submissions };
    },
  };
}
