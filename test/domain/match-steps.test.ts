import { matchSteps } from '../../src/domain/match-steps';
import { aMatch } from '../helpers/builders';

const TODAY = '2026-03-02';

describe('what can be done with a match now, and what must come first', () => {
  it('a proposed match with both sides saying yes says the introduction must be scheduled first', () => {
    const steps = matchSteps(aMatch({ status: 'proposed', mentorDecision: 'yes', consumerDecision: 'yes' }), TODAY);
    expect(steps.ready).toEqual(['schedule-intro', 'decide']);
    expect(steps.waiting).toEqual([{ step: 'activate', first: 'Schedule the introduction first.' }]);
    expect(steps.startFrom).toBeNull();
  });

  it('does not offer activation before the intro meeting has happened, and says when it is', () => {
    const steps = matchSteps(aMatch({ status: 'intro-scheduled', introOn: '2026-03-09', mentorDecision: 'yes', consumerDecision: 'yes' }), TODAY);
    expect(steps.ready).not.toContain('activate');
    expect(steps.waiting).toEqual([{ step: 'activate', first: 'The intro meeting is on 9 Mar 2026; activate the match once it has happened.' }]);
  });

  it('names whose decision is still missing', () => {
    const one = matchSteps(aMatch({ status: 'intro-scheduled', introOn: '2026-02-20', mentorDecision: 'yes', consumerDecision: null }), TODAY);
    expect(one.waiting).toEqual([{ step: 'activate', first: 'Record that the consumer wants to go on first.' }]);
    const both = matchSteps(aMatch({ status: 'intro-scheduled', introOn: '2026-02-20', mentorDecision: null, consumerDecision: null }), TODAY);
    expect(both.waiting[0]!.first).toBe('Record that the mentor and the consumer want to go on first.');
  });

  it('offers activation once the intro has happened and both said yes, starting no earlier than the intro', () => {
    const steps = matchSteps(aMatch({ status: 'intro-scheduled', introOn: '2026-03-02', mentorDecision: 'yes', consumerDecision: 'yes' }), TODAY);
    expect(steps.ready).toEqual(['schedule-intro', 'decide', 'activate']);
    expect(steps.waiting).toEqual([]);
    expect(steps.startFrom).toBe('2026-03-02');
  });

  it('an active match can be completed or closed; a closed or declined one reopened', () => {
    expect(matchSteps(aMatch({ status: 'active' }), TODAY).ready).toEqual(['complete', 'close']);
    expect(matchSteps(aMatch({ status: 'closed' }), TODAY).ready).toEqual(['reopen']);
    expect(matchSteps(aMatch({ status: 'declined' }), TODAY).ready).toEqual(['reopen']);
    expect(matchSteps(aMatch({ status: 'completed' }), TODAY)).toEqual({ ready: [], waiting: [], startFrom: null });
  });
});
