// This file makes the demo workbook: a realistic Twin Cities peer-mentoring program with made-up people.
// It is deterministic for a given as-of date, so tests and screenshots are repeatable.
import { addDays } from '../domain/dates';
import { GOAL_AREA_LABELS, GOAL_AREAS, GoalArea } from '../domain/goal-areas';
import { formatId } from '../domain/ids';
import { tabSpec, TabKey } from '../domain/schema';
import type { Cell } from '../domain/values';

export type DemoWorkbook = { tab: string; key: TabKey; rows: Cell[][] }[];

/** A small seeded PRNG (mulberry32): the same seed always gives the same demo. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Alex', 'Jordan', 'Maria', 'Hassan', 'Linh', 'Tamika', 'Ben', 'Fatima', 'Carlos', 'Grace', 'Tou', 'Deja', 'Samuel', 'Nadia', 'Eric', 'Mai', 'Luis', 'Amina', 'Kevin', 'Rosa', 'Abdi', 'Hannah', 'Marcus', 'Ka', 'Olivia', 'Darnell', 'Yer', 'Sofia', 'Mohamed', 'Emily', 'Jamal', 'Pa', 'Teresa', 'Omar', 'Chloe', 'Andre', 'Bao', 'Leah', 'Yusuf', 'Anna'];
const LAST = ['Anderson', 'Johnson', 'Nguyen', 'Ali', 'Garcia', 'Vang', 'Olson', 'Hussein', 'Martinez', 'Thao', 'Peterson', 'Williams', 'Lee', 'Mohamud', 'Larson', 'Xiong', 'Brown', 'Hernandez', 'Nelson', 'Yang', 'Jackson', 'Lopez', 'Carlson', 'Her', 'Davis', 'Ahmed', 'Miller', 'Lor', 'Wilson', 'Hanson'];
const STREETS = ['University Ave W', 'Grand Ave', 'Selby Ave', 'Rice St', 'Lake St E', 'Nicollet Ave', 'Central Ave NE', 'Payne Ave', 'W 7th St', 'Snelling Ave N', 'Chicago Ave', 'Lyndale Ave S', 'Arcade St', 'Cedar Ave S', 'Larpenteur Ave W'];
/** Twin Cities ZIP codes with their city, weighted toward St Paul where the demo center is. */
const PLACES: [string, string][] = [
  ['55101', 'St Paul'], ['55102', 'St Paul'], ['55103', 'St Paul'], ['55104', 'St Paul'], ['55105', 'St Paul'], ['55106', 'St Paul'],
  ['55107', 'St Paul'], ['55108', 'St Paul'], ['55116', 'St Paul'], ['55117', 'St Paul'], ['55119', 'St Paul'], ['55130', 'St Paul'],
  ['55113', 'Roseville'], ['55109', 'Maplewood'], ['55125', 'Woodbury'], ['55118', 'West St Paul'], ['55076', 'Inver Grove Heights'],
  ['55401', 'Minneapolis'], ['55403', 'Minneapolis'], ['55404', 'Minneapolis'], ['55406', 'Minneapolis'], ['55407', 'Minneapolis'],
  ['55408', 'Minneapolis'], ['55411', 'Minneapolis'], ['55412', 'Minneapolis'], ['55413', 'Minneapolis'], ['55414', 'Minneapolis'],
  ['55417', 'Minneapolis'], ['55418', 'Minneapolis'], ['55423', 'Richfield'], ['55420', 'Bloomington'], ['55430', 'Brooklyn Center'],
  ['55337', 'Burnsville'], ['55124', 'Apple Valley'], ['55369', 'Maple Grove'], ['55432', 'Fridley'],
];
const LANGUAGE_SETS = [['English'], ['English'], ['English'], ['English'], ['English'], ['English', 'Spanish'], ['English', 'Somali'], ['English', 'Hmong'], ['English', 'ASL'], ['Spanish'], ['Somali', 'English'], ['Hmong', 'English']];
const AVAILABILITY = ['Tue afternoons', 'Weekday evenings', 'Mon-Wed mornings', 'Thu afternoons; Sat mornings', 'Weekends', 'Tuesday & Thursday evenings', 'Anytime', 'Wed afternoons', 'Fri mornings, Fri afternoons', 'Mon evenings; Wed evenings'];
const TRAVEL = ['Bus', 'Metro Mobility', 'Drives', 'Bus', 'Light rail', 'Walk or roll', 'Car', 'Metro Mobility'];
const LIVED = ['wheelchair user', 'blind or low vision', 'deaf or hard of hearing', 'intellectual disability', 'mental health', 'brain injury', 'autism', 'chronic illness'];
/** Everyday wording people use on intake forms, so the demo exercises the goal-area synonyms. */
const AREA_WORDING: Record<GoalArea, string[]> = {
  'personal-growth': ['Personal growth/self help', 'self confidence', 'Self-help'],
  'social-recreation': ['Social recreation', 'making friends', 'hobbies'],
  'education-technology': ['Education training/technology', 'computer skills', 'school'],
  transportation: ['Transportation/mobility', 'rides & getting around', 'bus training'],
  'finances-benefits': ['Finances/benefits', 'budgeting', 'SSI and benefits'],
  communication: ['Communication/social skills', 'speaking up', 'social skills'],
  rights: ['Consumer/legal rights', 'know my rights', 'self advocacy'],
  'daily-living': ['Daily living/housing', 'finding an apartment', 'cooking'],
  employment: ['Employment', 'finding a job', 'job search'],
  'health-nutrition': ['Health care/nutrition', 'healthy eating', 'doctor appointments'],
};
const GOAL_TEXT: Record<GoalArea, [string, string]> = {
  'personal-growth': ['Feel more confident making my own decisions', 'Write down one decision each week and talk it over'],
  'social-recreation': ['Join a community group or class', 'Visit two groups at the community center; pick one'],
  'education-technology': ['Learn to use email and video calls', 'Set up an email account; practice a video call with mentor'],
  transportation: ['Ride the bus on my own to appointments', 'Plan a trip with the trip planner; ride with mentor twice, then alone'],
  'finances-benefits': ['Make a monthly budget that fits my SSI', 'List monthly bills; set up a simple budget sheet'],
  communication: ['Speak up for myself at appointments', 'Practice questions before visits; bring a written list'],
  rights: ['Understand my rights as a tenant', 'Read the tenant rights handbook together; list questions'],
  'daily-living': ['Move into my own apartment', 'Apply to three accessible apartments; learn about housing supports'],
  employment: ['Find a part-time job', 'Update resume; apply to five jobs; practice interviews'],
  'health-nutrition': ['Cook healthy meals at home', 'Plan weekly meals; shop with a list; cook twice a week'],
};

