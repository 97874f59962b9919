// POL-CAD-9 (沪民救发〔2023〕3号): exit follow-up "until the person has been out for more than one year
// and has a stable income"; the exit is the end of the last category (held-categories.ts: `until`
// is the first day no longer held) or an ASSISTANCE_TERMINATED date (POL-CIR-5).
import { exitDate, followUpMayEnd } from '../../../policy/exit';
import { stableIncome } from '../../../policy/stable-income';

const db = (since: string, until: string | null) => ({ category: 'DB', since, until });
const stable = { stable: true, ratio: 1.2, missingFacts: [] };

describe('exitDate', () => {
  it.each([
    ['still holding a category with no end', [db('2023-07-01', null)], [], null],
    ['never held one and never terminated', [], [], null],
    ['the last category ended: the end date itself', [db('2023-07-01', '2026-03-01')], [], '2026-03-01'],
    ['a later termination wins', [db('2023-07-01', '2026-03-01')], ['2026-04-10'], '2026-04-10'],
    ['a termination with no category rows', [], ['2026-02-01'], '2026-02-01'],
    ['an end recorded ahead is the exit already', [db('2023-07-01', '2027-01-01')], [], '2027-01-01'],
    [
      'a category still held (BY) keeps the household in',
      [db('2020-01-01', '2025-01-01'), { category: 'BY', since: '2025-01-01', until: null }],
      ['2025-01-01'],
      null,
    ],
  ])('%s', (_what, holdings, terminations, expected) => {
    expect(exitDate(holdings, terminations, '2026-06-15')).toBe(expected);
  });
});

describe('followUpMayEnd (POL-CAD-9)', () => {
  it('needs an exit', () => {
    expect(followUpMayEnd(null, '2027-01-01', stable)).toMatchObject({ ends: false, reason: 'NOT_IN_FOLLOW_UP' });
  });
  it.each([
    // out "more than one year": from the day after the anniversary
    ['2025-03-01', '2026-03-01', false],
    ['2025-03-01', '2026-03-02', true],
    // a 29 February exit: the anniversary is 28 February (no 29th), so out over a year from 1 March
    ['2028-02-29', '2029-02-28', false],
    ['2028-02-29', '2029-03-01', true],
  ])('exit %s, record on %s: more than a year out = %s', (exit, on, over) => {
    const verdict = followUpMayEnd(exit, on, stable);
    expect(verdict.ends).toBe(over);
    if (!over) expect(verdict).toMatchObject({ reason: 'OUT_LESS_THAN_A_YEAR' });
  });
  it('over a year out is not enough: the recorded facts must show a stable income', () => {
    // The household: no wages, registered unemployed, no pension.
    const none = stableIncome({ wages: 0, pensions: 0, employment: ['UNEMPLOYED_REGISTERED'], dibaoStandard: 1510 });
    expect(followUpMayEnd('2025-01-10', '2026-06-01', none)).toMatchObject({ ends: false, reason: 'NO_STABLE_INCOME' });
    const unknown = stableIncome({ wages: null, pensions: null, employment: [null], dibaoStandard: 1510 });
    expect(followUpMayEnd('2025-01-10', '2026-06-01', unknown)).toMatchObject({
      ends: false,
      reason: 'STABLE_INCOME_UNKNOWN',
      missingFacts: ['economics.incomePensions', 'economics.incomeWages', 'members[0].employmentStatus'],
    });
  });
});
