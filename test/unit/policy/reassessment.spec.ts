// Reassessment due (INDICATOR-MODEL.md §6 intervals: HIGH 3, MODERATE 6, LOW yearly; §9 triggers:
// a change of category, warnings; POL-MON-3: 人户分离 and non-local hukou reviewed more often).
import { reassessmentDue, shorterReviewApplies } from '../../../policy/reassessment';

const base = {
  assessment: { on: '2026-03-31', reassessMonths: 3 },
  shorterReview: false,
  warningSinceAssessmentOn: null,
  holdings: [],
};

describe('reassessmentDue', () => {
  it('the level interval from the assessment date (31 March + 3 months = 30 June)', () => {
    expect(reassessmentDue(base)).toEqual({ dueOn: '2026-06-30', reason: 'INTERVAL', intervalMonths: 3 });
  });
  it('a warning after the assessment makes it due that day', () => {
    expect(reassessmentDue({ ...base, warningSinceAssessmentOn: '2026-04-02' })).toMatchObject({
      dueOn: '2026-04-02',
      reason: 'WARNING',
    });
  });
  it('a category that ended since the assessment makes it due on the end date', () => {
    const holdings = [{ category: 'DB', since: '2023-07-01', until: '2026-05-01' }];
    expect(reassessmentDue({ ...base, holdings })).toMatchObject({ dueOn: '2026-05-01', reason: 'CATEGORY_CHANGE' });
    // an end recorded for a later day is due that day, ahead of the interval (30 June)
    expect(reassessmentDue({ ...base, holdings: [{ ...holdings[0], until: '2026-06-01' }] })).toMatchObject({
      dueOn: '2026-06-01',
      reason: 'CATEGORY_CHANGE',
    });
    expect(reassessmentDue({ ...base, holdings: [{ ...holdings[0], until: '2026-07-15' }] })).toMatchObject({
      reason: 'INTERVAL',
    });
  });
  it('never assessed: nothing to reassess', () => {
    expect(reassessmentDue({ ...base, assessment: null })).toBeNull();
  });
});

describe('shorterReviewApplies (POL-MON-3)', () => {
  it.each([
    [true, ['LOCAL'], true],
    [false, ['LOCAL', 'RESIDENCE_PERMIT'], true],
    [false, ['OTHER'], true],
    [false, ['LOCAL', 'LOCAL'], false],
    // unknown facts are not a reason
    [null, ['LOCAL', null], false],
  ] as const)('registered elsewhere %s, hukou %j → %s', (elsewhere, hukous, expected) => {
    expect(shorterReviewApplies(elsewhere, hukous)).toBe(expected);
  });
});
