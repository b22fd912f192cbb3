import { contactConsent } from '../../../src/domain/outreach/contact-consent';

describe('consent to share contact details', () => {
  it('takes each person\'s latest answer; only a readable yes is yes', () => {
    const consent = contactConsent([
      { recordId: 'C-0001', submittedAt: '2026-01-05T10:00:00Z', consent: 'Yes' },
      { recordId: 'C-0001', submittedAt: '2026-03-05T10:00:00Z', consent: 'No' },
      { recordId: 'C-0002', submittedAt: '2026-03-05', consent: 'Y' },
      { recordId: 'C-0002', submittedAt: '2026-01-05', consent: 'No' },
      { recordId: 'M-0001', submittedAt: new Date('2026-02-01T00:00:00Z'), consent: 'maybe later' },
      { recordId: 'M-0002', submittedAt: '', consent: '' },
      { recordId: ' ', submittedAt: '2026-01-01', consent: 'Yes' },
    ]);
    expect([...consent]).toEqual([['C-0001', false], ['C-0002', true], ['M-0001', null], ['M-0002', null]]);
    expect(consent.get('C-0009')).toBeUndefined();
  });
});
