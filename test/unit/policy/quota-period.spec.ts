// Quota periods (policy/quota-period.ts): calendar year, quarter, month; TERM as the school terms
// (autumn 1 Sep – 31 Jan, spring 1 Feb – 31 Aug) [P]; no period = ALL, never reopened.
import { quotaPeriodOf } from '../../../policy/quota-period';

describe('quotaPeriodOf', () => {
  it.each([
    ['YEAR', '2026-12-31', { key: '2026', startsOn: '2026-01-01', endsOn: '2026-12-31' }],
    ['YEAR', '2027-01-01', { key: '2027', startsOn: '2027-01-01', endsOn: '2027-12-31' }],
    ['QUARTER', '2026-11-20', { key: '2026-Q4', startsOn: '2026-10-01', endsOn: '2026-12-31' }],
    ['QUARTER', '2026-03-31', { key: '2026-Q1', startsOn: '2026-01-01', endsOn: '2026-03-31' }],
    ['MONTH', '2028-02-10', { key: '2028-02', startsOn: '2028-02-01', endsOn: '2028-02-29' }],
    ['TERM', '2026-09-01', { key: '2026-AUTUMN', startsOn: '2026-09-01', endsOn: '2027-01-31' }],
    ['TERM', '2027-01-31', { key: '2026-AUTUMN', startsOn: '2026-09-01', endsOn: '2027-01-31' }],
    ['TERM', '2027-02-01', { key: '2027-SPRING', startsOn: '2027-02-01', endsOn: '2027-08-31' }],
    [null, '2026-05-05', { key: 'ALL', startsOn: null, endsOn: null }],
  ])('%s on %s', (kind, date, expected) => {
    expect(quotaPeriodOf(kind, date)).toEqual(expected);
  });
});
