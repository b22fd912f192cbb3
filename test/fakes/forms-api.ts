// This file is a Google Forms API v1 fake on loopback for the real googleapis client: forms.get (title and question
// items) and forms.responses.list (paged), built from the intake form definitions and recorded answers.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FormDefinition } from '../../src/domain/intake/form-definition';

interface StoredForm {
  definition: FormDefinition;
  /** The spreadsheet the form's responses go to (Forms API `linkedSheetId`). */
  linkedSheetId?: string;
  responses: { responseId: string; createTime: string; answers: Record<string, unknown> }[];
}

export class FakeFormsApi {
  private server?: http.Server;
  private readonly forms = new Map<string, StoredForm>();
  rootUrl = '';
  listCalls = 0;
  getCalls = 0;
  pageSize = 50;
  /** HTTP statuses to answer the next requests with, one each, before serving normally (a 503, a 429 …). */
  failNext: number[] = [];

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.rootUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.rootUrl;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  addForm(formId: string, definition: FormDefinition, linkedSheetId?: string): void {
    this.forms.set(formId, { definition, responses: [], ...(linkedSheetId ? { linkedSheetId } : {}) });
  }

  /** Records a response; answers by question key, as the intake form definitions name them. */
  addResponse(formId: string, response: { responseId: string; createTime: string; answers: Record<string, unknown> }): void {
    this.forms.get(formId)!.responses.push(response);
  }

  private questionId(index: number): string {
    return `q${(index + 1).toString(16).padStart(8, '0')}`;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) return send(401, { error: { code: 401, status: 'UNAUTHENTICATED', message: 'missing credentials' } });
    const fault = this.failNext.shift();
    if (fault !== undefined) return send(fault, { error: { code: fault, status: 'UNAVAILABLE', message: 'The service is currently unavailable.' } });
    const match = /^\/v1\/forms\/([^/]+)(\/responses)?$/.exec(url.pathname);
    const form = match ? this.forms.get(decodeURIComponent(match[1]!)) : undefined;
    if (!match || !form || req.method !== 'GET') return send(404, { error: { code: 404, status: 'NOT_FOUND', message: 'Requested entity was not found.' } });
    const questions = form.definition.questions;
    if (!match[2]) {
      this.getCalls += 1;
      return send(200, {
        formId: match[1],
        info: { title: form.definition.title, documentTitle: form.definition.title },
        ...(form.linkedSheetId ? { linkedSheetId: form.linkedSheetId } : {}),
        items: questions.map((question, index) => ({ itemId: `i${index}`, title: question.title, questionItem: { question: { questionId: this.questionId(index), required: question.required } } })),
      });
    }
    this.listCalls += 1;
    const start = Number(url.searchParams.get('pageToken') ?? '0');
    const size = Math.min(Number(url.searchParams.get('pageSize') ?? this.pageSize) || this.pageSize, this.pageSize);
    const page = form.responses.slice(start, start + size).map((response) => ({
      formId: match[1],
      responseId: response.responseId,
      createTime: response.createTime,
      lastSubmittedTime: response.createTime,
      answers: Object.fromEntries(
        questions
          .map((question, index) => [question, index] as const)
          .filter(([question]) => response.answers[question.key] !== undefined && response.answers[question.key] !== '')
          .map(([question, index]) => {
            const value = response.answers[question.key];
            const values = (Array.isArray(value) ? value : [value]).map((item) => ({ value: String(item) }));
            return [this.questionId(index), { questionId: this.questionId(index), textAnswers: { answers: values } }];
          }),
      ),
    }));
    const next = start + size < form.responses.length ? String(start + size) : undefined;
    send(200, { responses: page, ...(next ? { nextPageToken: next } : {}) });
  }
}
