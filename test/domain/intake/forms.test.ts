import { GOAL_AREAS, readGoalArea } from '../../../src/domain/goal-areas';
import { applicantText, countSyllables, fleschKincaidGrade, formKindFromTitle, formKindFromWords, INTAKE_FORMS } from '../../../src/domain/intake';
import { GOAL_AREA_CHOICES, TRAVEL_CHOICES } from '../../../src/domain/intake/plain-choices';

describe('the intake forms', () => {
  it.each(INTAKE_FORMS.map((form) => [form.title, form] as const))('"%s" reads at about grade 6 or below', (_title, form) => {
    const score = fleschKincaidGrade(applicantText(form));
    expect(score.words).toBeGreaterThan(50);
    expect(score.grade).toBeLessThanOrEqual(6);
  });

  it('keeps every question and help sentence short', () => {
    for (const form of INTAKE_FORMS) {
      for (const text of applicantText(form)) {
        for (const sentence of text.split(/(?<=[.?!:])\s+/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(16);
      }
    }
  });

  it('offers one everyday choice per goal area, each read back to its area by the goal-area reader', () => {
    const areas = GOAL_AREA_CHOICES.map((choice) => readGoalArea(choice.label));
    expect(areas.every((reading) => reading.kind === 'area')).toBe(true);
    expect(new Set(areas.map((reading) => (reading.kind === 'area' ? reading.area : '')))).toEqual(new Set(GOAL_AREAS));
  });

  it('asks what the issue lists on each form', () => {
    const keys = (kind: string) => INTAKE_FORMS.find((form) => form.kind === kind)!.questions.map((question) => question.key);
    expect(keys('consumer-request')).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'address', 'zip', 'goalAreas', 'workOn', 'languages', 'availability', 'travelMode', 'preferences', 'sharedExperience', 'adaDisability', 'consent']));
    expect(keys('mentor-application')).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'zip', 'skills', 'experience', 'languages', 'availability', 'travelMode', 'maxMentees', 'consent']));
    expect(keys('mentor-check-in')).toEqual(['mentor', 'consumer', 'date', 'minutes', 'goals', 'progress', 'notes']);
    expect(TRAVEL_CHOICES.map((choice) => choice.value)).toEqual(['drive', 'transit', 'paratransit', 'walk']);
  });

  it('gives every question a unique key and recognises a form by its title, even with words added', () => {
    for (const form of INTAKE_FORMS) expect(new Set(form.questions.map((q) => q.key)).size).toBe(form.questions.length);
    expect(formKindFromTitle('Become a peer mentor (2026)')).toBe('mentor-application');
    expect(formKindFromTitle('Something else')).toBeUndefined();
    expect(['Mentor application', 'consumer-request', 'Check-in', 'Request a peer mentor', 'mentor-application'].map(formKindFromWords)).toEqual(['mentor-application', 'consumer-request', 'mentor-check-in', 'consumer-request', 'mentor-application']);
    expect(formKindFromWords('notes')).toBeUndefined();
  });
});

describe('fleschKincaidGrade', () => {
  it('scores plain sentences low and dense official prose high', () => {
    expect(fleschKincaidGrade(['We will call you. You can pick a time.']).grade).toBeLessThan(3);
    const dense = 'The Administration for Community Living administers comprehensive rehabilitation initiatives, evaluating organizational accountability through standardized performance documentation requirements.';
    expect(fleschKincaidGrade([dense]).grade).toBeGreaterThan(16);
  });

  it('counts syllables as a reader would, near enough', () => {
    expect([countSyllables('the'), countSyllables('table'), countSyllables('mentor'), countSyllables('disability'), countSyllables('lives')]).toEqual([1, 2, 2, 5, 1]);
  });

  it('handles empty text', () => {
    expect(fleschKincaidGrade([]).grade).toBe(0);
  });
});
