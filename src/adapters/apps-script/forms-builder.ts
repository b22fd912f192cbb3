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

export class AppsScriptFormBuilder implements FormBuilderPort {
  constructor(private readonly spreadsheetId: () => string = () => SpreadsheetApp.getActiveSpreadsheet().getId()) {}

  create(definition: FormDefinition): CreatedForm {
    const form = FormApp.create(definition.title);
    form.setDescription(definition.description).setConfirmationMessage(definition.confirmation).setCollectEmail(false).setAllowResponseEdits(false);
    for (const question of definition.questions) addQuestion(form, question);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, this.spreadsheetId());
    return { formId: form.getId(), publishedUrl: form.getPublishedUrl(), editUrl: form.getEditUrl() };
  }

  exists(formId: string): boolean {
    try {
      return FormApp.openById(formId).getId() === formId;
    } catch {
      return false;
    }
  }
}
