// This file builds form submissions for intake tests: a well-filled answer set per form, overridable per test.
import type { Submission } from '../../src/domain/intake/submission';
import type { FormKind } from '../../src/domain/intake/form-definition';

const ANSWERS: Record<FormKind, Record<string, unknown>> = {
  'consumer-request': {
    name: '  Ann   Lee ',
    email: 'Ann.Lee@Example.org',
    phone: '(651) 555-0142',
    preferredContact: 'Text me',
    address: '1600 University Ave W',
    city: 'St Paul',
    zip: '55104-1234',
    goalAreas: ['Finding or keeping a job', 'Getting around by bus or ride'],
    workOn: 'I want to learn the bus to get to work.',
    languages: 'English, ASL',
    availability: 'Tuesday afternoons',
    travelMode: 'Bus or train',
    preferences: 'Someone near the 21 bus',
    sharedExperience: 'Yes',
    sharedExperienceWhat: 'uses a wheelchair',
    adaDisability: 'Yes',
    consent: 'Yes',
  },
  'mentor-application': {
    name: 'Bo Diaz',
    email: 'bo@example.org',
    phone: '651-555-0100',
    address: '200 Lake St',
    city: 'Minneapolis',
    zip: '55414',
    skills: ['Money and benefits', 'Knowing my rights'],
    experience: 'I have used SSDI and work incentives for years.',
    languages: 'English; Spanish',
    availability: 'weekday evenings',
    travelMode: 'I drive or get a ride',
    livedExperience: 'blind',
    maxMentees: '2',
    consent: 'Yes',
  },
  'mentor-check-in': {
    mentor: 'Bo Diaz',
    consumer: 'Ann Lee',
    date: '2026-03-03',
    minutes: '60',
    goals: ['Finding or keeping a job'],
    progress: 'Good progress',
    notes: 'We practised an interview.',
  },
};

let counter = 0;

export function aSubmission(kind: FormKind = 'consumer-request', answers: Record<string, unknown> = {}, over: Partial<Submission> = {}): Submission {
  counter += 1;
  return {
    responseId: `resp-${kind}-${counter}`,
    formKind: kind,
    formId: `form-${kind}`,
    submittedAt: '2026-03-03T15:04:05.000Z',
    answers: { ...ANSWERS[kind], ...answers },
    ...over,
  };
}

/** Personal details the fixtures use, for tests that search logs for them. */
export const FIXTURE_PERSONAL_DETAILS = ['Ann', 'Lee', 'ann.lee@example.org', '555-0142', '5550142', '1600 University', 'Bo Diaz', 'bo@example.org', '200 Lake'];
