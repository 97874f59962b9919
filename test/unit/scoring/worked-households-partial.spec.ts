// Worked households for issue 12, derived by hand from the documents: INDICATOR-MODEL.md §3 (d =
// (0.6·max + 0.4·mean)/4, S = 100·Σ w·d with the §5.2 weights), §4 anchors, §6 levels, §7 red flags;
// NEEDS.md triggers and NEED-1/NEED-4; POLICY.md §3.2 (children in plight), POL-CAD-9 and POL-MON-3.
// Each household starts from the fixtures' "nothing wrong, everything known" (one 40-year-old in
// formal work, wages 9,000, 低保 standard 1,510) and states only what makes its case.
import { SH_2024_1, scoreHousehold, type HardshipProfile, type HouseholdFacts } from '../../../scoring';
import { followUpMayEnd } from '../../../policy/exit';
import { reviewMonths, shorterReviewApplies } from '../../../policy/reassessment';
import { stableIncome } from '../../../policy/stable-income';
import { buildEligibilityFacts, compileRule, type Rule } from '../../../src/modules/eligibility';
import catalogue from '../../../seeds/data/catalogue.json';
import { child, household, indicatorOf, member } from './fixtures';

const W = { ECO: 0.29748561886301383, HLT: 0.19169435856251404, SOC: 0.06013520101930515 }; // §5.2
const score = (facts: HouseholdFacts) => scoreHousehold(facts, SH_2024_1);
const codes = (needs: ReadonlyArray<{ code: string }>) => needs.map((n) => n.code);
const possible = (p: HardshipProfile, code: string) => p.possibleNeeds.find((n) => n.code === code);
const eligibility = (code: string, facts: HouseholdFacts) =>
  compileRule(catalogue.resources.find((r) => r.code === code)!.eligibility as Rule).evaluate(
    buildEligibilityFacts(
      facts,
      { circle: null, circles: [], level: null, needCodes: [], charityReferralConsent: null },
      { dibaoStandard: 1510, edgeMultiplier: 2, minorMultiplier: 1.3 },
    ),
  );

