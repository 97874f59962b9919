// The profile: completeness and renormalisation, the explanation (drivers, contributions, what
// could change the level), cadence, ranking composites, laziness and the public API.
import { SH_2024_1, listModelFacts, scoreHousehold, type HouseholdFacts } from '../../../scoring';
import { bornAged, child, household, incomeFor, member } from './fixtures';
import { edgeSingleMother, mildIncomeShortfall, uncoveredElderlyCouple } from './worked-households';

const score = (facts: HouseholdFacts) => scoreHousehold(facts, SH_2024_1);

describe('profile', () => {
  describe('missing facts', () => {
    it('are excluded, never read as 0, and listed in completeness', () => {
      const p = score(household({ arrears: null, liquidAssets: null }));
      expect(p.completeness).toMatchObject({
        computed: 38,
        total: 40,
        share: 0.95,
        missingIndicators: ['E3', 'E4'],
        missingDimensions: [],
        weightsRenormalised: false,
      });
      expect(p.dimensions[0]).toMatchObject({ code: 'ECO', missingIndicators: ['E3', 'E4'] });
      const known = score(household({ arrears: 'NONE', liquidAssets: 0 }));
      expect(known.indicators.find((i) => i.code === 'E3')).toMatchObject({ score: 4, missing: false });
    });

    it('a dimension with every indicator undecided is reported, counted at its lowest — never re-weighted away', () => {
      // A member of 20 with an unknown student stage: nobody can tell whether EDU applies.
      const facts = household({
        members: [member({ isMainEarner: true }), member({ birthDate: bornAged(20), studentStage: null })],
      });
      const p = score(facts);
      expect(p.completeness).toMatchObject({ missingDimensions: ['EDU'], weightsRenormalised: false });
      expect(p.completeness.byDimension.find((d) => d.dimension === 'EDU')).toMatchObject({ decided: 0, total: 5 });
      // d = (0.6·max + 0.4·mean)/4: every EDU score at its lowest (0) gives 0; at its highest (S1 4,
      // S2 3, S3 2, S4 3, S5 1: max 4, mean 2.6) (2.4 + 1.04)/4 = 0.86.
      const edu = p.dimensions.find((d) => d.code === 'EDU')!;
      expect(edu).toMatchObject({ score: null, scoreMin: 0, contribution: 0, deprived: false });
      expect(edu.scoreMax).toBeCloseTo(0.86, 12);
      expect(edu.effectiveWeight).toBeCloseTo(SH_2024_1.dimensions.find((d) => d.code === 'EDU')!.weight, 3);
      expect(p.dimensions.reduce((s, d) => s + d.effectiveWeight, 0)).toBeCloseTo(1, 12);
      expect(p.range.compositeMax).toBeGreaterThan(p.composite);
    });
  });

  describe('explanation', () => {
    it('reads the top drivers as sentences', () => {
      const p = score(household({ incomeMonthly: incomeFor(0.62, 1), liquidAssets: 50_000 }));
      expect(p.explanation!.drivers[0]).toEqual({
        indicator: 'E1',
        score: 3,
        zh: '人均收入仅为低保标准的0.62倍',
        en: 'Per-capita income is only 0.62 times the dibao standard',
      });
    });

    it('fills anchors and percentages, and has a sentence for a zero-income burden', () => {
      const drivers = score(
        household({
          incomeMonthly: incomeFor(0, 1),
          rigidSpending12m: { medical: 500, education: 0, care: 0, rehab: 0 },
          arrears: 'OVERDUE_OVER_3_MONTHS',
        }),
      ).explanation!.drivers;
      expect(drivers.map((d) => d.en)).toEqual(
        expect.arrayContaining([
          'The household has no income but still pays medical, education or care costs',
          'Arrears or debt: Overdue more than 3 months',
        ]),
      );
      const burden = score(
        household({
          incomeMonthly: incomeFor(1, 1),
          rigidSpending12m: { medical: 0.45 * 12 * 1510, education: 0, care: 0, rehab: 0 },
        }),
      ).explanation!.drivers;
      expect(burden[0].zh).toBe('近12个月医疗、教育、照护、康复等刚性支出占家庭收入的45%');
    });

    it("lists each dimension's contribution (w·d·100), largest first", () => {
      const p = score(edgeSingleMother);
      const contributions = p.explanation!.contributions;
      expect(contributions[0].dimension).toBe('ECO');
      expect(contributions.map((c) => c.contribution)).toEqual(
        [...contributions.map((c) => c.contribution)].sort((a, b) => b - a),
      );
      expect(contributions.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(p.composite, 1);
    });

    it('names the missing facts that could change the level', () => {
      // LOW at S 13.8; the child's (member 2) parents unrecorded, C4 could be "no actual carer", a red flag → HIGH.
      const p = score({ ...mildIncomeShortfall, guardianship: null });
      expect(p.level).toBe('LOW');
      expect(p.explanation!.levelSensitivity).toMatchObject({
        levelIfMissingBest: 'LOW',
        levelIfMissingWorst: 'HIGH',
        couldChangeLevel: true,
        decisive: [{ indicator: 'C4', facts: ['members[2].fatherSituation', 'members[2].motherSituation'] }],
      });
    });

    it('says nothing missing matters when the level cannot move', () => {
      const p = score({ ...uncoveredElderlyCouple, digitalCapacity: null });
      expect(p.completeness.missingIndicators).toEqual(['R6']);
      expect(p.explanation!.levelSensitivity).toEqual({
        levelIfMissingBest: 'MODERATE',
        levelIfMissingWorst: 'MODERATE',
        couldChangeLevel: false,
        decisive: [],
      });
    });

    it('is null with { explain: false }; the numbers are the same', () => {
      const lean = scoreHousehold(edgeSingleMother, SH_2024_1, { explain: false });
      expect(lean.explanation).toBeNull();
      expect(lean.composite).toBe(score(edgeSingleMother).composite);
    });
  });

  describe('cadence and reassessment (asOf + months)', () => {
    it.each([
      [
        'HIGH',
        household({ familyConflict: 'SIGNS_OF_VIOLENCE' }),
        { visit: 'MONTHLY', reassessMonths: 3, nextReassessment: '2024-09-15' },
      ],
      ['MODERATE', uncoveredElderlyCouple, { visit: 'QUARTERLY', reassessMonths: 6, nextReassessment: '2024-12-15' }],
      ['LOW', mildIncomeShortfall, { visit: 'HALF_YEARLY', reassessMonths: 12, nextReassessment: '2025-06-15' }],
      ['WATCH', household(), { visit: 'YEARLY_CONTACT', reassessMonths: 12, nextReassessment: '2025-06-15' }],
    ] as const)('%s', (level, facts, cadence) => {
      const p = score(facts);
      expect(p.level).toBe(level);
      expect(p.cadence).toEqual(cadence);
    });

    it('clamps the month end: 2023-11-30 + 3 months is 2024-02-29', () => {
      expect(
        score(household({ asOf: '2023-11-30', familyConflict: 'SIGNS_OF_VIOLENCE' })).cadence.nextReassessment,
      ).toBe('2024-02-29');
    });
  });

  it('adds the development composite for ranking when a member under 25 is in education', () => {
    const withStudent = score(
      household({
        members: [member({ isMainEarner: true }), child(12)],
        guardianship: 'NORMAL',
        studySpace: 'OWN_DESK',
      }),
    );
    expect(withStudent.rankingComposites).toEqual([{ profile: 'development', composite: expect.any(Number) }]);
    expect(score(household()).rankingComposites).toEqual([]);
  });

  it('rounds S to one decimal before the thresholds', () => {
    const p = score(edgeSingleMother);
    expect(Math.round(p.composite * 10) / 10).toBe(p.composite);
  });

  it('serialises every field, the lazily built ones included', () => {
    const json = JSON.parse(JSON.stringify(score(edgeSingleMother)));
    expect(Object.keys(json).sort()).toEqual([
      'asOf',
      'cadence',
      'circle',
      'completeness',
      'composite',
      'deprivedDimensionCount',
      'dimensions',
      'explanation',
      'indicators',
      'level',
      'levelRule',
      'modelId',
      'needs',
      'possibleNeeds',
      'range',
      'rankingComposites',
      'redFlags',
    ]);
    expect(json.needs.length).toBeGreaterThan(0);
    expect(json.modelId).toBe('sh-2024.1');
  });

  it('lists the fact functions a model may name', () => {
    const names = listModelFacts();
    expect(names).toHaveLength(40);
    expect(new Set(names).size).toBe(40);
    expect(names).toEqual(expect.arrayContaining(['incomeRatio', 'rigidSpendingBurden', 'maxDisabilitySeverity']));
    expect(SH_2024_1.indicators.every((i) => names.includes(i.fact))).toBe(true);
  });

  it('rejects an asOf that is not a date', () => {
    expect(() => score(household({ asOf: '15/06/2024' }))).toThrow('facts.asOf is not an ISO date');
  });

  it('a child aged under 6 is a dependant; a member aged 70 is not an able adult', () => {
    const p = score(
      household({
        members: [member({ birthDate: bornAged(70), employmentStatus: 'RETIRED' }), child(4)],
        guardianship: 'NORMAL',
      }),
    );
    expect(p.indicators.find((i) => i.code === 'C1')).toMatchObject({ value: Infinity, score: 4 });
    expect(p.redFlags.map((f) => f.code)).toContain('DEPENDANT_ALONE');
  });
});
