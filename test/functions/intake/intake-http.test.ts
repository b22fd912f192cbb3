// Tests the intake endpoint in-process: the proximity endpoint's ID-token verifier, the envelope check, per-submission
// results, and that nothing personal reaches the logs or the error answers.
import { createCallerVerifier } from '../../../functions/src/adapters/id-token-verifier';
import { createIntakeHandler } from '../../../functions/src/intake/intake-http';
import type { HttpRequestLike } from '../../../functions/src/handlers/http-endpoint';
import { TokenIssuer } from '../../fakes/geo/id-tokens';
import { FakeSheetsApi } from '../../fakes/sheets-api';
import { aSubmission, FIXTURE_PERSONAL_DETAILS } from '../../helpers/intake-submissions';
import { ALLOWED, AUDIENCE } from '../support/proximity-harness';
import { makeRig, seedWorkbook, WORKBOOK } from './support';
import { personalDetailsIn } from '../../helpers/personal-details';

const fake = new FakeSheetsApi();
const issuer = new TokenIssuer();
beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => {
  seedWorkbook(fake);
  fake.resetCounts();
  fake.fault = () => undefined;
});

function endpoint() {
  const rig = makeRig(fake);
  let ids = 0;
  const handler = createIntakeHandler({
    checkCaller: createCallerVerifier({ audience: AUDIENCE, allowedEmails: ALLOWED, keys: async () => issuer.keys() }),
    service: rig.deps,
    maxBodyBytes: 4 * 1024 * 1024,
    logger: rig.logger,
    newRequestId: () => `req-${++ids}`,
  });
  const call = async (body: unknown, token: string | null = issuer.sign({}, AUDIENCE)) => {
    const request: HttpRequestLike = { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, rawBody: Buffer.from(JSON.stringify(body)) };
    const reply = { status: 0, body: undefined as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const response = {
      status(code: number) {
        reply.status = code;
        return response;
      },
      set() {
        return response;
      },
      json(value: unknown) {
        reply.body = JSON.parse(JSON.stringify(value));
      },
    };
    await handler(request, response);
    return reply;
  };
  return { call, rig };
}

describe('intake endpoint', () => {
  it('writes each submission and answers per response ID', async () => {
    const { call } = endpoint();
    const submissions = [aSubmission('consumer-request'), aSubmission('mentor-application')];
    const reply = await call({ spreadsheetId: WORKBOOK, submissions });
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((r: { result: string }) => r.result)).toEqual(['written', 'written']);
    const again = await call({ spreadsheetId: WORKBOOK, submissions });
    expect(again.body.results.map((r: { result: string }) => r.result)).toEqual(['already', 'already']);
  });

  it('refuses callers without a valid token or not on the list, before reading anything', async () => {
    const { call } = endpoint();
    expect((await call({ spreadsheetId: WORKBOOK, submissions: [aSubmission()] }, null)).status).toBe(401);
    expect((await call({ spreadsheetId: WORKBOOK, submissions: [aSubmission()] }, issuer.sign({ email: 'someone@else.org' }, AUDIENCE))).status).toBe(403);
    expect(fake.counts.spreadsheet + fake.counts.batchGet).toBe(0);
  });

  it('lists envelope problems without echoing any answer', async () => {
    const { call } = endpoint();
    const reply = await call({ spreadsheetId: 'bad id!', submissions: [{ responseId: 'ann.lee@example.org/x', formKind: 'nope', submittedAt: 'x', answers: { name: 'Ann Lee' } }] });
    expect(reply.status).toBe(400);
    expect(reply.body.problems.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(reply.body)).not.toMatch(/Ann|ann\.lee/);
  });

  it('answers 503 when the sheet cannot be reached, so the add-on queues and retries', async () => {
    const { call } = endpoint();
    fake.fault = ({ kind }) => (kind === 'spreadsheet' ? { status: 503 } : undefined);
    const reply = await call({ spreadsheetId: WORKBOOK, submissions: [aSubmission()] });
    expect(reply.status).toBe(503);
    expect(reply.body.results[0]).toMatchObject({ result: 'failed', retry: true, code: 'HTTP_503' });
  });

  it('keeps names, emails, phones and addresses out of the logs, through failures too', async () => {
    const { call, rig } = endpoint();
    fake.fault = ({ kind, n }) => (kind === 'append' && n === 1 ? { status: 429 } : kind === 'spreadsheet' && n === 3 ? { drop: true } : undefined);
    await call({ spreadsheetId: WORKBOOK, submissions: [aSubmission('consumer-request'), aSubmission('mentor-check-in')] });
    await call({ spreadsheetId: WORKBOOK, submissions: [aSubmission('mentor-application')] });
    await call({ spreadsheetId: 'x', submissions: [{ responseId: 'r', formKind: 'bad', submittedAt: '', answers: { name: 'Ann Lee' } }] });
    expect(rig.logger.lines.length).toBeGreaterThan(3);
    expect(personalDetailsIn(rig.logger.text(), FIXTURE_PERSONAL_DETAILS)).toEqual([]);
  });
});
