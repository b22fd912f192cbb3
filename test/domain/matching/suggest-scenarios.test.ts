import { addDays } from '../../../src/domain/dates';
import { rankMentors } from '../../../src/domain/matching/rank-mentors';
import { planAssignment } from '../../../src/domain/matching/plan-assignment';
import { aConsumer, aGoal, aMatch, aMentor } from '../../helpers/builders';
import { AS_OF, aSettings, prepare, TRAINED } from './program';

describe('suggestions in the program’s own scenarios', () => {
  it('ranks the nearest mentor with matching skills first', () => {
    const consumer = aConsumer({ zip: '55104', goalAreas: ['employment', 'transportation'] });
    const mentors = [
      aMentor({ id: 'M-0001', zip: '55113', skills: ['employment', 'transportation'], initialTrainingOn: TRAINED }), // farther
      aMentor({ id: 'M-0002', zip: '55105', skills: ['employment', 'transportation'], initialTrainingOn: TRAINED }), // near
      aMentor({ id: 'M-0003', zip: '55104', skills: ['health-nutrition'], initialTrainingOn: TRAINED }), // nearest, wrong skills
    ];
    const ranking = rankMentors(consumer, prepare({ mentors, consumers: [consumer] }));
    expect(ranking.suggestions.map((s) => s.mentorId)).toEqual(['M-0002', 'M-0001', 'M-0003']);
    expect(ranking.suggestions[0]!.reasons[0]).toBe('covers 2 of 2 goals: employment, transportation / mobility');
  });

  it('still matches on skills for a consumer waiting again after a closed match whose goals were withdrawn', () => {
    const consumer = aConsumer({ id: 'C-0001', goalAreas: ['employment'] });
    const goals = [aGoal({ consumerId: 'C-0001', area: 'employment', status: 'withdrawn' })];
    const matches = [aMatch({ consumerId: 'C-0001', mentorId: 'M-0009', status: 'closed' })];
    const mentors = [
      aMentor({ id: 'M-0001', zip: '55104', skills: ['health-nutrition'], initialTrainingOn: TRAINED }),
      aMentor({ id: 'M-0002', zip: '55105', skills: ['employment'], initialTrainingOn: TRAINED }),
    ];
    const ranking = rankMentors(consumer, prepare({ mentors, consumers: [consumer], goals, matches }));
    expect(ranking.suggestions.map((s) => s.mentorId)).toEqual(['M-0002', 'M-0001']);
    expect(ranking.suggestions[0]!.reasons[0]).toBe('covers 1 of 1 goal: employment');
  });

  it('leaves out of the goal score an area whose goals are all met, unless nothing else is left', () => {
    const consumer = aConsumer({ id: 'C-0001', goalAreas: ['employment', 'transportation'] });
    const met = [aGoal({ consumerId: 'C-0001', area: 'employment', status: 'met', metOn: AS_OF })];
    const mentor = aMentor({ skills: ['transportation'], initialTrainingOn: TRAINED });
    const [open] = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer], goals: met })).suggestions;
    expect(open!.reasons[0]).toBe('covers 1 of 1 goal: transportation / mobility');
    const allMet = [...met, aGoal({ consumerId: 'C-0001', area: 'transportation', status: 'met', metOn: AS_OF })];
    const [again] = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer], goals: allMet })).suggestions;
    expect(again!.reasons[0]).toBe('covers 1 of 2 goals: transportation / mobility');
  });

  it('drops a mentor whose training lapsed yesterday, and keeps one current through today', () => {
    const interval = aSettings().trainingIntervalDays;
    const consumer = aConsumer();
    const lapsed = aMentor({ id: 'M-0001', initialTrainingOn: addDays(AS_OF, -interval - 1) });
    const lastDay = aMentor({ id: 'M-0002', initialTrainingOn: addDays(AS_OF, -interval) });
    const ranking = rankMentors(consumer, prepare({ mentors: [lapsed, lastDay], consumers: [consumer] }));
    expect(ranking.suggestions.map((s) => s.mentorId)).toEqual(['M-0002']);
    expect(ranking.excluded).toEqual([expect.objectContaining({ mentorId: 'M-0001', rule: 'MATCH.TRAINING_LAPSED' })]);
  });

  it('never suggests or assigns a pair that declined before, while the consumer stays in the pool', () => {
    const consumer = aConsumer({ id: 'C-0001' });
    const mentors = [aMentor({ id: 'M-0001', initialTrainingOn: TRAINED }), aMentor({ id: 'M-0002', zip: '55113', initialTrainingOn: TRAINED })];
    const matches = [aMatch({ consumerId: 'C-0001', mentorId: 'M-0001', status: 'declined', declinedBy: 'consumer' })];
    const state = prepare({ mentors, consumers: [consumer], matches });
    const ranking = rankMentors(consumer, state);
    expect(ranking.suggestions.map((s) => s.mentorId)).toEqual(['M-0002']);
    expect(ranking.excluded).toEqual([expect.objectContaining({ mentorId: 'M-0001', rule: 'MATCH.DECLINED_BEFORE' })]);
    expect(planAssignment(state).proposals).toEqual([expect.objectContaining({ consumerId: 'C-0001', mentorId: 'M-0002' })]);
  });

  it('shows shared lived experience in the reasons when the consumer asked for it', () => {
    const consumer = aConsumer({ livedExperienceWanted: ['wheelchair'] });
    const mentors = [
      aMentor({ id: 'M-0001', livedExperience: ['wheelchair user', 'chronic illness'], initialTrainingOn: TRAINED }),
      aMentor({ id: 'M-0002', livedExperience: ['blind or low vision'], initialTrainingOn: TRAINED }),
    ];
    const ranking = rankMentors(consumer, prepare({ mentors, consumers: [consumer] }));
    expect(ranking.suggestions[0]!.mentorId).toBe('M-0001');
    expect(ranking.suggestions[0]!.reasons).toContain('shares lived experience: wheelchair');
    expect(ranking.suggestions[1]!.reasons).toContain('no shared lived experience (asked for: wheelchair)');
  });

  it('does not score lived experience for a consumer who did not ask for it', () => {
    const consumer = aConsumer({ livedExperienceWanted: [] });
    const mentor = aMentor({ livedExperience: ['wheelchair user'], initialTrainingOn: TRAINED });
    const [suggestion] = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer] })).suggestions;
    expect(suggestion!.components.map((c) => c.key)).not.toContain('livedExperience');
    expect(suggestion!.reasons.join(' ')).not.toMatch(/lived experience/);
  });

  it('says the distance is unknown for a ZIP it cannot place, scores it neutral, and still suggests', () => {
    const consumer = aConsumer({ zip: '99999' });
    const mentor = aMentor({ initialTrainingOn: TRAINED });
    const [suggestion] = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer] })).suggestions;
    expect(suggestion).toMatchObject({ distanceKm: null, travelMinutes: null });
    expect(suggestion!.reasons).toContain('distance unknown (ZIP 99999 not found)');
    expect(suggestion!.components.find((c) => c.key === 'proximity')!.value).toBe(0.5);
  });

  it('leaves out mentors beyond the travel limit', () => {
    const consumer = aConsumer({ zip: '55106', travelMode: 'paratransit' });
    const mentor = aMentor({ zip: '55369', initialTrainingOn: TRAINED });
    const ranking = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer], settings: aSettings({ maxTravelMinutes: 45 }) }));
    expect(ranking.suggestions).toEqual([]);
    expect(ranking.excluded[0]!.rule).toBe('MATCH.TOO_FAR');
  });

  it('uses a precomputed trip instead of the estimate', () => {
    const consumer = aConsumer({ id: 'C-0001', zip: '55104' });
    const mentor = aMentor({ id: 'M-0001', zip: '55105', initialTrainingOn: TRAINED });
    const travel = (from: string, to: string) => (from === 'C-0001' && to === 'M-0001' ? { distanceKm: 3.2, travelMinutes: 22, source: 'routes' as const } : undefined);
    const [suggestion] = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer], travel })).suggestions;
    expect(suggestion).toMatchObject({ distanceKm: 3.2, travelMinutes: 22 });
    expect(suggestion!.reasons).toContain('about 3 km (22 min by transit)');
  });

  it('treats ASL and American Sign Language as one language and requires a shared language when both list some', () => {
    const consumer = aConsumer({ languages: ['American Sign Language'] });
    const signs = aMentor({ id: 'M-0001', languages: ['English', 'ASL'], initialTrainingOn: TRAINED });
    const speaks = aMentor({ id: 'M-0002', languages: ['Spanish'], initialTrainingOn: TRAINED });
    const unknown = aMentor({ id: 'M-0003', languages: [], initialTrainingOn: TRAINED });
    const ranking = rankMentors(consumer, prepare({ mentors: [signs, speaks, unknown], consumers: [consumer] }));
    expect(ranking.suggestions.map((s) => s.mentorId)).toEqual(['M-0001', 'M-0003']);
    expect(ranking.suggestions[0]!.reasons).toContain('both use American Sign Language');
    expect(ranking.excluded).toEqual([expect.objectContaining({ mentorId: 'M-0002', rule: 'MATCH.NO_SHARED_LANGUAGE' })]);
  });

  it('treats a gender preference as soft, unless the consumer says it must be', () => {
    const female = aMentor({ id: 'M-0001', gender: 'Female', initialTrainingOn: TRAINED });
    const male = aMentor({ id: 'M-0002', gender: 'M', initialTrainingOn: TRAINED });
    const soft = aConsumer({ preferences: 'Female mentor please' });
    const softRanking = rankMentors(soft, prepare({ mentors: [male, female], consumers: [soft] }));
    expect(softRanking.suggestions.map((s) => s.mentorId)).toEqual(['M-0001', 'M-0002']);
    expect(softRanking.suggestions[1]!.reasons).toContain('asked for a female mentor; this mentor is not');
    const hard = aConsumer({ preferences: 'Must be a woman' });
    const hardRanking = rankMentors(hard, prepare({ mentors: [male, female], consumers: [hard] }));
    expect(hardRanking.suggestions.map((s) => s.mentorId)).toEqual(['M-0001']);
    expect(hardRanking.excluded[0]).toMatchObject({ mentorId: 'M-0002', rule: 'MATCH.REQUIRED_PREFERENCE' });
  });

  it('ignores preference wording it does not understand', () => {
    const consumer = aConsumer({ preferences: 'Close to the 21 bus; likes chess' });
    const [suggestion] = rankMentors(consumer, prepare({ mentors: [aMentor({ initialTrainingOn: TRAINED })], consumers: [consumer] })).suggestions;
    expect(suggestion!.components.map((c) => c.key)).not.toContain('preferences');
  });

  it('counts a blank max mentees as one place, taken by an open match', () => {
    const consumer = aConsumer({ id: 'C-0002' });
    const mentor = aMentor({ maxMentees: null, initialTrainingOn: TRAINED });
    const open = prepare({ mentors: [mentor], consumers: [consumer], matches: [aMatch({ consumerId: 'C-0001', status: 'intro-scheduled' })] });
    expect(rankMentors(consumer, open).excluded[0]).toMatchObject({ rule: 'MATCH.NO_CAPACITY', reason: 'no room left (1 of 1 place taken)' });
    const ended = prepare({ mentors: [mentor], consumers: [consumer], matches: [aMatch({ consumerId: 'C-0001', status: 'completed' })] });
    expect(rankMentors(consumer, ended).suggestions).toHaveLength(1);
  });

  it('matches only consumers who are ADA eligible, waiting, and not already in an open match', () => {
    const mentors = [aMentor({ initialTrainingOn: TRAINED, maxMentees: 3 })];
    for (const [consumer, rule] of [
      [aConsumer({ adaEligible: null }), 'MATCH.CONSUMER_NOT_ELIGIBLE'],
      [aConsumer({ status: 'inactive' }), 'MATCH.CONSUMER_NOT_WAITING'],
    ] as const) {
      expect(rankMentors(consumer, prepare({ mentors, consumers: [consumer] })).blocked?.rule).toBe(rule);
    }
    const inMatch = aConsumer({ id: 'C-0009', status: null });
    const state = prepare({ mentors, consumers: [inMatch], matches: [aMatch({ consumerId: 'C-0009', status: 'proposed' })] });
    expect(rankMentors(inMatch, state).blocked?.rule).toBe('MATCH.CONSUMER_HAS_MATCH');
    const blankStatus = aConsumer({ status: null });
    expect(rankMentors(blankStatus, prepare({ mentors, consumers: [blankStatus] })).suggestions).toHaveLength(1);
  });

  it('never suggests a mentor to themselves when a consumer also sits on the Mentors tab', () => {
    const consumer = aConsumer({ id: 'C-0004', email: 'same@example.org' });
    const mentor = aMentor({ id: 'M-0040', email: 'Same@Example.org', phone: null, initialTrainingOn: TRAINED });
    expect(rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer] })).excluded[0]!.rule).toBe('MATCH.SAME_PERSON');
  });

  it('says when both are free, and the training currency, in plain words', () => {
    const consumer = aConsumer({ availability: ['tue-afternoon', 'thu-evening'] });
    const mentor = aMentor({ availability: ['tue-afternoon', 'wed-morning'], initialTrainingOn: TRAINED });
    const [suggestion] = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer] })).suggestions;
    expect(suggestion!.reasons).toContain('both free Tuesday afternoons');
    expect(suggestion!.reasons).toContain('training current until 18 Jan 2027');
  });

  it('never puts names, emails, phones or addresses into reasons', () => {
    const consumer = aConsumer({ preferences: 'female mentor', livedExperienceWanted: ['deaf'], languages: ['English', 'Somali'] });
    const mentor = aMentor({ gender: 'female', livedExperience: ['Deaf'], languages: ['Somali'], initialTrainingOn: TRAINED });
    const [suggestion] = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer] })).suggestions;
    const text = suggestion!.reasons.join(' | ');
    for (const secret of [consumer.name, mentor.name, consumer.email!, mentor.email!, consumer.phone!, mentor.phone!, consumer.address!, mentor.address!]) {
      expect(text).not.toContain(secret);
    }
  });

  it('marks a lone suggestion that covers none of the goals as weak, and says why', () => {
    const consumer = aConsumer({ zip: '55104', goalAreas: ['employment', 'transportation', 'daily-living'], availability: ['tue-afternoon'] });
    const mentor = aMentor({ zip: '55104', skills: ['health-nutrition'], availability: ['fri-evening'], initialTrainingOn: TRAINED });
    const [suggestion] = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer] })).suggestions;
    expect(suggestion!.weakBecause).toMatch(/^weak: covers none of the 3 goals; score \d+\.\d is under 40$/);
    const strong = rankMentors(consumer, prepare({ mentors: [{ ...mentor, skills: ['employment', 'transportation', 'daily-living'], availability: ['tue-afternoon'] }], consumers: [consumer] }));
    expect(strong.suggestions[0]!.weakBecause).toBeNull();
    const lenient = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer], settings: aSettings({ weakScoreBelow: 0 }) }));
    expect(lenient.suggestions[0]!.weakBecause).toBe('weak: covers none of the 3 goals');
  });

  it('explains every mentor not shown: each is suggested, left out by a rule, or scored below the ones shown', () => {
    const consumer = aConsumer({ zip: '55104', goalAreas: ['employment'] });
    const mentors = Array.from({ length: 50 }, (_, i) =>
      aMentor({ id: `M-${String(i + 1).padStart(4, '0')}`, zip: ['55104', '55105', '55113', '55408'][i % 4], skills: i % 3 ? ['employment'] : ['health-nutrition'], initialTrainingOn: i % 5 === 0 ? null : TRAINED }),
    );
    const ranking = rankMentors(consumer, prepare({ mentors, consumers: [consumer] }), 10);
    const explained = [...ranking.suggestions.map((s) => s.mentorId), ...ranking.excluded.map((e) => e.mentorId), ...ranking.notShown.map((n) => n.mentorId)];
    expect(ranking.suggestions).toHaveLength(10);
    expect(ranking.notShown.length).toBeGreaterThan(0);
    expect(explained.sort()).toEqual(mentors.map((m) => m.id).sort());
    const lowestShown = ranking.suggestions[9]!.score;
    for (const other of ranking.notShown) {
      expect(other.score).toBeLessThanOrEqual(lowestShown);
      expect(other.reason).toMatch(/^scored \d+\.\d, (under the 10 shown|the same as the lowest shown)/);
    }
  });

  it('names whose free times or languages are missing', () => {
    const consumer = aConsumer({ zip: '55104', availability: [], languages: ['English'] });
    const mentor = aMentor({ zip: '55104', availability: ['tue-afternoon'], languages: [], initialTrainingOn: TRAINED });
    const [suggestion] = rankMentors(consumer, prepare({ mentors: [mentor], consumers: [consumer] })).suggestions;
    expect(suggestion!.reasons).toEqual(expect.arrayContaining(['free times not recorded for the consumer', 'languages not recorded for the mentor']));
    const neither = rankMentors({ ...consumer, languages: [] }, prepare({ mentors: [{ ...mentor, availability: ['tue-afternoon'] }], consumers: [consumer] })).suggestions[0]!;
    expect(neither.reasons).toContain('languages not recorded for either');
  });
});
