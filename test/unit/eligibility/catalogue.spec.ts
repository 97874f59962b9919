// The seed data as a contract: every resource's rule is valid in the rule language, every code it
// points at exists, and a few worked households get the verdicts CATALOGUE.md implies.
import catalogue from '../../../seeds/data/catalogue.json';
import standards from '../../../seeds/data/dibao-standards.json';
import needCodes from '../../../seeds/data/need-codes.json';
import {
  ageBounds,
  compileRule,
  describeRule,
  validateRule,
  type EligibilityFacts,
  type Rule,
} from '../../../src/modules/eligibility';
import { NEED_VALUES } from '../../../src/modules/eligibility/fact-values';
import { child, facts, member } from './fixtures';

const resources = catalogue.resources;
const byCode = new Map(resources.map((r) => [r.code, r]));
const verdict = (code: string, f: EligibilityFacts) => compileRule(byCode.get(code)!.eligibility as Rule).evaluate(f);

describe('need-codes.json', () => {
  it('has the 28 codes of NEEDS.md §2, the same as the rule language vocabulary', () => {
    expect(needCodes.map((n) => n.code)).toEqual(NEED_VALUES);
    for (const n of needCodes) {
      expect(['L', 'T', 'F', 'Z', 'J']).toContain(n.category);
      expect(['MATERIAL', 'SERVICE', 'MIXED']).toContain(n.form);
      expect(n.key).toMatch(/^[A-Z_]+$/);
    }
  });
});

describe('dibao-standards.json', () => {
  it('is a dated table, ascending, with 2022-07 and 2023-07 unverified', () => {
    const dates = standards.map((s) => s.effectiveFrom);
    expect(dates).toEqual([...dates].sort());
    expect(standards.find((s) => s.effectiveFrom === '2021-07-01')).toMatchObject({
      dibaoStandard: 1330,
      minorMultiplier: 1.3,
      edgeMultiplier: 2,
      verified: true,
    });
    expect(standards.filter((s) => !s.verified).map((s) => [s.effectiveFrom, s.dibaoStandard])).toEqual([
      ['2022-07-01', 1420],
      ['2023-07-01', 1510],
    ]);
  });
});

