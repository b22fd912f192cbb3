// This file builds an intake form with FormApp from its definition, linked to the workbook so responses also land in
// a responses tab there (a second record the coordinator can see).
import type { FormDefinition, Question } from '../../domain/intake/form-definition';
import type { CreatedForm, FormBuilderPort } from '../../ports/intake.port';

function addQuestion(form: GoogleAppsScript.Forms.Form, question: Question): void {
  const labels = (question.choices ?? []).map((choice) => choice.label);
  switch (question.type) {
    case 'short-text': {
      const item = form.addTextItem().setTitle(question.title).setRequired(question.required);
      if (question.help) item.setHelpText(question.help);
      return;
    }
    case 'paragraph': {
      const item = form.addParagraphTextItem().setTitle(question.title).setRequired(question.required);
      if (question.help) item.setHelpText(question.help);
      return;
    }
    case 'date': {
      const item = form.addDateItem().setTitle(question.title).setRequired(question.required);
      if (question.help) item.setHelpText(question.help);
      return;
    }
    case 'multiple-choice': {
      const item = form.addMultipleChoiceItem().setTitle(question.title).setChoiceValues(labels).setRequired(question.required);
      if (question.other) item.showOtherOption(true);
      if (question.help) item.setHelpText(question.help);
      return;
    }
    case 'checkboxes': {
      const item = form.addCheckboxItem().setTitle(question.title).setChoiceValues(labels).setRequired(question.required);
      if (question.other) item.showOtherOption(true);
      if (question.help) item.setHelpText(question.help);
      return;
    }
  }
}

/**
 * Forms created through the API after 30 June 2026 start unpublished and take no answers until published
 * (https://developers.google.com/workspace/forms/api/guides/api-changes); FormApp's Form has setPublished and
 * isPublished for that (https://developers.google.com/apps-script/reference/forms/form#setpublishedenabled).
 */
type PublishableForm = GoogleAppsScript.Forms.Form & { setPublished(enabled: boolean): GoogleAppsScript.Forms.Form; isPublished(): boolean };

export class AppsScriptFormBuilder implements FormBuilderPort {
  constructor(private readonly spreadsheetId: () => string = () => SpreadsheetApp.getActiveSpreadsheet().getId()) {}

  create(definition: FormDefinition): CreatedForm {
    const form = FormApp.create(definition.title) as PublishableForm;
    form.setDescription(definition.description).setConfirmationMessage(definition.confirmation).setCollectEmail(false).setAllowResponseEdits(false);
    for (const question of definition.questions) addQuestion(form, question);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, this.spreadsheetId());
    form.setPublished(true);
    return { formId: form.getId(), publishedUrl: form.getPublishedUrl(), editUrl: form.getEditUrl() };
  }

  exists(formId: string): boolean {
    try {
      return FormApp.openById(formId).getId() === formId;
    } catch {
      return false;
    }
  }

  finish(formId: string): { linked: boolean; published: boolean; publishedUrl: string } {
    const form = FormApp.openById(formId) as PublishableForm;
    let destination = '';
    try {
      destination = form.getDestinationId();
    } catch {
      // No destination yet: the run that made the form stopped before linking it.
    }
    const linked = destination !== this.spreadsheetId();
    if (linked) form.setDestination(FormApp.DestinationType.SPREADSHEET, this.spreadsheetId());
    const published = !form.isPublished();
    if (published) form.setPublished(true);
    return { linked, published, publishedUrl: form.getPublishedUrl() };
  }
}
