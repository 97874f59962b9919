import { elderLivingAlone } from '../../seeds/sample-households';
// Test data that no other test reads: every call makes new, valid ID numbers.
import { makeIdNumber } from '../../src/common/id-number';

let next = 0;
/** A valid ID number no other call in this file has returned; born on birthDate when given. */
export function freshIdNumber(birthDate?: string, region = '310105'): string {
  next += 1;
  const date = birthDate ?? new Date(Date.UTC(1950, 0, 1) + next * 86_400_000).toISOString().slice(0, 10);
  return makeIdNumber(region, date, next % 1000);
}

export const CHANGNING = { huayang: '310105001', jiangsu: '310105002', xinjing: '310105102' } as const;
export const XUHUI_STREET = '310104003';

export function householdInput(overrides: Record<string, unknown> = {}) {
  return {
    streetCode: CHANGNING.huayang,
    address: '长宁区华阳路街道测试小区1号101室',
    housing: { floor: 5, hasElevator: false, tenure: 'PUBLIC_RENTAL' as const, livingAreaSqm: 32.5 },
    economics: { incomePensions: 2100, incomeWages: null, liquidAssets: 5000 },
    categories: [{ category: 'DB' as const, since: '2023-07-01' }],
    members: [
      { name: '测试甲', idNumber: freshIdNumber(), relation: 'HEAD' as const, hukou: 'LOCAL' as const },
      { name: '测试乙', idNumber: freshIdNumber(), relation: 'SPOUSE' as const, hukou: 'LOCAL' as const },
    ],
    ...overrides,
  };
}

// The README-like household of the plan, print and export tests (seeds/sample-households.ts).
export const elderAloneInput = (
  overrides: Record<string, unknown> = {},
  head: { name?: string; idNumber?: string } = {},
) => ({
  ...elderLivingAlone({ name: head.name ?? '方案甲', idNumber: head.idNumber ?? freshIdNumber('1940-05-05') }),
  address: '方案测试路1号',
  ...overrides,
});
