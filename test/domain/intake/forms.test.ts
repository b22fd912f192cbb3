import { GOAL_AREAS, readGoalArea } from '../../../src/domain/goal-areas';
import { answersByKey, applicantText, colemanLiauGrade, countSyllables, fleschKincaidGrade, formDefinition, formKindFromTitle, formKindFromWords, INTAKE_FORMS, smogGrade } from '../../../src/domain/intake';
import { choiceValue } from '../../../src/domain/intake/answer-readers';
import { GOAL_AREA_CHOICES, TRAVEL_CHOICES } from '../../../src/domain/intake/plain-choices';

describe('the intake forms', () => {
  it.each(INTAKE_FORMS.map((form) => [form.title, form] as const))('"%s" reads at grade 6 or below on Flesch–Kincaid, SMOG and Coleman–Liau, answer choices included', (_title, form) => {
    const text = applicantText(form);
    const choices = form.questions.flatMap((question) => question.choices ?? []);
    expect(choices.every((choice) => text.some((line) => line.includes(choice.label)))).toBe(true);
    expect(fleschKincaidGrade(text).words).toBeGreaterThan(50);
    expect(fleschKincaidGrade(text).grade).toBeLessThanOrEqual(6);
    expect(smogGrade(text)).toBeLessThanOrEqual(6);
    expect(colemanLiauGrade(text)).toBeLessThanOrEqual(6);
  });

  it('keeps every question and help sentence short', () => {
    for (const form of INTAKE_FORMS) {
      for (const text of [form.description, form.confirmation, ...form.questions.flatMap((question) => [question.title, question.help ?? ''])]) {
        for (const sentence of text.split(/(?<=[.?!:])\s+/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(16);
      }
    }
  });

  it('spells out ASL, explains "benefits" with an example, names no local service and glosses idioms', () => {
    for (const form of INTAKE_FORMS) {
      const text = applicantText(form).join(' ');
      if (/\bASL\b/.test(text)) expect(text).toContain('American Sign Language (ASL)');
      if (/\bbenefits\b/i.test(text)) expect(text).toMatch(/benefits \(help like SSI/);
      expect(text).not.toMatch(/Metro Mobility|Metro Transit/i);
      expect(text).not.toMatch(/walk or roll/i);
      // "getting around" is an idiom: allowed only with its plain meaning right after it.
      for (const use of text.match(/get(ting)? around[^.,]*/gi) ?? []) expect(use).toMatch(/around: going places/i);
    }
  });

  it("still reads answers from forms built with a question's earlier wording", () => {
    const form = formDefinition('consumer-request');
    const answers = answersByKey(form, [
      { title: 'How do you get around?', response: 'Metro Mobility or a ride service' },
      { title: 'Is there anything you want in a mentor?', response: 'a woman' },
    ]);
    expect(answers).toEqual({ travelMode: 'Metro Mobility or a ride service', preferences: 'a woman' });
    expect(['I drive or get a ride', 'Metro Mobility or a ride service', 'I walk or roll'].map((label) => choiceValue(label, TRAVEL_CHOICES))).toEqual(['drive', 'paratransit', 'walk']);
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
    expect(smogGrade([])).toBe(0);
    expect(colemanLiauGrade([])).toBe(0);
  });

  it('scores with SMOG and Coleman–Liau independently: plain text low, dense prose high on both', () => {
    const plain = ['We will call you. You can pick a time. Tell us when you are free.'];
    const dense = ['The Administration for Community Living administers comprehensive rehabilitation initiatives, evaluating organizational accountability through standardized performance documentation requirements.'];
    expect(smogGrade(plain)).toBeLessThan(4);
    expect(colemanLiauGrade(plain)).toBeLessThan(3);
    expect(smogGrade(dense)).toBeGreaterThan(16);
    expect(colemanLiauGrade(dense)).toBeGreaterThan(16);
  });
});
