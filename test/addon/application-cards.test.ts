// Application cards through the built add-on: what the applicant wrote, what could not be read and why, what accepting
// leaves blank, and the people an application may duplicate side by side — on the demo and on a coordinator's own
// response sheet (guardian columns, goals in three columns, "yes 2/1/2026" in a checkbox column).
import type { ApplicationView } from '../../src/shared/rpc-contract';
import type { FakeSpreadsheet } from '../../src/workbench/gas';
import { aSubmission } from '../helpers/intake-submissions';
import { landApplications, tabRecords } from '../helpers/land-applications';
import { acceptProposal, demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

function inbox() {
  const ss = demoSpreadsheet();
  const addon = startAddon(ss);
  setUp(addon);
  return { ss, addon };
}

const cardFor = (cards: ApplicationView[], responseId: string) => cards.find((c) => c.responseId === responseId)!;
const fact = (card: ApplicationView, label: string) => card.facts.find((f) => f.label === label)?.value;

describe('application cards in the built add-on', () => {
  it('a request for a mentor shows the name, their words, the areas read, how to reach them, languages, times, travel and consent', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('consumer-request', { name: 'Keisha Brown', email: 'keisha.brown@example.org', phone: '(651) 555-0123' });
    landApplications(ss, [submission]);

    const card = cardFor(sidebarCall(addon, 'listApplications'), submission.responseId);

    expect(card).toMatchObject({
      kind: 'consumer-request', name: 'Keisha Brown', words: 'I want to learn the bus to get to work.', areasLabel: 'Goal areas',
      areas: ['Employment', 'Transportation / mobility'], problems: [], leftBlank: [], cannotAccept: null, duplicates: [], askFirst: false,
    });
    expect(card.facts).toEqual([
      { label: 'Email', value: 'keisha.brown@example.org' },
      { label: 'Phone', value: '651-555-0123' },
      { label: 'Preferred contact', value: 'Text' },
      { label: 'Lives at', value: '1600 University Ave W, St Paul, 55104' },
      { label: 'Languages', value: 'English, ASL' },
      { label: 'Free times', value: 'Tuesday afternoons' },
      { label: 'Travel', value: 'Bus or train' },
      { label: 'Consent', value: 'Yes, their name, phone and email may go to their mentor' },
      { label: 'Has a disability', value: 'Yes' },
      { label: 'Wants a mentor who shares', value: 'uses a wheelchair' },
      { label: 'Wants in a mentor', value: 'Someone near the 21 bus' },
    ]);

    // The new consumer keeps how they want to be reached, in Notes (the tab has no column for it).
    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' });
    expect(String(tabRecords(ss, 'Consumers').find((c) => c['Consumer ID'] === result.recordId)!.Notes)).toContain('Preferred contact: Text.');
  });

  it('a mentor application shows what they can help with, how many they can mentor and what they would share', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('mentor-application', { name: 'Bo Newmentor', email: 'bo.newmentor@example.org', phone: '651-555-0188' });
    landApplications(ss, [submission]);

    const card = cardFor(sidebarCall(addon, 'listApplications'), submission.responseId);

    expect(card).toMatchObject({ kind: 'mentor-application', name: 'Bo Newmentor', areasLabel: 'Can help with', words: 'I have used SSDI and work incentives for years.', askFirst: false });
    expect(card.areas).toEqual(['Finances / benefits', 'Consumer / legal rights']);
    expect(fact(card, 'Can mentor')).toBe('2 at a time');
    expect(fact(card, 'Would share')).toBe('blind');
    expect(fact(card, 'Travel')).toBe('I drive, or a friend drives me');
  });

  it('names each answer that could not be read and why, lists exactly the fields accepting leaves blank, and asks first', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('consumer-request', { name: 'Rae Unread', email: 'rae at home', phone: '651-55', zip: 'fifty five', availability: '', languages: '' });
    landApplications(ss, [submission]);

    const card = cardFor(sidebarCall(addon, 'listApplications'), submission.responseId);

    expect(card.askFirst).toBe(true);
    expect(card.problems.map((p) => p.field)).toEqual(['Email', 'Phone', 'ZIP']);
    for (const problem of card.problems) expect(problem.message).not.toBe('');
    expect(card.problems.find((p) => p.field === 'ZIP')!.message).toContain('"fifty five"');
    expect(fact(card, 'Email')).toBe('rae at home (could not be read)');
    expect(card.leftBlank).toEqual([
      { field: 'Email', why: expect.stringMatching(/^could not be read: .*rae at home/) },
      { field: 'Phone', why: expect.stringMatching(/^could not be read: .*651-55/) },
      { field: 'ZIP', why: expect.stringMatching(/^could not be read: .*fifty five/) },
      { field: 'Languages', why: 'not answered' },
      { field: 'Free times', why: 'not answered' },
    ]);

    // Accepting leaves exactly those fields blank on the new consumer.
    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' });
    const created = tabRecords(ss, 'Consumers').find((c) => c['Consumer ID'] === result.recordId)!;
    const column: Record<string, string> = { Email: 'Email', Phone: 'Phone', ZIP: 'ZIP', Languages: 'Languages', 'Free times': 'Availability' };
    for (const { field } of card.leftBlank) expect(created[column[field]!] ?? '').toBe('');
    expect(created).toMatchObject({ Name: 'Rae Unread', 'Travel mode': 'Transit', 'ADA eligible': 'Yes' });
  });

  it('reads the row as it is now: a value the coordinator fixed on the Applications tab is no longer a problem', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('consumer-request', { name: 'Sam Fixed', zip: 'fifty five' });
    landApplications(ss, [submission]);
    expect(cardFor(sidebarCall(addon, 'listApplications'), submission.responseId).problems.map((p) => p.field)).toEqual(['ZIP']);

    const sheet = ss.sheet('Applications')!;
    const header = sheet.values()[0]!;
    sheet.cells[1]![header.indexOf('ZIP')] = '55105';
    let card = cardFor(sidebarCall(addon, 'listApplications'), submission.responseId);
    expect(String(sheet.cells[1]![header.indexOf('Issues')])).toMatch(/^ZIP: "fifty five"/);
    expect(card).toMatchObject({ problems: [], leftBlank: [], askFirst: false });

    // What the intake found that reading the row cannot check again (the map lookup) stays on the card.
    const mapped = 'Address: We could not find this address or ZIP on a map; check it before matching';
    sheet.cells[1]![header.indexOf('Issues')] = `ZIP: "fifty five" is not a ZIP code\n${mapped}\nCalled her on 3/4, she will send the ZIP`;
    card = cardFor(sidebarCall(addon, 'listApplications'), submission.responseId);
    expect(card.problems).toEqual([
      { field: 'Address', message: 'We could not find this address or ZIP on a map; check it before matching' },
      { field: '', message: 'Called her on 3/4, she will send the ZIP' },
    ]);
    expect(card.askFirst).toBe(true);
    expect(fact(card, 'Lives at')).toBe('1600 University Ave W, St Paul, 55105');
  });

  it('shows a possible duplicate beside the applicant: name, ID, contacts and the fields that match; merge only into the same kind of person', () => {
    const { ss, addon } = inbox();
    const existing = tabRecords(ss, 'Consumers')[3]!;
    const mentor = tabRecords(ss, 'Mentors')[0]!;
    const submission = aSubmission('consumer-request', { name: existing.Name, email: existing.Email, phone: '(651) 555-0166', zip: String(existing.ZIP) });
    landApplications(ss, [submission]);
    // The coordinator adds a mentor they think is the same person.
    const sheet = ss.sheet('Applications')!;
    const at = sheet.values()[0]!.indexOf('Duplicate of');
    sheet.cells[1]![at] = `${sheet.cells[1]![at]}, ${mentor['Mentor ID']}, C-9999`;

    const card = cardFor(sidebarCall(addon, 'listApplications'), submission.responseId);

    expect(card.askFirst).toBe(true);
    const [same, asMentor, gone] = card.duplicates;
    expect(same).toMatchObject({ id: existing['Consumer ID'], found: true, role: 'consumer', name: existing.Name, canMerge: true, matching: 'same name, email and ZIP' });
    expect(same!.compare).toEqual([
      { label: 'Name', applicant: existing.Name, existing: existing.Name, same: true },
      { label: 'ID', applicant: submission.responseId, existing: existing['Consumer ID'], same: false },
      { label: 'Email', applicant: String(existing.Email).toLowerCase(), existing: existing.Email, same: true },
      { label: 'Phone', applicant: '651-555-0166', existing: String(existing.Phone).replace(/\D/g, '').replace(/^(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3'), same: false },
      { label: 'ZIP', applicant: String(existing.ZIP), existing: String(existing.ZIP), same: true },
    ]);
    expect(asMentor).toMatchObject({ id: mentor['Mentor ID'], found: true, role: 'mentor', name: mentor.Name, canMerge: false });
    expect(gone).toMatchObject({ id: 'C-9999', found: false, canMerge: false, compare: [] });
  });

  it('says why an application cannot be accepted as it stands, and a clean one needs no question', () => {
    const { ss, addon } = inbox();
    const nameless = aSubmission('consumer-request', { name: '' });
    const clean = aSubmission('consumer-request', { name: 'Cleo Clean', email: 'cleo.clean@example.org', phone: '(651) 555-0111' });
    landApplications(ss, [nameless, clean]);
    const cards = sidebarCall(addon, 'listApplications') as ApplicationView[];
    expect(cardFor(cards, nameless.responseId)).toMatchObject({ cannotAccept: 'Add a name on the application row before accepting it.', askFirst: true });
    expect(cardFor(cards, nameless.responseId).problems).toEqual([{ field: 'Name', message: 'missing' }]);
    expect(cardFor(cards, clean.responseId)).toMatchObject({ cannotAccept: null, askFirst: false, problems: [] });
  });

  it('never writes an applicant’s name or contacts to the logs or the Audit tab while listing and deciding', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('consumer-request', { name: 'Priya Private', email: 'priya.private@example.org', phone: '(651) 555-0155', zip: 'fifty five' });
    landApplications(ss, [submission]);
    sidebarCall(addon, 'listApplications');
    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' });
    const said = [JSON.stringify(tabRecords(ss, 'Audit')), addon.logs.join('\n'), result.message].join('\n');
    for (const detail of ['Priya', 'priya.private', '555-0155', '5550155', 'fifty five']) expect(said).not.toContain(detail);
  });
});