export interface DemoOptions {
  /** The date the demo looks "current" on; training and review dates are placed around it. */
  asOf: string;
  mentors?: number;
  consumers?: number;
  /** How many matches, spread over the statuses as in the default demo (41); one per consumer, the first ones. */
  matches?: number;
  seed?: number;
}

/** The program year of the seeds' training calendar: the latest one whose September has passed by as-of. */
function seedYear(asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  return asOf >= `${year}-10-01` ? year : year - 1;
}

export function buildDemoWorkbook(options: DemoOptions): DemoWorkbook {
  const rand = random(options.seed ?? 20261122);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const sample = <T>(items: readonly T[], n: number): T[] => [...items].sort(() => rand() - 0.5).slice(0, n);
  const asOf = options.asOf;
  const year = seedYear(asOf);
  const header = (key: TabKey) => tabSpec(key).fields.map((f) => f.header);
  // People tabs use one Name column, as most programs' sheets do; the first/last name fields stay unused.
  const asRows = (key: TabKey, records: Record<string, Cell>[]): Cell[][] => {
    const fields = tabSpec(key).fields.filter((f) => f.key !== 'firstName' && f.key !== 'lastName');
    return [fields.map((f) => f.header), ...records.map((record) => fields.map((f) => record[f.key] ?? ''))];
  };
  const person = (i: number) => {
    // Every (first, last) pair is different for i < 1200, so no two demo people share a name.
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i + Math.floor(i / FIRST.length)) % LAST.length]!;
    const [zip, city] = pick(PLACES);
    return {
      name: `${first} ${last}`,
      email: `${first}.${last}${i}@example.org`.toLowerCase(),
      phone: `(651) 555-${String(1000 + i).slice(-4)}`,
      address: `${100 + Math.floor(rand() * 2800)} ${pick(STREETS)}`,
      city,
      zip: rand() < 0.1 ? `${zip}-${String(1000 + Math.floor(rand() * 8999))}` : zip,
    };
  };

  // Trainings: the seeds' initial sessions and Peer Mentor Group evenings, then a group evening each month since.
  const trainings: Cell[][] = [];
  const sessionDates: { id: string; type: 'initial' | 'ongoing'; date: string }[] = [];
  const addSession = (type: 'initial' | 'ongoing', date: string, topic: string) => {
    const id = formatId('T', sessionDates.length + 1);
    sessionDates.push({ id, type, date });
    const evening = type === 'ongoing';
    trainings.push([id, type === 'initial' ? 'Initial' : 'Ongoing', date, evening ? '5:00 pm' : '10:00 am', evening ? '7:00 pm' : '2:00 pm', '530 Robert Street North, St Paul', topic]);
  };
  for (const [m, d] of [[3, 11], [4, 15], [5, 13]] as const) addSession('initial', `${year}-${String(m).padStart(2, '0')}-${d}`, 'Initial Peer Mentor Training');
  for (const [m, d] of [[6, 10], [7, 15], [8, 12], [9, 16]] as const) addSession('initial', `${year}-${String(m).padStart(2, '0')}-${d}`, 'Initial Peer Mentor Training: rights, responsibilities, IL philosophy, confidentiality');
  for (const [m, d] of [[4, 9], [5, 21], [7, 16], [7, 30], [8, 14], [8, 28], [9, 4], [9, 25]] as const) addSession('ongoing', `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 'Peer Mentor Group: listening and problem solving');
  for (let date = `${year}-10-16`; date <= addDays(asOf, 45); date = addDays(date, 28)) addSession('ongoing', date, 'Peer Mentor Group: disability adjustment and resources');
  const pastSessions = sessionDates.filter((s) => s.date <= asOf);
  const initialSessions = pastSessions.filter((s) => s.type === 'initial');
  const groupSessions = pastSessions.filter((s) => s.type === 'ongoing');

  // Mentors
  const mentorCount = options.mentors ?? 40;
  const mentors: Record<string, Cell>[] = [];
  const attendance: Cell[][] = [];
  const mentorSkills: GoalArea[][] = [];
  for (let i = 0; i < mentorCount; i++) {
    const p = person(i + 3);
    const skills = sample(GOAL_AREAS, 2 + Math.floor(rand() * 3));
    mentorSkills.push(skills);
    const status = i % 13 === 12 ? 'Inactive' : i % 11 === 10 ? 'On hold' : 'Active';
    const untrained = i % 17 === 16;
    mentors.push({
      id: formatId('M', i + 1), ...p, skills: skills.map((s) => pick(AREA_WORDING[s])).join(', '), languages: pick(LANGUAGE_SETS).join(', '),
      availability: pick(AVAILABILITY), travelMode: pick(TRAVEL), maxMentees: 1 + Math.floor(rand() * 3), status,
      livedExperience: rand() < 0.6 ? sample(LIVED, 1 + Math.floor(rand() * 2)).join(', ') : '',
      gender: i % 3 === 0 ? '' : i % 2 === 0 ? 'Female' : 'Male', notes: i % 9 === 0 ? 'Paid peer mentor role' : '',
    });
    if (untrained) continue;
    const initial = initialSessions[i % initialSessions.length]!;
    attendance.push([initial.id, formatId('M', i + 1), 'Yes']);
    // Most mentors keep coming to the group; every fifth one stopped (and so lapses).
    const later = groupSessions.filter((s) => s.date > initial.date);
    const keepsUp = i % 5 !== 4;
    for (const session of later) {
      if ((keepsUp && rand() < 0.55) || (!keepsUp && session.date < addDays(asOf, -150) && rand() < 0.5)) attendance.push([session.id, formatId('M', i + 1), rand() < 0.95 ? 'Yes' : 'x']);
    }
  }

  // Consumers, goals and matches
  const consumerCount = options.consumers ?? 120;
  const consumers: Record<string, Cell>[] = [];
  const goals: Cell[][] = [];
  const matches: Cell[][] = [];
  const reviews: Cell[][] = [];
  const mentorLoad = new Array<number>(mentorCount).fill(0);
  const shares: [string, number][] = [['Completed', 6], ['Closed', 2], ['Proposed', 3], ['Intro scheduled', 3], ['Declined', 3]];
  const matchCount = options.matches ?? 41;
  const others = shares.map(([status, n]): [string, number] => [status, Math.round((n * matchCount) / 41)]);
  const matchPlan: [string, number][] = [['Active', matchCount - others.reduce((sum, [, n]) => sum + n, 0)], ...others];
  const statuses = matchPlan.flatMap(([status, n]) => new Array<string>(n).fill(status));
  let goalNo = 0;
  let reviewNo = 0;
  for (let i = 0; i < consumerCount; i++) {
    const p = person(i + 50);
    const consumerId = formatId('C', i + 1);
    const areas = sample(GOAL_AREAS, 1 + Math.floor(rand() * 3));
    const matchStatus = statuses[i];
    // Old enough requests that every date of the match's history falls on or before as-of.
    const minimumAge = { Completed: 210, Closed: 210, Active: 60, Declined: 40, Proposed: 30, 'Intro scheduled': 30 }[matchStatus ?? ''] ?? 20;
    const requestedOn = addDays(asOf, -minimumAge - Math.floor(rand() * (350 - minimumAge)));
    const livedWanted = i % 10 === 3 ? pick(LIVED) : '';
    const consumerStatus = matchStatus === 'Active' || matchStatus === 'Proposed' || matchStatus === 'Intro scheduled' ? 'Matched' : matchStatus === 'Completed' ? 'Completed' : i % 23 === 22 ? 'Inactive' : 'Waiting';
    consumers.push({
      id: consumerId, ...p, phone: rand() < 0.9 ? p.phone : '', goalAreas: areas.map((a) => pick(AREA_WORDING[a])).join('; '),
      languages: pick(LANGUAGE_SETS).join(', '), availability: pick(AVAILABILITY), travelMode: pick(TRAVEL),
      preferences: i % 8 === 1 ? 'Female mentor please' : i % 8 === 5 ? 'Close to a bus line' : '', livedExperienceWanted: livedWanted,
      adaEligible: i % 29 === 28 ? '' : 'Yes', status: consumerStatus, requestedOn,
    });
    if (!matchStatus) {
      if (rand() < 0.4) for (const area of areas.slice(0, 1)) goals.push([formatId('G', ++goalNo), consumerId, GOAL_AREA_LABELS[area], GOAL_TEXT[area][0], '', 'Not started', requestedOn, '', '', '']);
      continue;
    }
    // A mentor whose skills cover the consumer's first area and who has room.
    let mentorIndex = mentorSkills.findIndex((skills, m) => skills.includes(areas[0]!) && mentorLoad[m]! < 2 && m % 13 !== 12 && m % 17 !== 16 && (m + i) % 3 === 0);
    if (mentorIndex < 0) mentorIndex = (i * 7) % mentorCount;
    if (matchStatus !== 'Declined' && matchStatus !== 'Completed' && matchStatus !== 'Closed') mentorLoad[mentorIndex]!++;
    const matchId = formatId('X', matches.length + 1);
    const proposedOn = addDays(requestedOn, 10 + Math.floor(rand() * 20));
    const introOn = matchStatus === 'Proposed' ? '' : matchStatus === 'Intro scheduled' ? addDays(asOf, 3 + Math.floor(rand() * 10)) : addDays(proposedOn, 7);
    const startedOn = ['Active', 'Completed', 'Closed'].includes(matchStatus) ? addDays(proposedOn, 14) : '';
    const endedOn = matchStatus === 'Completed' || matchStatus === 'Closed' ? addDays(startedOn, 90 + Math.floor(rand() * 60)) : matchStatus === 'Declined' ? introOn : '';
    matches.push([
      matchId, consumerId, formatId('M', mentorIndex + 1), matchStatus, 60 + Math.floor(rand() * 35), `covers ${GOAL_AREA_LABELS[areas[0]!].toLowerCase()}`,
      proposedOn, introOn, startedOn, endedOn, matchStatus === 'Declined' ? pick(['Mentor', 'Consumer']) : '', matchStatus === 'Declined' ? pick(['Schedules do not fit', 'Not a good fit', 'Moved away']) : '',
    ]);
    if (!startedOn) continue;
    for (const area of areas) {
      const metOn = addDays(startedOn, 60 + Math.floor(rand() * 30));
      const met = (matchStatus === 'Completed' || (matchStatus === 'Active' && rand() < 0.25)) && metOn <= (endedOn || asOf);
      const goalId = formatId('G', ++goalNo);
      goals.push([goalId, consumerId, GOAL_AREA_LABELS[area], GOAL_TEXT[area][0], GOAL_TEXT[area][1], met ? 'Met' : matchStatus === 'Closed' ? 'Withdrawn' : 'In progress', startedOn, addDays(startedOn, 180), met ? metOn : '', matchId]);
      // Reviews roughly every three months, check-ins monthly; some active matches fall behind.
      const behind = i % 4 === 0;
      const last = endedOn || (behind ? addDays(asOf, -120) : addDays(asOf, -20));
      for (let date = addDays(startedOn, 30); date <= last && date <= asOf; date = addDays(date, 30)) {
        const isReview = reviewNo % 3 === 2;
        reviews.push([formatId('R', ++reviewNo), matchId, date, isReview ? 'Review' : 'Check-in', isReview ? 'Mentor, Consumer, Coordinator' : 'Mentor', goalId, pick(['Good progress', 'Some progress', 'Started', 'Practiced with mentor']), 30 + 15 * Math.floor(rand() * 5), '', isReview ? addDays(date, 90) : '']);
      }
    }
  }

  const settings: Cell[][] = [
    ['trainingIntervalDays', 90], ['trainingWarningDays', 21], ['reviewIntervalDays', 90], ['checkInIntervalDays', 30], ['maxTravelMinutes', 60], ['suppressionThreshold', 5],
  ];

  return [
    { key: 'mentors', tab: 'Mentors', rows: asRows('mentors', mentors) },
    { key: 'consumers', tab: 'Consumers', rows: asRows('consumers', consumers) },
    { key: 'goals', tab: 'Goals', rows: [header('goals'), ...goals] },
    { key: 'matches', tab: 'Matches', rows: [header('matches'), ...matches] },
    { key: 'reviews', tab: 'Reviews', rows: [header('reviews'), ...reviews] },
    { key: 'trainings', tab: 'Trainings', rows: [header('trainings'), ...trainings] },
    { key: 'attendance', tab: 'Attendance', rows: [header('attendance'), ...attendance] },
    { key: 'settings', tab: 'Settings', rows: [header('settings'), ...settings] },
  ];
}
