// Small builders for domain records in tests: sensible defaults, override only what a test is about.
import type { Attendance, Consumer, Goal, Match, Mentor, Review, TrainingSession } from '../../src/domain/model';

export function aMentor(overrides: Partial<Mentor> = {}): Mentor {
  return {
    id: 'M-0001', name: 'Pat Mentor', email: 'pat@example.org', phone: '+16515550101', address: '530 Robert St N', city: 'St Paul', zip: '55101',
    languages: ['English'], availability: ['tue-afternoon'], travelMode: 'transit', notes: '', source: { tab: 'Mentors', row: 2 },
    skills: ['employment'], maxMentees: 2, status: 'active', livedExperience: [], initialTrainingOn: null, gender: null,
    ...overrides,
  };
}

export function aConsumer(overrides: Partial<Consumer> = {}): Consumer {
  return {
    id: 'C-0001', name: 'Sam Consumer', email: 'sam@example.org', phone: '+16515550202', address: '100 Grand Ave', city: 'St Paul', zip: '55105',
    languages: ['English'], availability: ['tue-afternoon'], travelMode: 'transit', notes: '', source: { tab: 'Consumers', row: 2 },
    goalAreas: ['employment'], preferences: '', livedExperienceWanted: [], adaEligible: true, status: 'waiting', requestedOn: '2026-01-05',
    ...overrides,
  };
}

export function aMatch(overrides: Partial<Match> = {}): Match {
  return {
    id: 'X-0001', consumerId: 'C-0001', mentorId: 'M-0001', status: 'proposed', score: 80, reasons: '', proposedOn: '2026-02-01', introOn: null,
    introTime: '', introPlace: '', startedOn: null, endedOn: null, declinedBy: null, declineReason: '', mentorDecision: null, consumerDecision: null, source: { tab: 'Matches', row: 2 },
    ...overrides,
  };
}

export function aGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'G-0001', consumerId: 'C-0001', area: 'employment', goal: 'Find a part-time job', objectives: 'Update resume; apply to five jobs',
    status: 'in-progress', setOn: '2026-02-15', targetDate: '2026-08-15', metOn: null, matchId: 'X-0001', source: { tab: 'Goals', row: 2 },
    ...overrides,
  };
}

export function aReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'R-0001', matchId: 'X-0001', date: '2026-03-15', kind: 'review', attendees: ['Mentor', 'Consumer', 'Coordinator'], goalId: null,
    progress: '', minutes: 45, notes: '', nextReview: null, source: { tab: 'Reviews', row: 2 },
    ...overrides,
  };
}

export function aSession(overrides: Partial<TrainingSession> = {}): TrainingSession {
  return {
    id: 'T-0001', type: 'ongoing', date: '2026-01-15', start: '5:00 pm', end: '7:00 pm', location: '530 Robert Street North, St Paul',
    topic: 'Peer Mentor Group', source: { tab: 'Trainings', row: 2 },
    ...overrides,
  };
}

export function anAttendance(overrides: Partial<Attendance> = {}): Attendance {
  return { sessionId: 'T-0001', mentorId: 'M-0001', attended: true, source: { tab: 'Attendance', row: 2 }, ...overrides };
}