describe('catalogue.json', () => {
  const providerCodes = new Set(catalogue.providers.map((p) => p.code));

  it('has the 40 resources R01–R40 with unique codes, and unique providers', () => {
    expect(resources.map((r) => r.code)).toEqual(
      Array.from({ length: 40 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`),
    );
    expect(providerCodes.size).toBe(catalogue.providers.length);
  });

  it.each(resources.map((r) => [r.code, r] as const))(
    '%s: valid rule, known provider and need codes, well-formed fields',
    (_code, r) => {
      const checked = validateRule(r.eligibility);
      expect(checked.ok ? [] : checked.problems).toEqual([]);
      expect(providerCodes.has(r.providerCode)).toBe(true);
      expect(r.needCodes.length).toBeGreaterThan(0);
      for (const n of r.needCodes) expect(NEED_VALUES).toContain(n);
      expect(['CASH', 'IN_KIND', 'SERVICE', 'MIXED']).toContain(r.form);
      expect([null, 'STATUTORY', 'SPECIAL', 'MASS_ORGANISATION', 'CHARITY_COMMUNITY']).toContain(r.tier);
      expect(['ENTITLEMENT', 'QUOTA']).toContain(r.capacity.kind);
      if (r.capacity.kind === 'ENTITLEMENT') expect(r.capacity.quota).toBeNull();
      // CITY lists no codes
      expect(r.geoScope.level === 'CITY' ? r.geoScope.codes.length === 0 : r.geoScope.codes.length > 0).toBe(true);
      expect(r.descriptionZh.length * r.descriptionEn.length).toBeGreaterThan(0);
      expect(describeRule(r.eligibility as Rule).zh.length).toBeGreaterThan(0);
    },
  );

  it('providers have no invented phone numbers and a service area', () => {
    for (const p of catalogue.providers) {
      expect(p.contact.phone).toBeNull();
      expect([
        'GOVERNMENT_STATUTORY',
        'GOVERNMENT_SPECIAL',
        'MASS_ORGANISATION',
        'CHARITY',
        'COMMUNITY_FUND',
        'SOCIAL_ORGANISATION',
        'ENTERPRISE',
      ]).toContain(p.type);
      expect(p.serviceArea.level === 'CITY' ? p.serviceArea.codes.length === 0 : p.serviceArea.codes.length > 0).toBe(
        true,
      );
    }
  });

  it('flags unverified figures and marks the stacking rules', () => {
    expect(byCode.get('R03')).toMatchObject({
      figuresVerified: true,
      benefit: { amount: 410, unit: 'PER_PERSON_MONTH' },
    });
    expect(byCode.get('R21')).toMatchObject({ figuresVerified: false, benefit: { cap: 15000 } });
    expect(['R01', 'R02'].map((c) => byCode.get(c)!.stacking.exclusiveGroup)).toEqual(['BASIC_LIVING', 'BASIC_LIVING']);
    expect(['R15', 'R22'].map((c) => byCode.get(c)!.stacking.exclusiveGroup)).toEqual([
      'HOME_RENOVATION',
      'HOME_RENOVATION',
    ]);
    expect(byCode.get('R16')!.stacking.exclusiveGroup).toBeNull();
    expect(['R33', 'R37'].every((c) => byCode.get(c)!.stacking.statutoryFirst)).toBe(true);
    expect(resources.filter((r) => r.code <= 'R14').some((r) => r.stacking.statutoryFirst)).toBe(false);
  });

  it('never compares money in yuan: income and asset rules are ratios', () => {
    const facts = JSON.stringify(resources.map((r) => r.eligibility)).match(/"fact":"[^"]+"/g) ?? [];
    expect(
      facts.filter(
        (f) =>
          /income|asset/i.test(f) &&
          !/Ratio|assetMonths|lowIncome|assetsWithinDibaoLimit/.test(f) /* verdicts on ratios (policy/) */,
      ),
    ).toEqual([]);
  });

  it('derives HSDS ages for the age-bounded resources', () => {
    expect(ageBounds(byCode.get('R18')!.eligibility as Rule)).toEqual({ minimumAge: 3, maximumAge: 12 });
    expect(ageBounds(byCode.get('R14')!.eligibility as Rule)).toEqual({ minimumAge: 60, maximumAge: null });
    expect(ageBounds(byCode.get('R01')!.eligibility as Rule)).toEqual({ minimumAge: null, maximumAge: null });
  });
});

describe('worked households against the catalogue rules', () => {
  const db = [{ category: 'DB' as const, since: '2023-01-01', until: null }];

  it('R01 低保: local hukou and r < 1; unknown income is UNKNOWN', () => {
    expect(verdict('R01', facts({}, {}, 0.6))).toBe('ELIGIBLE');
    expect(verdict('R01', facts({}, {}, 1.2))).toBe('INELIGIBLE');
    expect(verdict('R01', facts({ members: [member({ hukou: 'RESIDENCE_PERMIT' })] }, {}, 0.6))).toBe('INELIGIBLE');
    expect(
      verdict('R01', facts({ incomeMonthly: { wages: null, pensions: 0, benefits: 0, maintenance: 0, other: 0 } })),
    ).toBe('UNKNOWN');
  });

  it('R04 低保边缘: under the edge line and not DB', () => {
    expect(verdict('R04', facts({}, {}, 1.5))).toBe('ELIGIBLE');
    expect(verdict('R04', facts({ categories: db }, {}, 1.5))).toBe('INELIGIBLE');
    expect(verdict('R04', facts({}, {}, 2.1))).toBe('INELIGIBLE');
  });

  it('R08 小金额救助 follows the open N05 need', () => {
    expect(verdict('R08', facts({}, { needCodes: ['N05'] }))).toBe('ELIGIBLE');
    expect(verdict('R08', facts())).toBe('INELIGIBLE');
  });

  it('R18 艺术护照: Changning, a child of 3–12, low-income category or circle 1–2', () => {
    const kid = [member(), child(8)];
    expect(verdict('R18', facts({ members: kid, categories: db }))).toBe('ELIGIBLE');
    expect(verdict('R18', facts({ members: kid }, { circles: [2], circle: 2 }))).toBe('ELIGIBLE');
    expect(verdict('R18', facts({ members: kid }))).toBe('INELIGIBLE');
    expect(verdict('R18', facts({ members: kid, categories: db, streetCode: '310104003' }))).toBe('INELIGIBLE');
    expect(verdict('R18', facts({ members: [member(), child(14)], categories: db }))).toBe('INELIGIBLE');
    expect(verdict('R18', facts({ members: kid, categories: db, streetCode: null }))).toBe('UNKNOWN');
  });

  it('R21 温暖加梯 needs the building project and a poor or frail household; R16 only the building', () => {
    const elder = [member({ birthDate: '1940-01-01', careNeedsGrade: 4 })];
    expect(verdict('R21', facts({ buildingElevatorProject: true, members: elder }))).toBe('ELIGIBLE');
    expect(verdict('R21', facts({ buildingElevatorProject: false, members: elder }))).toBe('INELIGIBLE');
    expect(verdict('R16', facts({ buildingElevatorProject: true }))).toBe('ELIGIBLE');
  });

  it('R03 重残无业: a member with no disability is INELIGIBLE, not UNKNOWN', () => {
    expect(verdict('R03', facts())).toBe('INELIGIBLE');
    expect(
      verdict(
        'R03',
        facts({ members: [member({ disabilityGrade: 1, hasDisability: true, employmentStatus: 'UNABLE_TO_WORK' })] }),
      ),
    ).toBe('ELIGIBLE');
    expect(
      verdict(
        'R03',
        facts({
          members: [member({ disabilityGrade: null, hasDisability: true, employmentStatus: 'UNABLE_TO_WORK' })],
        }),
      ),
    ).toBe('UNKNOWN');
  });

  it('R24 顾问服务 is for everyone', () => {
    expect(verdict('R24', facts())).toBe('ELIGIBLE');
  });

  it('R33 市民综合帮扶·个案: an open hardship need, not covered by policy or a DB / BY / GX family', () => {
    expect(verdict('R33', facts({}, { needCodes: ['N05'] }))).toBe('ELIGIBLE');
    expect(verdict('R33', facts({ categories: db }, { needCodes: ['N06'] }))).toBe('ELIGIBLE');
    expect(
      verdict(
        'R33',
        facts({ categories: [{ category: 'TK_DISPERSED', since: null, until: null }] }, { needCodes: ['N05'] }),
      ),
    ).toBe('INELIGIBLE');
    expect(verdict('R33', facts({ categories: db }))).toBe('INELIGIBLE');
  });
});
