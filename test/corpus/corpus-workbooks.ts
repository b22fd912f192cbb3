// This file is the corpus of real-shaped workbooks: the layouts Centers for Independent Living keep their mentors and
// consumers in (varied tab names and header wordings, title rows, goal columns, name columns, guardian columns,
// checkboxes, text and date cells, blank and duplicate rows), each with the mapping and readiness we expect.
import type { Cell } from '../../src/domain/values';
import type { BlockerCode } from '../../src/domain/readiness';
import type { SavedMapping } from '../../src/domain/header-mapping';

/** Every workbook is judged as of this date (training dates in the corpus are current on it unless said otherwise). */
export const CORPUS_AS_OF = '2026-03-15';

export interface CorpusTab {
  name: string;
  rows: Cell[][];
  /** Ranges merged in the sheet, like a title across the top ("A1:H1"). */
  merges?: string[];
  hidden?: boolean;
}

export interface ExpectedRole {
  tab: string | null;
  /** 1-based row holding the headers. */
  headerRow?: number;
  /** Every field mapped, with the header it maps to. */
  fields?: Record<string, string>;
  /** Fields whose match is a guess for the coordinator to check. */
  guesses?: string[];
  /** Further numbered columns read for a field ("Goal 2", "Goal 3"). */
  more?: Record<string, string[]>;
  /** Headers about another person, kept away from the person's own details. */
  otherPerson?: string[];
  /** True when Setup must ask whether the full name or first + last names hold the name. */
  asksName?: boolean;
  rows?: number;
}

