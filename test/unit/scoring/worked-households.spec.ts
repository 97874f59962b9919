// INDICATOR-MODEL.md §8: the six illustrative households, built as facts (worked-households.ts),
// each at its stated level. The doc's S came from an earlier weight draft and its indicator scores
// are not recorded, so S is pinned to what this engine computes (regression) and k to the doc.
import { SH_2024_1, scoreHousehold, type HardshipLevel, type HouseholdFacts } from '../../../scoring';
import * as worked from './worked-households';

const cases: Array<
  [string, HouseholdFacts, { level: HardshipLevel; k: number; docS: number; engineS: number; rule: string }]
> = [
  [
    // She has no carer, so C3 (main carer) and P4 (carer strain) are unrecorded: they count at their
    // lowest allowed score, not excluded from the mean (issue 12): S is at least 54.0 (was 54.5 with
    // them excluded) and at most 57.0; HIGH either way (a red flag).
    '低保 elder living alone, loss of function, 5th floor (doc S 54.4, engine S 54.0)',
    worked.dibaoElderAlone,
    { level: 'HIGH', k: 5, docS: 54.4, engineS: 54.0, rule: 'HIGH_RED_FLAG' },
  ],
  [
    '低保-edge single mother (doc S 45.9, engine S 46.3)',
    worked.edgeSingleMother,
    { level: 'HIGH', k: 5, docS: 45.9, engineS: 46.3, rule: 'HIGH_COMPOSITE' },
  ],
  [
    'rigid-expenditure cancer family (doc S 42.8, engine S 42.5)',
    worked.rigidExpenditureCancer,
    { level: 'MODERATE', k: 2, docS: 42.8, engineS: 42.5, rule: 'MODERATE_COMPOSITE' },
  ],
  [
    '低保 single man unemployed > 12 months (doc S 29.0, engine S 28.8)',
    worked.dibaoUnemployedMan,
    { level: 'MODERATE', k: 3, docS: 29.0, engineS: 28.8, rule: 'MODERATE_COMPOSITE' },
  ],
  [
    'not-covered elderly couple, 4th floor (doc S 30.2, engine S 30.8)',
    worked.uncoveredElderlyCouple,
    { level: 'MODERATE', k: 3, docS: 30.2, engineS: 30.8, rule: 'MODERATE_COMPOSITE' },
  ],
  [
    'mild income shortfall only (doc S 12.9, engine S 13.8)',
    worked.mildIncomeShortfall,
    { level: 'LOW', k: 0, docS: 12.9, engineS: 13.8, rule: 'LOW_COMPOSITE' },
  ],
];

describe('worked households (INDICATOR-MODEL.md §8)', () => {
  it.each(cases)('%s', (_name, facts, expected) => {
    const profile = scoreHousehold(facts, SH_2024_1);
    expect(profile.level).toBe(expected.level);
    expect(profile.deprivedDimensionCount).toBe(expected.k);
    expect(profile.composite).toBe(expected.engineS);
    expect(Math.abs(profile.composite - expected.docS)).toBeLessThanOrEqual(1);
    expect(profile.levelRule.id).toBe(expected.rule);
  });

  it('the cancer family becomes HIGH when a crisis event is flagged (engine S 43.5, k 3)', () => {
    const calm = scoreHousehold(worked.rigidExpenditureCancer, SH_2024_1);
    const crisis = scoreHousehold(worked.rigidExpenditureCancerCrisis, SH_2024_1);
    expect(calm.redFlags).toEqual([]);
    expect(crisis.level).toBe('HIGH');
    expect(crisis.levelRule.id).toBe('HIGH_RED_FLAG');
    expect(crisis.redFlags.map((f) => f.code)).toEqual(['CRISIS_EVENT']);
    expect(crisis.composite).toBe(43.5);
  });

  it('the elder living alone is HIGH through the red flag for loss of function alone (C2 = 4)', () => {
    const profile = scoreHousehold(worked.dibaoElderAlone, SH_2024_1);
    expect(profile.redFlags).toEqual([expect.objectContaining({ code: 'DEPENDANT_ALONE', indicators: ['C2'] })]);
    expect(profile.composite).toBeGreaterThanOrEqual(45); // also HIGH by S
  });
});
