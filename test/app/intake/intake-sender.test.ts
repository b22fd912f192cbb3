import { intakeUrlFrom } from '../../../src/app/intake-config';
import { createIntakeSender } from '../../../src/adapters/http/intake-sender';
import { aSubmission } from '../../helpers/intake-submissions';

describe('intakeUrlFrom', () => {
  it.each([
    ['https://us-central1-p.cloudfunctions.net/proximity', 'https://us-central1-p.cloudfunctions.net/intake'],
    ['https://proximity-abc123-uc.a.run.app', 'https://intake-abc123-uc.a.run.app'],
    ['https://example.org/functions/', 'https://example.org/functions/intake'],
    ['', ''],
  ])('finds the intake address next to %p', (functionUrl, expected) => expect(intakeUrlFrom(functionUrl)).toBe(expected));
});

describe('the intake sender', () => {
  const submissions = [aSubmission(), aSubmission(), aSubmission()];
  const send = (status: number, body: unknown, url = 'https://x.example/intake') => {
    const calls: { headers: Record<string, string>; body: string }[] = [];
    const sender = createIntakeSender({ url, spreadsheetId: 'book', idToken: () => 'id-token', post: (_url, request) => (calls.push(request), { status, body: JSON.stringify(body) }) });
    return { outcome: sender.send(submissions), calls };
  };

  it('sends the submissions with the ID token and sorts the answer per response', () => {
    const results = [
      { responseId: submissions[0]!.responseId, result: 'written' },
      { responseId: submissions[1]!.responseId, result: 'failed', retry: true },
      { responseId: submissions[2]!.responseId, result: 'failed', retry: false },
    ];
    const { outcome, calls } = send(207, { results });
    expect(calls[0]!.headers.Authorization).toBe('Bearer id-token');
    expect(JSON.parse(calls[0]!.body)).toMatchObject({ spreadsheetId: 'book', submissions: [{ responseId: submissions[0]!.responseId }, {}, {}] });
    expect(outcome).toEqual({ delivered: [submissions[0]!.responseId], retry: [submissions[1]!.responseId], refused: [submissions[2]!.responseId], code: 'HTTP_207' });
  });

  it('keeps a submission another delivery is still writing ("in-progress") for a later retry', () => {
    const results = submissions.map((submission, index) => ({ responseId: submission.responseId, result: ['in-progress', 'already', 'written'][index] }));
    expect(send(200, { results }).outcome).toEqual({ delivered: [submissions[1]!.responseId, submissions[2]!.responseId], retry: [submissions[0]!.responseId], refused: [], code: 'HTTP_200' });
  });

  it('sends the saved mapping of the intake\'s tabs with the submissions, and none before Setup', () => {
    const mapping = { version: 1, tabs: { applications: { tab: 'Sign-ups', fields: { name: "Applicant's name" }, headerRow: 3 } } };
    const bodies: string[] = [];
    const post = (_url: string, request: { body: string }) => (bodies.push(request.body), { status: 200, body: '{"results":[]}' });
    createIntakeSender({ url: 'https://x.example/intake', spreadsheetId: 'book', idToken: () => 't', post, mapping: () => mapping }).send(submissions);
    createIntakeSender({ url: 'https://x.example/intake', spreadsheetId: 'book', idToken: () => 't', post, mapping: () => undefined }).send(submissions);
    expect(JSON.parse(bodies[0]!).mapping).toEqual(mapping);
    expect('mapping' in JSON.parse(bodies[1]!)).toBe(false);
  });

  it('keeps everything for a retry when the function is down or not configured', () => {
    expect(send(503, {}).outcome.retry).toHaveLength(3);
    expect(send(500, 'oops').outcome).toMatchObject({ delivered: [], code: 'HTTP_500' });
    expect(send(200, {}, '').outcome).toMatchObject({ delivered: [], code: 'NO_INTAKE_URL' });
  });
});
