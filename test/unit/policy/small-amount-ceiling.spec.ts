import { judgeSmallAmount, smallAmountCeiling } from '../../../policy/small-amount-ceiling';

describe('the small-amount ceiling (小金额救助, POL-EMG-2)', () => {
  it('is 500 yuan per household member', () => {
    // POL-EMG-2: "no more than 500 yuan per person"
    expect(smallAmountCeiling(1)).toBe(500);
    expect(smallAmountCeiling(3)).toBe(1500);
    expect(smallAmountCeiling(0)).toBe(0);
  });

  it('allows up to the ceiling of one emergency, counting what it already received', () => {
    // POL-EMG-2: a household of 2 → 1000 yuan for the emergency
    expect(judgeSmallAmount(2, 0, 1000)).toEqual({ allowed: true, ceiling: 1000, remaining: 1000 });
    expect(judgeSmallAmount(2, 0, 1000.01)).toEqual({ allowed: false, ceiling: 1000, remaining: 1000 });
    // 600 already paid → 400 remain: 400 passes, 400.01 does not
    expect(judgeSmallAmount(2, 600, 400)).toMatchObject({ allowed: true, remaining: 400 });
    expect(judgeSmallAmount(2, 600, 400.01)).toMatchObject({ allowed: false, remaining: 400 });
  });

  it('compares in fen, so decimal sums decide nothing', () => {
    // POL-EMG-2, 1 member: 499.7 + 0.3 = 500 exactly, allowed; floats would make it 500.00000000000006
    expect(judgeSmallAmount(1, 499.7, 0.3).allowed).toBe(true);
    expect(judgeSmallAmount(1, 499.71, 0.3).allowed).toBe(false);
  });

  it('gives nothing to a household with no recorded member, and never a negative remainder', () => {
    expect(judgeSmallAmount(0, 0, 1)).toEqual({ allowed: false, ceiling: 0, remaining: 0 });
    expect(judgeSmallAmount(1, 800, 1)).toEqual({ allowed: false, ceiling: 500, remaining: 0 });
  });
});