describe('worked households: unknown member facts (issue 12)', () => {
  it('1. a grade-2 head, the spouse’s disability unrecorded: H2 is at least 3, and N11 and N24 are raised', () => {
    // H2 anchors: grade 1–2 (重残) = 3, two severely disabled members = 4: the head decides ≥ 3.
    // NEEDS.md N11: H2 ≥ 2; N24: U4 ≥ 2 and H2 ≥ 2; U4 = 2 for a disabled member's unadapted home, no fall.
    const p = score(
      household({
        members: [
          member({ isMainEarner: true, disabilityGrade: 2, hasDisability: true }),
          member({ relation: 'SPOUSE', hasDisability: null }),
        ],
        homeAdapted: false,
      }),
    );
    expect(indicatorOf(p, 'H2')).toMatchObject({
      score: null,
      missing: true,
      scoreMin: 3,
      scoreMax: 4,
      factsToAsk: ['members[1].disabilityGrade', 'members[1].hasDisability'],
    });
    expect(indicatorOf(p, 'U4')).toMatchObject({ score: 2 });
    expect(codes(p.needs)).toEqual(expect.arrayContaining(['N11', 'N24']));
  });

  it('2. a cancer patient, the main earner’s illness unrecorded: N02 is raised and S counts what is known', () => {
    // H1 anchors: one member seriously ill = 2; the main earner or two members = 3; both, one the
    // earner = 4. The spouse decides H1 ≥ 2; the unrecorded earner could make it 4. NEEDS.md N02: H1 ≥ 2.
    const p = score(
      household({
        members: [
          member({ isMainEarner: true, seriousIllness: null }),
          member({ relation: 'SPOUSE', seriousIllness: true }),
        ],
      }),
    );
    expect(indicatorOf(p, 'H1')).toMatchObject({ scoreMin: 2, scoreMax: 4, factsToAsk: ['members[0].seriousIllness'] });
    expect(p.needs.find((n) => n.code === 'N02')).toMatchObject({ indicators: ['H1'], urgency: 'ORDINARY' });
    // HLT: max 2, mean (2+0+0+0+0)/5 = 0.4 → d = (1.2 + 0.16)/4 = 0.34; every other dimension 0 (the
    // undecided C1, C3, P4, J1 at their lowest, 0): S = 100 · 0.19169… · 0.34 = 6.5, not 0.
    expect(p.composite).toBe(Math.round(1000 * W.HLT * 0.34) / 10);
    expect(p.composite).toBe(6.5);
    expect(p.level).toBe('WATCH'); // §6: S < 12, in no circle
    // C1 (dependants ÷ able adults) could reach "no able carer" = 4, a red flag (§7): HIGH is not ruled out.
    expect(p.range).toMatchObject({ levelMax: 'HIGH', levelDecided: false });
    expect(possible(p, 'N09')).toMatchObject({ indicators: expect.arrayContaining(['C3']) }); // H1 ≥ 2 with C3 ≥ 3
  });

  it('3. wages alone already reach 2 × the standard: E1 is 0 though the pension is unrecorded', () => {
    // E1 anchors: r ≥ 2.0 = 0. r ≥ 9,000 ÷ 1 ÷ 1,510 = 5.96 whatever the pension: decided.
    const p = score(
      household({ incomeMonthly: { wages: 9000, pensions: null, benefits: 0, maintenance: 0, other: 0 } }),
    );
    expect(indicatorOf(p, 'E1')).toMatchObject({ score: 0, missing: false, value: null, scoreMin: 0, scoreMax: 0 });
    expect(codes(p.possibleNeeds)).not.toEqual(expect.arrayContaining(['N01']));
    expect(p.completeness.missingIndicators).toEqual([]);
  });

  it('4. wages 400 and the other sources unrecorded: basic living (N01) and emergency cash (N05) are possible', () => {
    // r ≥ 400 ÷ 1,510 = 0.26 only: E1 anywhere from 0 to 4. N01: E1 ≥ 3 and not on 低保 (NEED-2);
    // the red flag "r < 0.5 and not covered" (§7) would raise N05 as EMERGENCY (NEED-4).
    const p = score(
      household({ incomeMonthly: { wages: 400, pensions: null, benefits: null, maintenance: 0, other: 0 } }),
    );
    expect(indicatorOf(p, 'E1')).toMatchObject({ score: null, scoreMin: 0, scoreMax: 4 });
    expect(possible(p, 'N01')).toMatchObject({
      indicators: ['E1'],
      factsToAsk: expect.arrayContaining(['incomeMonthly.pensions', 'incomeMonthly.benefits']),
    });
    expect(possible(p, 'N05')).toMatchObject({ urgency: 'EMERGENCY' });
    expect(p.range.levelMax).toBe('HIGH');
  });

  it('5. a whole dimension unknown is reported and counted at its lowest, never re-weighted away', () => {
    // SOC all unrecorded (two members, so R1 is not "living alone"). §3 with missing dimensions
    // re-weighted away would compute S over seven dimensions; here SOC counts at its lowest (d = 0):
    // S = 0. At its highest (R1 3, R2 3, R3 2, R4 2, R5 2, R6 2: max 3, mean 14/6) d = (1.8 + 0.9333)/4
    // = 0.6833, so S ≤ 100 · 0.06013… · 0.6833 = 4.1 and k ≤ 1: WATCH either way.
    const p = score(
      household({
        members: [
          member({ isMainEarner: true, hukou: null, specialStatuses: null }),
          member({ relation: 'SPOUSE', hukou: null, specialStatuses: null }),
        ],
        registeredElsewhere: null,
        familyStructure: null,
        kinSupport: null,
        communityContact: null,
        digitalCapacity: null,
      }),
    );
    expect(p.completeness).toMatchObject({ missingDimensions: ['SOC'], weightsRenormalised: false });
    expect(p.dimensions.find((d) => d.code === 'SOC')).toMatchObject({ score: null, scoreMin: 0 });
    expect(p.composite).toBe(0);
    expect(p.range).toEqual({
      compositeMax: Math.round(1000 * W.SOC * ((1.8 + (0.4 * 14) / 6) / 4)) / 10,
      deprivedDimensionCountMax: 1,
      levelMax: 'WATCH',
      levelDecided: true,
    });
    expect(p.range.compositeMax).toBe(4.1);
  });
});