/** A coordinator's own response sheet, as a form they made themselves fills it. */
function messyApplications(ss: FakeSpreadsheet): void {
  ss.addSheet('Form Responses', [
    ['Requests for a peer mentor (copied from our form)'],
    [],
    [
      'Response', 'Timestamp', 'Form', 'Your name', 'Guardian Name', 'Parent/Guardian Email', 'Guardian Phone', 'Email address', 'Phone number', 'Best way to reach you', 'ZIP code',
      'Goal 1', 'Goal 2', 'Goal 3', 'In your own words', 'OK to share my contact info', 'Do you have a disability', 'Status', 'Issues', 'Duplicate of', 'Record ID',
    ],
    [
      'R-1001', '2026-02-01 09:30', 'Peer mentor request', 'Jordan Ames', 'Pat Ames', 'pat.ames@example.org', '651-555-0190', 'jordan.ames@example.org', '651-555-0191', 'Call me', '55106',
      'Finding a job', 'Getting around by bus', 'Cooking at home', 'I want a job and to cook for myself.', 'yes 2/1/2026', true, 'New', '', '', '',
    ],
    [
      'R-1002', '2026-02-03 14:00', 'Peer mentor request', 'Lou Mixed', 'Kim Mixed', 'kim.mixed@example.org', '', '', '', '', '551O6',
      'Employment', 'flying lessons', '', '', false, 'TRUE', 'New', '', '', '',
    ],
  ]);
}

