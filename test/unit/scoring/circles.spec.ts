// The four circles (POLICY.md §2, POL-CIR-1..5): every matching rule with its evidence, the
// primary (lowest) circle and the rule that placed the household; 近两年 = rolling 24 months.
import { SH_2024_1, scoreHousehold, type AssistanceEvent, type HouseholdFacts } from '../../../scoring';
import { household } from './fixtures';

const circleOf = (facts: HouseholdFacts) => scoreHousehold(facts, SH_2024_1).circle;
const event = (
  kind: AssistanceEvent['kind'],
  date: string,
  scheme: AssistanceEvent['scheme'] = 'DB',
): AssistanceEvent => ({ kind, scheme, date, amount: null });

describe('circles', () => {
  it.each([
    [
      '特困 (dispersed) held',
      { categories: [{ category: 'TK_DISPERSED', since: '2019-01-01', until: null }] },
      1,
      'CIR1_CATEGORY_HELD',
    ],
    ['重残无业 held', { categories: [{ category: 'ZC', since: null, until: null }] }, 1, 'CIR1_CATEGORY_HELD'],
    [
      'medical special assistance held',
      { categories: [{ category: 'ZX_MEDICAL', since: '2024-01-01', until: null }] },
      2,
      'CIR2_SPECIAL_ASSISTANCE',
    ],
    [
      'temporary assistance 10 months ago',
      { assistanceEvents: [event('TEMPORARY_ASSISTANCE', '2023-08-20', 'TEMPORARY')] },
      2,
      'CIR2_TEMPORARY_ASSISTANCE',
    ],
    [
      'a 低保 application refused last year',
      { assistanceEvents: [event('APPLICATION_REFUSED', '2023-03-01')] },
      3,
      'CIR3_REFUSED_OR_TERMINATED',
    ],
    [
      'assistance terminated',
      { assistanceEvents: [event('ASSISTANCE_TERMINATED', '2024-05-01', 'BY')] },
      3,
      'CIR3_REFUSED_OR_TERMINATED',
    ],
    [
      'a 低保 holding that ended 8 months ago',
      { categories: [{ category: 'DB', since: '2020-01-01', until: '2023-10-01' }] },
      3,
      'CIR3_CATEGORY_ENDED',
    ],
    ['a mass-organisation beneficiary', { massOrganisationBeneficiary: true }, 4, 'CIR4_MASS_ORGANISATION'],
    ['a charity priority', { charityPriority: true }, 4, 'CIR4_CHARITY_PRIORITY'],
    ['found by a visit', { foundByVisit: true }, 4, 'CIR4_FOUND_BY_VISIT'],
  ] as Array<[string, Partial<HouseholdFacts>, number, string]>)(
    '%s → circle %p by %s',
    (_name, facts, circle, rule) => {
      const result = circleOf(household(facts));
      expect(result.primary).toBe(circle);
      expect(result.rule).toMatchObject({ circle, ruleId: rule });
    },
  );

  it('reports every matched circle, the lowest as primary, with evidence', () => {
    const result = circleOf(
      household({
        categories: [{ category: 'DB', since: '2021-03-01', until: null }],
        assistanceEvents: [event('APPLICATION_REFUSED', '2023-01-05', 'TK_DISPERSED')],
        charityPriority: true,
      }),
    );
    expect(result.primary).toBe(1);
    expect(result.rule?.ruleId).toBe('CIR1_CATEGORY_HELD');
    expect(result.matched.map((m) => [m.circle, m.ruleId, m.evidence])).toEqual([
      [1, 'CIR1_CATEGORY_HELD', 'DB since 2021-03-01'],
      [3, 'CIR3_REFUSED_OR_TERMINATED', 'APPLICATION_REFUSED TK_DISPERSED 2023-01-05'],
      [4, 'CIR4_CHARITY_PRIORITY', 'charityPriority'],
    ]);
  });

  it('matches no circle when nothing applies (primary and rule null)', () => {
    expect(circleOf(household())).toEqual({ primary: null, rule: null, matched: [] });
  });

  describe('the 24-month window (POL-CIR-3), asOf 2024-06-15', () => {
    it.each([
      ['exactly 24 months before (boundary day included)', '2022-06-15', 2],
      ['one day more than 24 months before', '2022-06-14', null],
      ['on asOf', '2024-06-15', 2],
      ['after asOf (not yet happened)', '2024-06-16', null],
    ])('temporary assistance %s', (_name, date, circle) => {
      expect(
        circleOf(household({ assistanceEvents: [event('TEMPORARY_ASSISTANCE', date, 'TEMPORARY')] })).primary,
      ).toBe(circle);
    });

    it('clamps month ends: from 2024-02-29 the window starts 2022-02-28', () => {
      const at = (date: string) =>
        circleOf(household({ asOf: '2024-02-29', assistanceEvents: [event('APPLICATION_REFUSED', date)] })).primary;
      expect(at('2022-02-28')).toBe(3);
      expect(at('2022-02-27')).toBeNull();
    });

    it('a termination that aged out lapses unless another rule holds', () => {
      const old = event('ASSISTANCE_TERMINATED', '2021-01-10');
      expect(circleOf(household({ assistanceEvents: [old] })).primary).toBeNull();
      expect(circleOf(household({ assistanceEvents: [old], foundByVisit: true })).primary).toBe(4);
    });
  });

  describe('holding dates', () => {
    it.each([
      ['starts after asOf', { category: 'DB', since: '2024-07-01', until: null }, null],
      [
        'ended on asOf (until is the first day no longer held)',
        { category: 'GX', since: '2022-01-01', until: '2024-06-15' },
        3,
      ],
      ['ends after asOf', { category: 'BY', since: '2022-01-01', until: '2024-12-31' }, 1],
    ] as const)('a holding that %s', (_name, holding, circle) => {
      expect(circleOf(household({ categories: [{ ...holding }] })).primary).toBe(circle);
    });

    it('a renewed holding has not ended', () => {
      const result = circleOf(
        household({
          categories: [
            { category: 'DB', since: '2021-01-01', until: '2023-12-31' },
            { category: 'DB', since: '2023-12-31', until: null },
          ],
        }),
      );
      expect(result.matched.map((m) => m.ruleId)).toEqual(['CIR1_CATEGORY_HELD']);
    });
  });

  it('S < 12 is WATCH in a circle, and WATCH by the named fallback rule outside any', () => {
    const inCircle = scoreHousehold(household({ foundByVisit: true }), SH_2024_1);
    const outside = scoreHousehold(household(), SH_2024_1);
    expect(inCircle).toMatchObject({ level: 'WATCH', levelRule: { id: 'WATCH_IN_CIRCLE' } });
    expect(outside).toMatchObject({ level: 'WATCH', levelRule: { id: 'WATCH_NO_CIRCLE' }, circle: { primary: null } });
  });
});