describe('worked households: children in plight (POLICY.md §3.2) before the category is recorded', () => {
  const mother = member({ isMainEarner: true });
  it('6. father imprisoned: C4 = 3, and N17, N16, N26 are raised; R06 and R27 are eligible without KJ', () => {
    // C4 anchors: "a parent serving a sentence" = 3. N17: U5 ≥ 3 (an unsafe room = 4) and child in
    // plight; N16: C4 ≥ 2; N26: C4 ≥ 3. r = 9,000 ÷ 2 ÷ 1,510 = 2.98: not low income.
    const facts = household({
      members: [mother, child(10, { fatherSituation: 'IMPRISONED', motherSituation: 'CARING' })],
      studySpace: 'UNSAFE',
    });
    const p = score(facts);
    expect(indicatorOf(p, 'C4')).toMatchObject({ value: 2, score: 3 });
    expect(indicatorOf(p, 'U5')).toMatchObject({ score: 4 });
    expect(codes(p.needs)).toEqual(expect.arrayContaining(['N16', 'N17', 'N26']));
    expect(p.needs.find((n) => n.code === 'N17')).toMatchObject({ conditions: ['childInPlightOrLowIncome'] });
    expect(eligibility('R06', facts)).toBe('ELIGIBLE');
    expect(eligibility('R27', facts)).toBe('ELIGIBLE');
  });

  it('7. the child’s parents unrecorded: N17 is possible, with the facts to ask', () => {
    const facts = household({ members: [mother, child(10)], studySpace: 'UNSAFE' });
    const p = score(facts);
    expect(indicatorOf(p, 'C4')).toMatchObject({ score: null, scoreMin: 0, scoreMax: 4 });
    expect(possible(p, 'N17')).toMatchObject({
      conditions: ['childInPlightOrLowIncome'],
      factsToAsk: expect.arrayContaining(['members[1].fatherSituation', 'members[1].motherSituation']),
    });
    // C4 = 4 ("no actual carer") would be a red flag raising N13 as EMERGENCY (§7, NEED-4).
    expect(possible(p, 'N13')).toMatchObject({ urgency: 'EMERGENCY' });
    expect(eligibility('R27', facts)).toBe('UNKNOWN');
  });

  it('8. father dead, mother imprisoned (事实无人抚养): a red flag — HIGH, N13 emergency, N25 and N28', () => {
    // C4 anchor 4: de facto no carer; §7 red flag → 高度; NEED-1: N25, N28 for every HIGH household.
    const grandmother = member({
      isMainEarner: true,
      birthDate: '1959-01-01',
      employmentStatus: 'RETIRED',
      relation: 'HEAD',
    });
    const p = score(
      household({
        members: [
          grandmother,
          child(8, { relation: 'GRANDCHILD', fatherSituation: 'DECEASED', motherSituation: 'IMPRISONED' }),
        ],
        incomeMonthly: { wages: 0, pensions: 5000, benefits: 0, maintenance: 0, other: 0 },
        studySpace: 'OWN_DESK',
      }),
    );
    expect(indicatorOf(p, 'C4')).toMatchObject({ value: 3, score: 4 });
    expect(p.level).toBe('HIGH');
    expect(p.levelRule.id).toBe('HIGH_RED_FLAG');
    expect(p.redFlags.map((f) => f.code)).toEqual(['CHILD_NO_CARER']);
    expect(p.needs.find((n) => n.code === 'N13')).toMatchObject({ urgency: 'EMERGENCY' });
    expect(codes(p.needs)).toEqual(expect.arrayContaining(['N25', 'N28']));
  });
});

describe('worked households: 人户分离 and exit follow-up', () => {
  it('9. registered elsewhere (人户分离): R4 = 2, N25 raised, reviewed at half the interval (POL-MON-3)', () => {
    // R4 anchor: 人户分离 or non-local members = 2; N25: R4 = 2. SOC: max 2, mean 2/6 → d = (1.2 +
    // 0.1333)/4 = 0.3333; S = 100 · 0.06013… · 0.3333 = 2.0; WATCH (no circle), reassessed yearly
    // (§6), so POL-MON-3's shorter review is every 6 months.
    const facts = household({ registeredElsewhere: true });
    const p = score(facts);
    expect(indicatorOf(p, 'R4')).toMatchObject({ score: 2 });
    expect(codes(p.needs)).toContain('N25');
    expect(p.composite).toBe(Math.round(1000 * W.SOC * ((1.2 + (0.4 * 2) / 6) / 4)) / 10);
    expect(p.composite).toBe(2.0);
    expect(p.level).toBe('WATCH');
    expect(p.cadence.reassessMonths).toBe(12);
    const shorter = shorterReviewApplies(
      facts.registeredElsewhere,
      facts.members.map((m) => m.hukou),
    );
    expect(reviewMonths(p.cadence.reassessMonths, shorter)).toBe(6);
  });

  it('10. exit on 1 March 2025: follow-up ends 2 March 2026 with a pension of 1,600 for one, not no income', () => {
    // POL-CAD-9: out more than one year (from the day after the anniversary) AND a stable income
    // (pensions + formal wages ≥ the 低保 standard 1,510 per person, policy/stable-income.ts).
    const pension = stableIncome({ wages: 0, pensions: 1600, employment: ['RETIRED'], dibaoStandard: 1510 });
    const nothing = stableIncome({ wages: 0, pensions: 0, employment: ['UNEMPLOYED_REGISTERED'], dibaoStandard: 1510 });
    expect(followUpMayEnd('2025-03-01', '2026-03-01', pension)).toMatchObject({ reason: 'OUT_LESS_THAN_A_YEAR' });
    expect(followUpMayEnd('2025-03-01', '2026-03-02', pension)).toEqual({ ends: true });
    expect(followUpMayEnd('2025-03-01', '2026-03-02', nothing)).toMatchObject({ reason: 'NO_STABLE_INCOME' });
  });
});
