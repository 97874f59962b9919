// Stable income for POL-CAD-9 [P, policy/stable-income.ts]: pensions, and wages while a member is
// in formal employment, reach the 低保 standard per person (here 1,510 yuan, POLICY.md §3.3 2023-07).
import { stableIncome } from '../../../policy/stable-income';

const STD = 1510;
describe('stableIncome', () => {
  it.each([
    ['a formal job paying two people 3,100 a month: 1,550 each ≥ 1,510', 3100, 0, ['EMPLOYED_FORMAL', 'RETIRED'], true],
    ['a formal job paying 3,000 for two: 1,500 each < 1,510', 3000, 0, ['EMPLOYED_FORMAL', 'RETIRED'], false],
    ['a pension of 1,600 for one', 0, 1600, ['RETIRED'], true],
    ['informal work does not count, whatever it pays', 9000, 0, ['EMPLOYED_INFORMAL'], false],
    ['part-time work does not count either', 9000, 0, ['EMPLOYED_PART_TIME'], false],
    ['registered unemployed, no wages, no pension', 0, 0, ['UNEMPLOYED_REGISTERED'], false],
  ])('%s', (_what, wages, pensions, employment, expected) => {
    expect(stableIncome({ wages, pensions, employment, dibaoStandard: STD }).stable).toBe(expected);
  });
  it('known facts decide when they can: a pension alone above the line needs no wages figure', () => {
    expect(stableIncome({ wages: null, pensions: 2000, employment: [null], dibaoStandard: STD }).stable).toBe(true);
  });
  it('otherwise it stays unknown and names the facts to record', () => {
    expect(stableIncome({ wages: null, pensions: 500, employment: ['EMPLOYED_FORMAL'], dibaoStandard: STD })).toEqual({
      stable: null,
      ratio: null,
      missingFacts: ['economics.incomeWages'],
    });
  });
});