export interface CorpusWorkbook {
  file: string;
  /** The shape, in a line: what makes this workbook hard. */
  shape: string;
  tabs: CorpusTab[];
  expected: {
    mentors: ExpectedRole;
    consumers: ExpectedRole;
    /** Unreadable values: [tab, row, column]. */
    unreadable: [string, number, string][];
    readiness: { ready: boolean; mentorsSuggestable: number; consumersWaitingEligible: number; blockers: BlockerCode[] };
    /** When the first blocker's fix is applied as saved choices, readiness becomes ready. */
    fixedBy?: SavedMapping;
  };
}

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const CORPUS: readonly CorpusWorkbook[] = [
  {
    file: 'volunteer-mentors-peer-consumers.xlsx',
    shape: 'Tabs "Volunteer Mentors" and "Peer Consumers 2026"; first and last name columns; guardian columns; Goal 1/2/3; "Trained?" holding "yes 2/1/2026"; capacity asked as a question; no ADA column',
    tabs: [
      {
        name: 'Volunteer Mentors',
        rows: [
          ['First Name', 'Last Name', 'Email', 'Cell Phone', 'Zip', 'Areas I can help with', 'How many mentees can you take on?', 'Trained?', 'Parent/Guardian Email'],
          ['Ana', 'Ruiz', 'ana.ruiz@example.org', '651-555-0101', '55104', 'Employment, transportation', '2-3', 'yes 2/1/2026', null],
          ['Ben', 'Olson', 'ben.olson@example.org', '651-555-0102 ext. 12', '55102', 'budgeting', 'up to 3', 'Trained ✓', null],
          ['Cora', 'Lind', 'cora.lind@example.org', '(651) 555-0103', '55106', 'housing, cooking', 'two', 'completed 1/10/2026', 'parent.lind@example.org'],
        ],
      },
      {
        name: 'Peer Consumers 2026',
        rows: [
          ['First Name', 'Last Name', 'Guardian Name', 'Parent/Guardian Email', 'Phone', 'ZIP', 'Goal 1', 'Goal 2', 'Goal 3', 'Requested on'],
          ['Dee', 'Moua', 'Pat Moua', 'pat.moua@example.org', '651-555-0201', '55103', 'get a job', 'ride the bus', null, '1/5/2026'],
          ['Eli', 'Park', null, null, '651-555-0202', '55117', 'budgeting', null, null, '1/20/2026'],
          ['Fay', 'Nguyen', 'Kim Nguyen', 'kim.nguyen@example.org', '651-555-0203', '55119', 'make friends', 'cooking', 'health', '2/2/2026'],
        ],
      },
    ],
    expected: {
      mentors: {
        tab: 'Volunteer Mentors', headerRow: 1, rows: 3,
        fields: { firstName: 'First Name', lastName: 'Last Name', email: 'Email', phone: 'Cell Phone', zip: 'Zip', skills: 'Areas I can help with', maxMentees: 'How many mentees can you take on?', initialTrainingOn: 'Trained?' },
        otherPerson: ['Parent/Guardian Email'],
      },
      consumers: {
        tab: 'Peer Consumers 2026', headerRow: 1, rows: 3,
        fields: { firstName: 'First Name', lastName: 'Last Name', phone: 'Phone', zip: 'ZIP', goalAreas: 'Goal 1', requestedOn: 'Requested on' },
        more: { goalAreas: ['Goal 2', 'Goal 3'] },
        otherPerson: ['Guardian Name', 'Parent/Guardian Email'],
      },
      unreadable: [['Volunteer Mentors', 3, 'Trained?']],
      readiness: { ready: false, mentorsSuggestable: 2, consumersWaitingEligible: 0, blockers: ['READY.NO_ELIGIBILITY_COLUMN', 'READY.UNREADABLE_VALUES'] },
      fixedBy: { version: 1, tabs: { consumers: { tab: 'Peer Consumers 2026', fields: {}, defaults: { adaEligible: 'yes' } } } },
    },
  },
  {
    file: 'title-rows-roster.xlsx',
    shape: 'A merged title, a blank row and an instruction line above the headers; the default wording otherwise',
    tabs: [
      {
        name: 'Mentor Roster',
        merges: ['A1:K1'],
        rows: [
          ['Peer Mentoring Program — Mentor Roster'],
          [],
          ['Updated monthly by the coordinator. Please do not sort.'],
          ['Mentor ID', 'Name', 'Email', 'Phone', 'Address', 'City', 'ZIP', 'Skills', 'Max mentees', 'Status', 'Initial training date'],
          ['M-0001', 'Gus Hill', 'gus.hill@example.org', '651-555-0301', '10 Oak St', 'St Paul', '55104', 'Employment', 2, 'Active', d('2026-02-10')],
          ['M-0002', 'Hana Ito', 'hana.ito@example.org', '651-555-0302', '22 Elm St', 'St Paul', '55105', 'Transportation', 1, 'Active', d('2026-01-20')],
        ],
      },
      {
        name: 'Consumers',
        merges: ['A1:G1'],
        rows: [
          ['Consumer waiting list'],
          [],
          ['Consumer ID', 'Name', 'ZIP', 'Goal areas', 'ADA eligible', 'Status', 'Requested on'],
          ['C-0001', 'Ivy Lam', '55106', 'Employment', 'Yes', 'Waiting', d('2026-01-03')],
          ['C-0002', 'Jon Ruud', '55107', 'Transportation', 'Y', null, d('2026-02-14')],
        ],
      },
    ],
    expected: {
      mentors: {
        tab: 'Mentor Roster', headerRow: 4, rows: 2,
        fields: { id: 'Mentor ID', name: 'Name', email: 'Email', phone: 'Phone', address: 'Address', city: 'City', zip: 'ZIP', skills: 'Skills', maxMentees: 'Max mentees', status: 'Status', initialTrainingOn: 'Initial training date' },
      },
      consumers: {
        tab: 'Consumers', headerRow: 3, rows: 2,
        fields: { id: 'Consumer ID', name: 'Name', zip: 'ZIP', goalAreas: 'Goal areas', adaEligible: 'ADA eligible', status: 'Status', requestedOn: 'Requested on' },
      },
      unreadable: [],
      readiness: { ready: true, mentorsSuggestable: 2, consumersWaitingEligible: 2, blockers: [] },
    },
  },
  {
    file: 'free-text-goals-checkboxes.xlsx',
    shape: 'One free-text Goals column ("get a job, learn the bus"); checkboxes for Active and ADA eligible; two-digit years',
    tabs: [
      {
        name: 'Mentors',
        rows: [
          ['Name', 'ZIP', 'Skills', 'Max mentees', 'Active', 'Initial training date'],
          ['Kai Berg', '55104', 'jobs, bus training', 2, true, '2/3/26'],
          ['Lou Diaz', '55102', 'money, cooking', 1, false, '1/12/26'],
          ['Mo Hassan', '55106', 'school, friends', 1, true, '12/15/25'],
        ],
      },
      {
        name: 'Consumers',
        rows: [
          ['Name', 'Zip Code', 'Goals', 'ADA eligible', 'Date of request'],
          ['Nia Cole', '55103', 'get a job, learn the bus', true, '1/15/26'],
          ['Omar Ali', '55117', 'make friends and cook', true, '2/1/26'],
          ['Pia Holm', '55119', 'go back to school; manage my money; sort out my mail', false, '2/9/26'],
        ],
      },
    ],
    expected: {
      mentors: { tab: 'Mentors', headerRow: 1, rows: 3, fields: { name: 'Name', zip: 'ZIP', skills: 'Skills', maxMentees: 'Max mentees', status: 'Active', initialTrainingOn: 'Initial training date' } },
      consumers: { tab: 'Consumers', headerRow: 1, rows: 3, fields: { name: 'Name', zip: 'Zip Code', goalAreas: 'Goals', adaEligible: 'ADA eligible', requestedOn: 'Date of request' } },
      unreadable: [['Consumers', 4, 'Goals']],
      readiness: { ready: true, mentorsSuggestable: 2, consumersWaitingEligible: 2, blockers: ['READY.UNREADABLE_VALUES'] },
    },
  },
  {
    file: 'full-and-split-names.xlsx',
    shape: 'Both a full Name and First/Last columns; emergency contact and caregiver columns beside the consumer\'s own',
    tabs: [
      {
        name: 'Mentors',
        rows: [
          ['Name', 'First Name', 'Last Name', 'Email', 'ZIP', 'Skills', 'Capacity', 'Initial training'],
          ['Quinn Rao', 'Quinn', 'Rao', 'quinn.rao@example.org', '55104', 'Finances', 2, d('2026-02-01')],
          ['Rosa Vu', 'Rosa', 'Vu', 'rosa.vu@example.org', '55105', 'Rights, advocacy', 1, d('2026-01-25')],
        ],
      },
      {
        name: 'Mentees',
        rows: [
          ['Name', 'First', 'Last', 'Emergency Contact', 'Emergency Contact Phone', 'Caregiver Name', 'Phone', 'ZIP', 'Goals', 'Eligible'],
          ['Sam Yang', 'Sam', 'Yang', 'Lia Yang', '651-555-0401', 'Tom Reed', '651-555-0402', '55106', 'Finances', 'yes'],
          ['Tia Roy', 'Tia', 'Roy', null, null, null, '651-555-0403', '55107', 'Know my rights', 'yes'],
        ],
      },
    ],
    expected: {
      mentors: { tab: 'Mentors', headerRow: 1, rows: 2, asksName: true, fields: { firstName: 'First Name', lastName: 'Last Name', email: 'Email', zip: 'ZIP', skills: 'Skills', maxMentees: 'Capacity', initialTrainingOn: 'Initial training' } },
      consumers: {
        tab: 'Mentees', headerRow: 1, rows: 2, asksName: true,
        fields: { firstName: 'First', lastName: 'Last', phone: 'Phone', zip: 'ZIP', goalAreas: 'Goals', adaEligible: 'Eligible' },
        otherPerson: ['Emergency Contact', 'Emergency Contact Phone', 'Caregiver Name'],
      },
      unreadable: [],
      readiness: { ready: true, mentorsSuggestable: 2, consumersWaitingEligible: 2, blockers: ['READY.NAME_CHOICE', 'READY.NAME_CHOICE'] },
    },
  },
  {
    file: 'numbers-in-date-columns.xlsx',
    shape: 'A year and a small number typed in date columns; ZIPs stored as numbers and ZIP+4; phone extensions; N/A, none and dashes',
    tabs: [
      {
        name: 'Mentors',
        rows: [
          ['Mentor ID', 'Name', 'ZIP', 'Phone', 'Skills', 'Max mentees', 'Initial training date'],
          ['M-0001', 'Uma Shah', 2134, '617-555-0501 x204', 'Employment', 'N/A', 2026],
          ['M-0002', 'Vic Stone', '55104-1234', '651-555-0502', 'Transportation', '-', 46023],
          ['M-0003', 'Wes Long', 551051234, 'none', 'Health', 2, '-'],
        ],
      },
      {
        name: 'Consumers',
        rows: [
          ['Consumer ID', 'Name', 'ZIP', 'Goal areas', 'ADA eligible', 'Requested on'],
          ['C-0001', 'Xia Chen', 55106, 'Employment', 'Yes', 'N/A'],
          ['C-0002', 'Yan Ortiz', '55107', 'none', 'Yes', 12],
        ],
      },
    ],
    expected: {
      mentors: { tab: 'Mentors', headerRow: 1, rows: 3, fields: { id: 'Mentor ID', name: 'Name', zip: 'ZIP', phone: 'Phone', skills: 'Skills', maxMentees: 'Max mentees', initialTrainingOn: 'Initial training date' } },
      consumers: { tab: 'Consumers', headerRow: 1, rows: 2, fields: { id: 'Consumer ID', name: 'Name', zip: 'ZIP', goalAreas: 'Goal areas', adaEligible: 'ADA eligible', requestedOn: 'Requested on' } },
      unreadable: [['Mentors', 2, 'Initial training date'], ['Consumers', 3, 'Requested on']],
      readiness: { ready: true, mentorsSuggestable: 1, consumersWaitingEligible: 2, blockers: ['READY.UNREADABLE_VALUES'] },
    },
  },
  {
    file: 'blank-workbook.xlsx',
    shape: 'A new, blank workbook: one empty tab',
    tabs: [{ name: 'Sheet1', rows: [] }],
    expected: {
      mentors: { tab: null },
      consumers: { tab: null },
      unreadable: [],
      readiness: { ready: false, mentorsSuggestable: 0, consumersWaitingEligible: 0, blockers: ['READY.NO_TAB', 'READY.NO_TAB'] },
    },
  },
  {
    file: 'two-digit-years-duplicates.xlsx',
    shape: '"Mentor #" and "Participant Name" wordings, blank rows between records, a duplicated row, statuses in everyday words',
    tabs: [
      {
        name: 'Peer Mentors',
        rows: [
          ['Mentor #', 'Mentor Name', 'Home Phone', 'Zip', 'Goal areas I can help with', 'Max # of mentees', 'Status', 'Date trained'],
          ['M-0001', 'Zoe Hart', '651-555-0601', '55104', 'Employment; housing', 2, 'Available', '2/20/26'],
          [],
          ['M-0002', 'Abe Cruz', '651-555-0602', '55105', 'Transportation', 1, 'On break', '1/30/26'],
          ['M-0002', 'Abe Cruz', '651-555-0602', '55105', 'Transportation', 1, 'On break', '1/30/26'],
          [null, null, null, null, null, null, null, null],
          ['M-0003', 'Bea Ford', '651-555-0603', '55106', 'Social', 1, 'Active', '11/1/25'],
        ],
      },
      {
        name: 'Participants',
        rows: [
          ['Participant ID', 'Participant Name', 'Phone', 'Zip', 'Areas of need', 'ADA', 'Status', 'Intake date'],
          ['C-0001', 'Cal Wong', '651-555-0701', '55103', 'Housing', 'Y', 'Waitlist', '1/8/26'],
          ['C-0002', 'Dot Ames', '651-555-0702', '55117', 'Employment', 'Y', 'Has mentor', '12/1/25'],
          [],
          ['C-0003', 'Ed Fox', '651-555-0703', '55119', 'Social', 'N', 'Waitlist', '2/2/26'],
        ],
      },
    ],
    expected: {
      mentors: {
        tab: 'Peer Mentors', headerRow: 1, rows: 4,
        fields: { id: 'Mentor #', name: 'Mentor Name', phone: 'Home Phone', zip: 'Zip', skills: 'Goal areas I can help with', maxMentees: 'Max # of mentees', status: 'Status', initialTrainingOn: 'Date trained' },
        guesses: ['phone'],
      },
      consumers: {
        tab: 'Participants', headerRow: 1, rows: 3,
        fields: { id: 'Participant ID', name: 'Participant Name', phone: 'Phone', zip: 'Zip', goalAreas: 'Areas of need', adaEligible: 'ADA', status: 'Status', requestedOn: 'Intake date' },
      },
      unreadable: [],
      readiness: { ready: true, mentorsSuggestable: 1, consumersWaitingEligible: 1, blockers: [] },
    },
  },
  {
    file: 'case-manager-referrals.xlsx',
    shape: 'A "Referrals" tab with case manager, referred-by and contact-person columns; "Mentor List" with Cell, E-mail and Strengths',
    tabs: [
      {
        name: 'Mentor List',
        rows: [
          ['Mentor Name', 'Cell', 'E-mail', 'Street Address', 'City', 'Zip', 'Strengths', 'Caseload limit', 'Initial Peer Mentor Training'],
          ['Fred Gold', '651-555-0801', 'fred.gold@example.org', '5 Pine Ave', 'St Paul', '55104', 'Benefits, SSI', 3, '2/14/2026'],
          ['Gia Bell', '651-555-0802', 'gia.bell@example.org', '7 Ash Ave', 'St Paul', '55105', 'Health care', 2, '1/5/2026'],
        ],
      },
      {
        name: 'Referrals',
        rows: [
          ['Client ID', 'Client Name', 'Phone', 'Email', 'Address', 'City', 'Zip', 'Case Manager', 'Case Manager Phone', 'Referred By', 'Contact Person Email', 'Needs', 'Eligibility', 'Referral date'],
          ['C-0101', 'Hal Ives', '651-555-0901', 'hal.ives@example.org', '9 Oak St', 'St Paul', '55106', 'Jo Kane', '651-555-0999', 'Ramsey County', 'jo.kane@example.org', 'Benefits', 'Yes', '2/1/2026'],
          ['C-0102', 'Ida Jons', '651-555-0902', null, '11 Oak St', 'St Paul', '55107', 'Jo Kane', '651-555-0999', 'Self', null, 'Doctor visits', 'Yes', '2/10/2026'],
        ],
      },
    ],
    expected: {
      mentors: {
        tab: 'Mentor List', headerRow: 1, rows: 2,
        fields: { name: 'Mentor Name', phone: 'Cell', email: 'E-mail', address: 'Street Address', city: 'City', zip: 'Zip', skills: 'Strengths', maxMentees: 'Caseload limit', initialTrainingOn: 'Initial Peer Mentor Training' },
      },
      consumers: {
        tab: 'Referrals', headerRow: 1, rows: 2,
        fields: { id: 'Client ID', name: 'Client Name', phone: 'Phone', email: 'Email', address: 'Address', city: 'City', zip: 'Zip', goalAreas: 'Needs', adaEligible: 'Eligibility', requestedOn: 'Referral date' },
        otherPerson: ['Case Manager', 'Case Manager Phone', 'Referred By', 'Contact Person Email'],
      },
      unreadable: [],
      readiness: { ready: true, mentorsSuggestable: 2, consumersWaitingEligible: 2, blockers: [] },
    },
  },
  {
    file: 'goal-area-columns.xlsx',
    shape: 'Skills in "Skill 1/Skill 2" and goals in "Goal area 1/2/3" columns; an existing Goals tab',
    tabs: [
      {
        name: 'Mentors',
        rows: [
          ['Name', 'ZIP', 'Skill 1', 'Skill 2', 'Max mentees', 'Initial training date'],
          ['Jay Kim', '55104', 'Employment', 'Transportation', 2, '2/1/2026'],
          ['Kay Lee', '55105', 'Daily living', null, 1, '2/8/2026'],
        ],
      },
      {
        name: 'Consumers',
        rows: [
          ['Consumer ID', 'Name', 'ZIP', 'Goal area 1', 'Goal area 2', 'Goal area 3', 'ADA eligible'],
          ['C-0001', 'Lin Ma', '55106', 'Employment', 'Housing', null, 'Yes'],
          ['C-0002', 'Max Orr', '55107', 'Transportation', null, null, 'Yes'],
        ],
      },
      {
        name: 'Goals',
        rows: [
          ['Goal ID', 'Consumer ID', 'Area', 'Goal', 'Objectives', 'Status', 'Set on', 'Target date', 'Met on', 'Match ID'],
          ['G-0001', 'C-0001', 'Employment', 'Find part-time work', 'Resume; two applications a week', 'In progress', '2/1/2026', '6/1/2026', null, null],
        ],
      },
    ],
    expected: {
      mentors: { tab: 'Mentors', headerRow: 1, rows: 2, fields: { name: 'Name', zip: 'ZIP', skills: 'Skill 1', maxMentees: 'Max mentees', initialTrainingOn: 'Initial training date' }, more: { skills: ['Skill 2'] } },
      consumers: { tab: 'Consumers', headerRow: 1, rows: 2, fields: { id: 'Consumer ID', name: 'Name', zip: 'ZIP', goalAreas: 'Goal area 1', adaEligible: 'ADA eligible' }, more: { goalAreas: ['Goal area 2', 'Goal area 3'] } },
      unreadable: [],
      readiness: { ready: true, mentorsSuggestable: 2, consumersWaitingEligible: 2, blockers: [] },
    },
  },
  {
    file: 'default-layout-with-internal-tabs.xlsx',
    shape: 'The default headers, plus the add-on\'s own hidden tabs (Proximity cache, Intake queue), which never play a role',
    tabs: [
      {
        name: 'Mentors',
        rows: [
          ['Mentor ID', 'Name', 'Email', 'Phone', 'Address', 'City', 'ZIP', 'Skills', 'Languages', 'Availability', 'Travel mode', 'Max mentees', 'Status', 'Lived experience', 'Notes'],
          ['M-0001', 'Nell Park', 'nell.park@example.org', '651-555-1001', '1 Main St', 'St Paul', '55104', 'Employment', 'English', 'Tuesday afternoon', 'Bus', 2, 'Active', 'wheelchair user', ''],
        ],
      },
      {
        name: 'Consumers',
        rows: [
          ['Consumer ID', 'Name', 'Email', 'Phone', 'Address', 'City', 'ZIP', 'Goal areas', 'Languages', 'Availability', 'Travel mode', 'Preferences', 'ADA eligible', 'Status', 'Requested on', 'Notes'],
          ['C-0001', 'Otto Quist', 'otto.quist@example.org', '651-555-1101', '3 Main St', 'St Paul', '55106', 'Employment', 'English', 'Tuesday afternoon', 'Bus', '', 'Yes', 'Waiting', d('2026-02-01'), ''],
        ],
      },
      {
        name: 'Trainings',
        rows: [
          ['Session ID', 'Type', 'Date', 'Start', 'End', 'Location', 'Topic'],
          ['T-0001', 'Initial', d('2026-02-05'), '17:00', '19:00', 'Center', 'Initial Peer Mentor Training'],
        ],
      },
      { name: 'Attendance', rows: [['Session ID', 'Mentor ID', 'Attended'], ['T-0001', 'M-0001', true]] },
      { name: 'Proximity cache', hidden: true, rows: [['Key', 'Value'], ['a1b2', '{"km":4}']] },
      { name: 'Intake queue', hidden: true, rows: [['Received', 'Payload']] },
    ],
    expected: {
      mentors: {
        tab: 'Mentors', headerRow: 1, rows: 1,
        fields: { id: 'Mentor ID', name: 'Name', email: 'Email', phone: 'Phone', address: 'Address', city: 'City', zip: 'ZIP', skills: 'Skills', languages: 'Languages', availability: 'Availability', travelMode: 'Travel mode', maxMentees: 'Max mentees', status: 'Status', livedExperience: 'Lived experience', notes: 'Notes' },
      },
      consumers: {
        tab: 'Consumers', headerRow: 1, rows: 1,
        fields: { id: 'Consumer ID', name: 'Name', email: 'Email', phone: 'Phone', address: 'Address', city: 'City', zip: 'ZIP', goalAreas: 'Goal areas', languages: 'Languages', availability: 'Availability', travelMode: 'Travel mode', preferences: 'Preferences', adaEligible: 'ADA eligible', status: 'Status', requestedOn: 'Requested on', notes: 'Notes' },
      },
      unreadable: [],
      readiness: { ready: true, mentorsSuggestable: 1, consumersWaitingEligible: 1, blockers: [] },
    },
  },
  {
    file: 'no-training-or-capacity-columns.xlsx',
    shape: 'A bare contact list of mentors: no training date, no capacity column, no Trainings tab',
    tabs: [
      {
        name: 'Mentor contacts',
        rows: [
          ['Mentor', 'Phone number', 'Email address', 'Zip code', 'Can help with'],
          ['Pam Quill', '651-555-1201', 'pam.quill@example.org', '55104', 'Employment'],
          ['Rex Sol', '651-555-1202', 'rex.sol@example.org', '55105', 'Housing'],
        ],
      },
      {
        name: 'Consumer list',
        rows: [
          ['Consumer', 'Phone number', 'Zip code', 'What do you want help with?', 'ADA eligible?'],
          ['Sue Tam', '651-555-1301', '55106', 'Finding a job', 'Yes'],
        ],
      },
    ],
    expected: {
      mentors: { tab: 'Mentor contacts', headerRow: 1, rows: 2, fields: { name: 'Mentor', phone: 'Phone number', email: 'Email address', zip: 'Zip code', skills: 'Can help with' } },
      consumers: { tab: 'Consumer list', headerRow: 1, rows: 1, fields: { name: 'Consumer', phone: 'Phone number', zip: 'Zip code', goalAreas: 'What do you want help with?', adaEligible: 'ADA eligible?' } },
      unreadable: [],
      readiness: { ready: false, mentorsSuggestable: 0, consumersWaitingEligible: 1, blockers: ['READY.NO_CAPACITY_COLUMN', 'READY.NO_TRAINING_DATES'] },
    },
  },
];
