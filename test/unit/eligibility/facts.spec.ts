import { buildEligibilityFacts, standardInForce } from '../../../src/modules/eligibility';
import {
  valuesInMask,
  CATEGORY_VALUES,
  NEED_VALUES,
  CIRCLE_VALUES,
  LIFE_EVENT_VALUES,
} from '../../../src/modules/eligibility/fact-values';
import standards from '../../../seeds/data/dibao-standards.json';
import { bornAged, child, facts, household, member, NO_EXTRA, STANDARD } from './fixtures';

describe('buildEligibilityFacts', () => {
  it('computes the ratios to the 低保 standard in force', () => {
    // 2 adults + 1 child, 3,624 yuan a month → 1,208 per person = 0.8 × 1,510.
    const f = facts({
      members: [member(), member({ relation: 'SPOUSE' }), child(8)],
      incomeMonthly: { wages: 3000, pensions: 624, benefits: 0, maintenance: 0, other: 0 },
      liquidAssets: 27180,
      rigidSpending12m: { medical: 8698, education: 2000, care: 0, rehab: 0 },
      livingAreaSqm: 21,
    });
    expect(f.incomeRatio).toBeCloseTo(0.8, 10);
    expect(f.edgeIncomeRatio).toBeCloseTo(0.4, 10);
    expect(f.assetMonths).toBeCloseTo(6, 10); // 27,180 / 3 / 1,510
    expect(f.medicalSpendingShare).toBeCloseTo(8698 / (12 * 3624), 10);
    expect(f.rigidSpendingShare).toBeCloseTo(10698 / (12 * 3624), 10);
    expect(f.incomeRatioAfterRigidSpending).toBeCloseTo((3624 - 10698 / 12) / 3 / 1510, 10);
    expect(f.dibaoLineRatio).toBeCloseTo(3624 / (1510 * 2 + 1510 * 1.3), 10);
    expect(f.livingAreaPerPerson).toBe(7);
    expect(f.memberCount).toBe(3);
    expect(f.hasChildUnder18).toBe(true);
    expect(f.members.map((m) => m.age)).toEqual([40, 40, 8]);
  });

  it('keeps unknown as null, never 0', () => {
    const f = facts({
      incomeMonthly: { wages: 1000, pensions: null, benefits: 0, maintenance: 0, other: 0 },
      liquidAssets: null,
      rigidSpending12m: { medical: null, education: 0, care: 0, rehab: 0 },
      livingAreaSqm: null,
      streetCode: null,
      floor: null,
      members: [member({ birthDate: null, disabilityGrade: null, specialStatuses: null })],
    });
    expect([
      f.incomeRatio,
      f.edgeIncomeRatio,
      f.incomeRatioAfterRigidSpending,
      f.dibaoLineRatio,
      f.assetMonths,
      f.medicalSpendingShare,
      f.rigidSpendingShare,
      f.livingAreaPerPerson,
      f.streetCode,
      f.districtCode,
      f.floor,
      f.hasChildUnder18,
    ]).toEqual(Array(12).fill(null));
    expect(f.members[0]).toMatchObject({ age: null, specialStatuses: null });
  });

  it('reads a fact missing from the input object as null', () => {
    const m = member();
    delete (m as Partial<typeof m>).seriousIllness;
    expect(facts({ members: [m] }).members[0].seriousIllness).toBeNull();
  });

  it('hasChildUnder18: false only when every age is known', () => {
    expect(facts({ members: [member(), member({ birthDate: bornAged(70) })] }).hasChildUnder18).toBe(false);
    expect(facts({ members: [member(), member({ birthDate: null })] }).hasChildUnder18).toBeNull();
    expect(facts({ members: [member({ birthDate: null }), child(17)] }).hasChildUnder18).toBe(true);
  });

  it('medical share: no spending is 0 even without income; spending with no income is Infinity', () => {
    const none = { wages: 0, pensions: 0, benefits: 0, maintenance: 0, other: 0 };
    expect(
      facts({ incomeMonthly: none, rigidSpending12m: { medical: 0, education: 0, care: 0, rehab: 0 } })
        .medicalSpendingShare,
    ).toBe(0);
    expect(
      facts({ incomeMonthly: none, rigidSpending12m: { medical: 100, education: 0, care: 0, rehab: 0 } })
        .medicalSpendingShare,
    ).toBe(Infinity);
  });

  it('severelyDisabled is known-false without a disability even though the grade is null', () => {
    const sev = (o: Parameters<typeof member>[0]) => facts({ members: [member(o)] }).members[0].severelyDisabled;
    expect(sev({ disabilityGrade: 2, hasDisability: true })).toBe(true);
    expect(sev({ disabilityGrade: 3, hasDisability: true })).toBe(false);
    expect(sev({ disabilityGrade: null, hasDisability: false })).toBe(false);
    expect(sev({ disabilityGrade: null, hasDisability: true })).toBeNull();
    expect(sev({ disabilityGrade: null, hasDisability: null })).toBeNull();
  });

  it('derives district code from the street code', () => {
    expect(facts({ streetCode: '310105009' }).districtCode).toBe('310105');
  });

  it('holds categories on asOf and derives the group codes TK, ZX, LS, WT, QT, CS, ZF', () => {
    const f = facts({
      categories: [
        { category: 'TK_DISPERSED', since: '2020-01-01', until: null },
        { category: 'ZX_MEDICAL', since: null, until: '2024-06-16' },
        { category: 'DB', since: '2020-01-01', until: '2024-06-15' }, // ended on asOf: no longer held
        { category: 'BY', since: '2024-07-01', until: null }, // not yet started
      ],
      assistanceEvents: [
        { kind: 'TEMPORARY_ASSISTANCE', scheme: 'TEMPORARY', date: '2022-06-15', amount: 500 }, // boundary day counts
        { kind: 'APPLICATION_REFUSED', scheme: 'DB', date: '2022-06-14', amount: null }, // aged out
      ],
      massOrganisationBeneficiary: true,
      charityPriority: null,
      foundByVisit: true,
    });
    expect(valuesInMask(CATEGORY_VALUES, f.categories)).toEqual([
      'TK',
      'TK_DISPERSED',
      'ZX',
      'ZX_MEDICAL',
      'LS',
      'QT',
      'ZF',
    ]);
    expect(f.tempAssistanceWithin24m).toBe(true);
    expect(
      facts({ assistanceEvents: [{ kind: 'ASSISTANCE_TERMINATED', scheme: 'DB', date: '2024-01-01', amount: null }] })
        .categories,
    ).toBe(1 << CATEGORY_VALUES.indexOf('WT'));
  });

  it('takes circles, level, needs and consent from the assessment; life events within 12 months', () => {
    const f = buildEligibilityFacts(
      household({
        lifeEvents: [
          { kind: 'JOB_LOSS', date: '2023-06-15' },
          { kind: 'DIVORCE', date: '2023-06-14' },
        ],
      }),
      { circle: 2, circles: [2, 4], level: 'HIGH', needCodes: ['N28', 'N01'], charityReferralConsent: false },
      STANDARD,
    );
    expect(f.circle).toBe(2);
    expect(valuesInMask(CIRCLE_VALUES, f.circles)).toEqual([2, 4]);
    expect(valuesInMask(NEED_VALUES, f.needs)).toEqual(['N01', 'N28']);
    expect(valuesInMask(LIFE_EVENT_VALUES, f.lifeEvents12m)).toEqual(['JOB_LOSS']);
    expect(f.level).toBe('HIGH');
    expect(f.charityReferralConsent).toBe(false);
  });

  it('rejects bad input loudly', () => {
    const h = household();
    expect(() => buildEligibilityFacts(h, { ...NO_EXTRA, needCodes: ['N29'] }, STANDARD)).toThrow(
      'unknown need code: N29',
    );
    expect(() => buildEligibilityFacts(h, { ...NO_EXTRA, level: 'SEVERE' }, STANDARD)).toThrow('unknown level');
    expect(() => buildEligibilityFacts(h, { ...NO_EXTRA, circle: 5 }, STANDARD)).toThrow('unknown circle');
    expect(() => buildEligibilityFacts(h, NO_EXTRA, { ...STANDARD, dibaoStandard: 0 })).toThrow(RangeError);
    expect(() => buildEligibilityFacts({ ...h, asOf: '2024-13-01' }, NO_EXTRA, STANDARD)).toThrow('not an ISO date');
  });
});

describe('standardInForce', () => {
  it('picks the latest row on or before the date', () => {
    expect(standardInForce(standards, '2021-06-30')?.dibaoStandard).toBe(1240);
    expect(standardInForce(standards, '2021-07-01')?.dibaoStandard).toBe(1330);
    expect(standardInForce(standards, '2024-06-15')).toMatchObject({ dibaoStandard: 1510, verified: false });
    expect(standardInForce(standards, '2000-01-01')).toBeNull();
  });
});
