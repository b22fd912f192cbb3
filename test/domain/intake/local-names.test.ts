import { normalizeSubmission, NormalizedApplication } from '../../../src/domain/intake';
import { formDefinition } from '../../../src/domain/intake/forms';
import { withLocalNames } from '../../../src/domain/intake/local-names';
import { aSubmission } from '../../helpers/intake-submissions';

const travelChoices = (rideServiceName: string) => withLocalNames(formDefinition('consumer-request'), { rideServiceName }).questions.find((q) => q.key === 'travelMode')!.choices!.map((c) => c.label);

describe('the forms with the program’s local names', () => {
  it('names the local ride service after the plain words, and leaves every other choice as it was', () => {
    const plain = travelChoices('');
    const local = travelChoices('Metro Mobility');
    expect(local).toEqual(plain.map((label) => (/van ride service/.test(label) ? `${label} (like Metro Mobility)` : label)));
    expect(local).toContain('A van ride service for people who have a disability (like Metro Mobility)');
  });

  it('reads the choice with the local name as the ride service, like the plain one', () => {
    const travelMode = (answer: string) => (normalizeSubmission(aSubmission('consumer-request', { travelMode: answer })).value as NormalizedApplication).travelMode;
    expect(travelMode('A van ride service for people who have a disability (like Metro Mobility)')).toBe('paratransit');
    expect(travelMode('A van ride service for people who have a disability')).toBe('paratransit');
  });
});
