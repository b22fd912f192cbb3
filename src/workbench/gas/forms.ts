// This file emulates FormApp for the intake: forms, their items, publishing, responses and the form-submit event.
// Recorded form-submit events are turned back into objects with Apps Script's methods, so the built trigger code reads
// them as it would in Apps Script.

export interface RecordedItemResponse {
  item: { title: string; type: string };
  response: unknown;
}

export interface RecordedFormSubmitEvent {
  authMode: string;
  triggerUid: string;
  source: { id: string; title: string };
  response: { id: string; timestamp: string; itemResponses: RecordedItemResponse[] };
}

export interface FakeResponse {
  id: string;
  timestamp: string;
  itemResponses: RecordedItemResponse[];
}

export interface FakeForm {
  id: string;
  title: string;
  description: string;
  destination: string;
  /**
   * Forms created through the API after 30 June 2026 start unpublished and take no responses until published
   * (https://developers.google.com/workspace/forms/api/guides/api-changes;
   * https://developers.google.com/apps-script/reference/forms/form#setpublishedenabled).
   */
  published: boolean;
  items: { type: string; title: string; required: boolean; choices: string[]; other: boolean; help: string }[];
  responses: FakeResponse[];
}

function responseObject(response: FakeResponse) {
  return {
    getId: () => response.id,
    getTimestamp: () => new Date(response.timestamp),
    getItemResponses: () =>
      response.itemResponses.map((itemResponse) => ({
        getItem: () => ({ getTitle: () => itemResponse.item.title, getType: () => itemResponse.item.type }),
        getResponse: () => itemResponse.response,
      })),
  };
}

export class FakeFormApp {
  readonly forms = new Map<string, FakeForm>();
  /** Called when a form's responses are sent to a spreadsheet (the runtime adds the responses tab there). */
  onLink: ((form: FakeForm) => void) | null = null;

  formObject(form: FakeForm) {
    const self: Record<string, unknown> = {};
    const item = (type: string) => () => {
      const record = { type, title: '', required: false, choices: [] as string[], other: false, help: '' };
      form.items.push(record);
      const builder = {
        setTitle: (title: string) => ((record.title = title), builder),
        setRequired: (required: boolean) => ((record.required = required), builder),
        setHelpText: (help: string) => ((record.help = help), builder),
        setChoiceValues: (choices: string[]) => ((record.choices = [...choices]), builder),
        showOtherOption: (other: boolean) => ((record.other = other), builder),
      };
      return builder;
    };
    Object.assign(self, {
      getId: () => form.id,
      getTitle: () => form.title,
      getPublishedUrl: () => `https://docs.google.com/forms/d/e/${form.id}/viewform`,
      getEditUrl: () => `https://docs.google.com/forms/d/${form.id}/edit`,
      setDescription: (text: string) => ((form.description = text), self),
      setConfirmationMessage: () => self,
      setCollectEmail: () => self,
      setAllowResponseEdits: () => self,
      setDestination: (_type: string, id: string) => {
        form.destination = id;
        this.onLink?.(form);
        return self;
      },
      getDestinationId: () => {
        if (!form.destination) throw new Error('Exception: This form does not currently have a response destination.');
        return form.destination;
      },
      setPublished: (published: boolean) => ((form.published = published === true), self),
      isPublished: () => form.published,
      getResponses: (since?: Date) => form.responses.filter((r) => !since || new Date(r.timestamp).getTime() >= since.getTime()).map(responseObject),
      addTextItem: item('TEXT'),
      addParagraphTextItem: item('PARAGRAPH_TEXT'),
      addDateItem: item('DATE'),
      addMultipleChoiceItem: item('MULTIPLE_CHOICE'),
      addCheckboxItem: item('CHECKBOX'),
      getResponse: (id: string) => {
        const response = form.responses.find((candidate) => candidate.id === id);
        if (!response) throw new Error('No response with ID ' + id);
        return responseObject(response);
      },
    });
    return self;
  }

  readonly api = {
    create: (title: string) => {
      const form: FakeForm = { id: `form-${this.forms.size + 1}`, title, description: '', destination: '', published: false, items: [], responses: [] };
      this.forms.set(form.id, form);
      return this.formObject(form);
    },
    openById: (id: string) => {
      const form = this.forms.get(id);
      if (!form) throw new Error('No item with the given ID could be found.');
      return this.formObject(form);
    },
    openByUrl: (url: string) => this.api.openById(/\/forms\/d\/(?:e\/)?([^/]+)/.exec(url)?.[1] ?? ''),
    DestinationType: { SPREADSHEET: 'SPREADSHEET' },
  };

  /** Someone answering the form: refused while it is unpublished, as Google Forms does. */
  submit(formId: string, response: FakeResponse): FakeResponse {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`No form ${formId}.`);
    if (!form.published) throw new Error(`The form "${form.title}" is not published, so it accepts no responses.`);
    form.responses.push(response);
    return response;
  }

  /** The event Apps Script hands the form-submit trigger, for a response of this form. */
  eventFor(formId: string, response: FakeResponse) {
    const form = this.forms.get(formId)!;
    return { authMode: 'FULL', triggerUid: 'trigger', source: this.formObject(form), response: responseObject(response) };
  }

  /** A recorded event, with the form it names created here under that ID. */
  replay(recorded: RecordedFormSubmitEvent, formId = recorded.source.id) {
    if (!this.forms.has(formId)) this.forms.set(formId, { id: formId, title: recorded.source.title, description: '', destination: '', published: true, items: [], responses: [] });
    const response = { id: recorded.response.id, timestamp: recorded.response.timestamp, itemResponses: recorded.response.itemResponses };
    this.forms.get(formId)!.responses.push(response);
    return this.eventFor(formId, response);
  }
}