describe('application cards on a coordinator’s own response sheet', () => {
  function messyInbox() {
    const ss = demoSpreadsheet({ tabs: ['Mentors', 'Consumers', 'Goals', 'Matches', 'Settings'] });
    messyApplications(ss);
    const addon = startAddon(ss);
    const choices = acceptProposal(sidebarCall(addon, 'getSetupProposal'));
    choices.tabs.applications = { ...choices.tabs.applications!, tab: 'Form Responses' };
    const proposal = sidebarCall(addon, 'getSetupProposal', choices);
    sidebarCall(addon, 'applySetup', acceptProposal(proposal));
    return { ss, addon };
  }

  it('reads the applicant’s own name and contacts (never the guardian’s), goals from three columns and "yes 2/1/2026" as consent', () => {
    const { ss, addon } = messyInbox();
    const cards = sidebarCall(addon, 'listApplications') as ApplicationView[];
    expect(cards.map((c) => c.responseId)).toEqual(['R-1002', 'R-1001']);
    const jordan = cardFor(cards, 'R-1001');
    expect(jordan).toMatchObject({ kind: 'consumer-request', name: 'Jordan Ames', words: 'I want a job and to cook for myself.', problems: [], askFirst: false });
    expect(jordan.areas).toEqual(['Employment', 'Transportation / mobility', 'Daily living / housing']);
    expect(fact(jordan, 'Email')).toBe('jordan.ames@example.org');
    expect(fact(jordan, 'Phone')).toBe('651-555-0191');
    expect(fact(jordan, 'Preferred contact')).toBe('Call');
    expect(fact(jordan, 'Consent')).toMatch(/^Yes/);
    expect(fact(jordan, 'Has a disability')).toBe('Yes');
    expect(JSON.stringify(jordan)).not.toMatch(/Pat Ames|pat\.ames|555-0190|5550190/);

    // Accepting creates the consumer from the applicant's own answers, with a goal for each of the three columns.
    const result = sidebarCall(addon, 'decideApplication', { responseId: 'R-1001', decision: 'accept' });
    const created = tabRecords(ss, 'Consumers').find((c) => c['Consumer ID'] === result.recordId)!;
    expect(created).toMatchObject({ Name: 'Jordan Ames', Email: 'jordan.ames@example.org' });
    expect(JSON.stringify(created)).not.toMatch(/Pat Ames|pat\.ames/);
    expect(result.goalIds).toHaveLength(3);
  });

  it('reports what it cannot read on such a sheet — a ZIP with a letter in it, an area it does not know, a consent box left unticked — and guesses none', () => {
    const { addon } = messyInbox();
    const lou = cardFor(sidebarCall(addon, 'listApplications'), 'R-1002');
    expect(lou.askFirst).toBe(true);
    expect(lou.areas).toEqual(['Employment']);
    expect(lou.problems.map((p) => p.field)).toEqual(['Contact', 'ZIP', 'Goal areas', 'Consent']);
    expect(lou.problems.find((p) => p.field === 'Goal areas')!.message).toContain('"flying lessons"');
    expect(lou.problems.find((p) => p.field === 'Consent')!.message).toMatch(/said no/);
    expect(fact(lou, 'Email')).toBe('Not answered');
    expect(lou.leftBlank.map((b) => b.field)).toEqual(['Email', 'Phone', 'ZIP', 'Languages', 'Free times', 'Travel']);
    expect(lou.leftBlank.find((b) => b.field === 'ZIP')!.why).toMatch(/^could not be read: .*551O6/);
  });
});
