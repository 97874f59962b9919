// Need codes from indicator scores (NEEDS.md §2) and rules NEED-1..4.
import { SH_2024_1, loadModel, scoreHousehold, type HouseholdFacts, type NeedResult } from '../../../scoring';
import { syntheticHouseholds } from '../../../scoring/bench/synthetic';
import type { ModelJson } from '../../../scoring/model/schema';
import sh20241 from '../../../scoring/models/sh-2024.1.json';
import { AS_OF, bornAged, household, incomeFor, member } from './fixtures';
import { dibaoElderAlone } from './worked-households';

const needsOf = (facts: HouseholdFacts, model = SH_2024_1) => scoreHousehold(facts, model).needs;
const need = (needs: NeedResult[], code: string) => needs.find((n) => n.code === code);
const codes = (needs: NeedResult[]) => needs.map((n) => n.code);
const dibao = { category: 'DB', since: '2022-01-01', until: null } as const;

describe('needs', () => {
  it('the model carries all 28 need codes N01–N28', () => {
    expect(sh20241.needs.rules.map((n) => n.code)).toEqual(
      Array.from({ length: 28 }, (_, i) => `N${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('raises nothing for a household with nothing wrong', () => {
    expect(needsOf(household())).toEqual([]);
  });

  it('lists the indicators that triggered each need, ORDINARY without a red flag', () => {
    const n08 = need(
      needsOf(household({ members: [member({ birthDate: bornAged(70), careNeedsGrade: 3 }), member()] })),
      'N08',
    );
    expect(n08).toMatchObject({
      urgency: 'ORDINARY',
      indicators: ['H3'],
      redFlags: [],
      category: 'L',
      zh: '日常照料（助餐助洁助浴）',
    });
  });

  it('NEED-1: every HIGH household gets N25 (policy access) and N28 (case management)', () => {
    const needs = needsOf(dibaoElderAlone);
    expect(need(needs, 'N25')?.conditions).toContain('level=HIGH');
    expect(need(needs, 'N28')?.conditions).toContain('level=HIGH');
  });

  describe('NEED-2: N01 only for a household not on 低保/特困, or still below the standard on it', () => {
    // sh-2024.1 triggers N01 at E1 ≥ 3 (r < 1); a variant at E1 ≥ 2 shows the guard itself.
    const json = structuredClone(sh20241) as unknown as ModelJson;
    json.needs.rules[0].when = [[{ indicator: 'E1', atLeast: 2 }, { predicate: 'basicLivingGap' }]];
    const wider = loadModel(json);

    it('raises N01 for an uncovered household with r = 0.8', () => {
      expect(codes(needsOf(household({ incomeMonthly: incomeFor(0.8, 1) })))).toContain('N01');
    });
    it('does not raise N01 when 低保 is held and r ≥ 1', () => {
      const facts = household({ incomeMonthly: incomeFor(1.2, 1), categories: [dibao] });
      expect(codes(needsOf(facts, wider))).not.toContain('N01');
      expect(codes(needsOf(household({ incomeMonthly: incomeFor(1.2, 1) }), wider))).toContain('N01');
    });
    it('raises N01 when 低保 is held and r is still below 1 (a policy gap)', () => {
      expect(codes(needsOf(household({ incomeMonthly: incomeFor(0.8, 1), categories: [dibao] })))).toContain('N01');
    });
  });

  describe('NEED-3/4: red flags raise N05 and N13 as EMERGENCY', () => {
    it.each([
      ['signs of violence', { familyConflict: 'SIGNS_OF_VIOLENCE' }, 'N13', 'VIOLENCE', ['P5']],
      ['suicidal thoughts', { members: [member({ suicidalThoughts: true })] }, 'N13', 'SUICIDE_RISK', ['P2']],
      [
        'an acute crisis in the last 30 days',
        { lifeEvents: [{ kind: 'FIRE_OR_DISASTER', date: AS_OF }] },
        'N05',
        'CRISIS_EVENT',
        [],
      ],
      [
        'income under half the standard and not on 低保',
        { incomeMonthly: incomeFor(0.3, 1) },
        'N05',
        'INCOME_GAP',
        ['E1'],
      ],
      ['no fixed home', { tenure: 'NO_FIXED_HOME' }, 'N05', 'NO_FIXED_HOME', ['U2']],
    ] as Array<[string, Partial<HouseholdFacts>, string, string, string[]]>)(
      '%s',
      (_name, facts, code, flag, indicators) => {
        const profile = scoreHousehold(household(facts), SH_2024_1);
        expect(profile.level).toBe('HIGH');
        expect(need(profile.needs, code)).toMatchObject({ urgency: 'EMERGENCY', redFlags: [flag] });
        for (const i of indicators) expect(need(profile.needs, code)!.indicators).toContain(i);
      },
    );

    it('a crisis older than 30 days is no red flag', () => {
      const profile = scoreHousehold(
        household({ lifeEvents: [{ kind: 'FIRE_OR_DISASTER', date: '2024-05-01' }] }),
        SH_2024_1,
      );
      expect(profile.redFlags).toEqual([]);
      expect(need(profile.needs, 'N05')).toBeUndefined();
    });

    it('N05 from arrears with cut-off threatened (E4 = 4) alone is ORDINARY', () => {
      expect(need(needsOf(household({ arrears: 'CUTOFF_OR_EVICTION_THREATENED' })), 'N05')).toMatchObject({
        urgency: 'ORDINARY',
        indicators: ['E4'],
        redFlags: [],
      });
    });
  });

  it('names predicates among the conditions (N22: U3 ≥ 3 and the building is in an elevator project)', () => {
    const facts = household({
      members: [member({ birthDate: bornAged(85), careNeedsGrade: 1, employmentStatus: 'RETIRED' })],
      floor: 5,
      buildingElevatorProject: true,
    });
    expect(need(needsOf(facts), 'N22')).toMatchObject({ indicators: ['U3'], conditions: ['buildingElevatorProject'] });
    expect(need(needsOf({ ...facts, buildingElevatorProject: false }), 'N22')).toBeUndefined();
  });

  it('every one of the 28 codes is raised somewhere in 20,000 synthetic households', () => {
    const seen = new Set<string>();
    for (const facts of syntheticHouseholds(20_000, 7))
      for (const n of scoreHousehold(facts, SH_2024_1).needs) seen.add(n.code);
    expect([...seen].sort()).toEqual(sh20241.needs.rules.map((n) => n.code));
  });
});
