// The shared household context is refilled for every household: nothing may leak from the
// household scored before (a larger one, another asOf), and it must agree with a fresh context.
import { SH_2024_1, scoreHousehold } from '../../../scoring';
import { addMonths } from '../../../scoring/dates';
import { syntheticHouseholds } from '../../../scoring/bench/synthetic';
import { buildContext, sharedContext, type HouseholdContext } from '../../../scoring/household/context';
import { child, household, member } from './fixtures';

function plain(c: HouseholdContext) {
  const perMember = (xs: HouseholdContext['ages']) => Array.from({ length: c.size }, (_x, i) => xs[i]);
  return {
    ...c,
    ages: perMember(c.ages),
    careGrades: perMember(c.careGrades),
    ableAdult: perMember(c.ableAdult),
    asOfText: undefined,
  };
}

const big = household({
  members: [
    member({ isMainEarner: true }),
    member({ birthDate: '1930-02-02', careNeedsGrade: 5 }),
    member({ birthDate: null }),
    ...Array.from({ length: 10 }, (_x, i) => child(2 + i)),
  ],
});
const small = household({ asOf: '2025-01-31', members: [member({ birthDate: '1941-03-01', careNeedsGrade: null })] });

describe('household context', () => {
  it('a shared context equals a fresh one, whatever was filled before', () => {
    const households = [big, small, ...syntheticHouseholds(200, 5), big, small];
    for (const facts of households) expect(plain(sharedContext(facts))).toEqual(plain(buildContext(facts)));
  });

  it('a profile does not depend on the household scored before it', () => {
    const alone = JSON.stringify(scoreHousehold(small, SH_2024_1));
    const bigAlone = JSON.stringify(scoreHousehold(big, SH_2024_1));
    expect(JSON.stringify(scoreHousehold(small, SH_2024_1))).toBe(alone);
    scoreHousehold(big, SH_2024_1);
    expect(JSON.stringify(scoreHousehold(small, SH_2024_1))).toBe(alone);
    expect(JSON.stringify(scoreHousehold(big, SH_2024_1))).toBe(bigAlone);
  });

  it("the next reassessment follows each household's own asOf (the cadence memo is per asOf)", () => {
    for (const facts of [big, small, big]) {
      const { cadence } = scoreHousehold(facts, SH_2024_1);
      expect(cadence.nextReassessment).toBe(addMonths(facts.asOf, cadence.reassessMonths));
    }
  });
});
