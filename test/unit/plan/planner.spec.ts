// The matcher without a database: synthetic resources over hand-made facts.
import { compileRule, Rule } from '../../../src/modules/eligibility';
import { diffPlans } from '../../../src/modules/plan/plan-diff';
import { indexCatalogue, planHousehold, PlannerInput, PlannerResource } from '../../../src/modules/plan/planner';
import { answerDueAt, needStatusFromReferrals } from '../../../src/modules/referral/referral-rules';

const always: Rule = { fact: 'household.memberCount', op: 'gte', value: 1 };
const never: Rule = { fact: 'household.memberCount', op: 'gte', value: 99 };
let n = 0;
function resource(over: Omit<Partial<PlannerResource>, 'rule'> & { rule?: Rule }): PlannerResource {
  n++;
  const { rule, ...rest } = over;
  return {
    id: `r${n}`,
    code: `X${String(n).padStart(2, '0')}`,
    providerId: 'P',
    providerIsGovernment: true,
    tier: 'STATUTORY',
    nameZh: '资源',
    nameEn: 'resource',
    form: 'CASH',
    needCodes: ['N02'],
    capacityKind: 'ENTITLEMENT',
    remaining: null,
    geoScope: { level: 'DISTRICT', codes: ['310105'] },
    processingDays: 10,
    exclusiveGroup: null,
    statutoryFirst: false,
    status: 'PUBLISHED',
    validFrom: null,
    validTo: null,
    version: 1,
    benefit: {},
    rule: compileRule(rule ?? always),
    ...rest,
  };
}

function input(resources: PlannerResource[], over: Partial<PlannerInput> = {}): PlannerInput {
  return {
    asOf: '2026-11-23',
    household: { id: 'h', streetCode: '310105001', memberCount: 3, charityReferralConsent: true },
    facts: { memberCount: 3, members: [] } as never,
    needs: [{ id: 'n2', code: 'N02', urgency: 'ORDINARY', status: 'OPEN' }],
    catalogue: indexCatalogue(resources),
    received: new Map(),
    activeReferrals: [],
    ...over,
  };
}

describe('planHousehold', () => {
  it('puts an eligible statutory scheme before charity, and records why the charity lost', () => {
    const charity = resource({
      tier: 'CHARITY_COMMUNITY',
      providerIsGovernment: false,
      geoScope: { level: 'STREET', codes: ['310105001'] },
      processingDays: 1,
    });
    const statutory = resource({});
    const out = planHousehold(input([charity, statutory]));
    expect(out.items.map((i) => i.resourceCode)).toEqual([statutory.code]);
    expect(out.items[0].alternatives).toEqual([
      expect.objectContaining({ resourceCode: charity.code, reason: 'COST_COVERED_BY_STATUTORY' }),
    ]);
  });

  it('prefers one resource that meets two needs, and says fewer referrals decided', () => {
    const city = resource({ geoScope: { level: 'CITY', codes: [] } });
    const street = resource({ geoScope: { level: 'STREET', codes: ['310105001'] } });
    const wide = resource({ needCodes: ['N02', 'N06'], geoScope: { level: 'CITY', codes: [] } });
    const out = planHousehold(
      input([city, street, wide], {
        needs: [
          { id: 'n2', code: 'N02', urgency: 'ORDINARY', status: 'OPEN' },
          { id: 'n6', code: 'N06', urgency: 'ORDINARY', status: 'OPEN' },
        ],
      }),
    );
    expect(out.items.map((i) => [i.resourceCode, i.needCodes])).toEqual([[wide.code, ['N02', 'N06']]]);
    expect(out.items[0].alternatives.map((a) => [a.resourceCode, a.reason, a.decidedBy])).toEqual([
      [city.code, 'OUTRANKED', 'FEWER_REFERRALS'],
      [street.code, 'OUTRANKED', 'FEWER_REFERRALS'],
    ]);
    expect(out.items[0].rationale.filter((l) => l.value === street.code)[0].criterion).toBe('FEWER_REFERRALS');
  });

  it.each([
    ['LOCALITY', { geoScope: { level: 'STREET' as const, codes: ['310105001'] } }, {}],
    ['CAPACITY', {}, { capacityKind: 'QUOTA' as const, remaining: 3 }],
    ['PROCESSING_TIME', { processingDays: 5 }, {}],
    ['CODE_ORDER', {}, {}],
  ])('names %s when it is what decided between two resources of one layer', (criterion, winner, loser) => {
    const a = resource(winner);
    const b = resource(loser);
    const out = planHousehold(input([b, a]));
    expect(out.items.map((i) => i.resourceCode)).toEqual([a.code]);
    expect(out.items[0].alternatives.map((v) => [v.resourceCode, v.decidedBy])).toEqual([[b.code, criterion]]);
    expect(out.items[0].rationale.find((l) => l.value === b.code)?.criterion).toBe(criterion);
  });

  it('lists an unmet need with every candidate and its reason', () => {
    const full = resource({ capacityKind: 'QUOTA', remaining: 0 });
    const away = resource({ geoScope: { level: 'STREET', codes: ['310104003'] } });
    const no = resource({ rule: never });
    const expired = resource({ validTo: '2025-12-31' });
    const noConsent = resource({ providerIsGovernment: false, tier: 'CHARITY_COMMUNITY' });
    const out = planHousehold(
      input([full, away, no, expired, noConsent], {
        household: { id: 'h', streetCode: '310105001', memberCount: 3, charityReferralConsent: false },
      }),
    );
    expect(out.items).toEqual([]);
    expect(out.unmet[0].candidates.map((c) => c.reason).sort()).toEqual([
      'EXPIRED',
      'INELIGIBLE',
      'NO_CAPACITY',
      'NO_REFERRAL_CONSENT',
      'OUT_OF_AREA',
    ]);
    expect(out.unmet[0].candidates.find((c) => c.reason === 'INELIGIBLE')!.failedConditions.length).toBeGreaterThan(0);
  });

  it('never refers what is received or already referred, and respects exclusive groups', () => {
    const received = resource({ needCodes: ['N04'], exclusiveGroup: 'BASIC' });
    const sibling = resource({ exclusiveGroup: 'BASIC' });
    const referred = resource({});
    const out = planHousehold(
      input([received, sibling, referred], {
        needs: [
          { id: 'n4', code: 'N04', urgency: 'ORDINARY', status: 'OPEN' },
          { id: 'n2', code: 'N02', urgency: 'ORDINARY', status: 'OPEN' },
        ],
        received: new Map([[received.id, ['N04']]]),
        activeReferrals: [{ needId: 'other', resourceId: referred.id }],
      }),
    );
    expect(out.covered).toEqual([
      expect.objectContaining({ needCode: 'N04', reason: 'ALREADY_RECEIVING', resourceCode: received.code }),
    ]);
    expect(out.unmet[0].candidates.map((c) => c.reason)).toEqual(['EXCLUSIVE_GROUP', 'ACTIVE_REFERRAL']);
  });

  it('offers a gateway certification only once the higher scheme is ruled out (POL-ORD-1)', () => {
    const dibao = resource({ code: 'R01', needCodes: ['N01'] });
    const edge = resource({ code: 'R04', needCodes: ['N02'], form: 'MIXED' });
    const out = planHousehold(input([dibao, edge], { received: new Map([[dibao.id, ['N01']]]) }));
    expect(out.items).toEqual([]);
    expect(out.unmet[0].candidates.map((c) => [c.resourceCode, c.reason])).toEqual([['R04', 'GATEWAY_HIGHER_FIRST']]);
  });

  it('gives an emergency 小金额救助 (500 × members) beside the scheme, where its rule holds (POL-EMG-2)', () => {
    const scheme = resource({ needCodes: ['N05'], processingDays: 20, form: 'MIXED' });
    const small = resource({ code: 'R08', needCodes: ['N05'], processingDays: 0, benefit: { cap: 500 } });
    const caseHelp = resource({
      code: 'R33',
      tier: 'CHARITY_COMMUNITY',
      providerIsGovernment: false,
      needCodes: ['N05'],
      form: 'MIXED',
    });
    const needs = [{ id: 'n5', code: 'N05', urgency: 'EMERGENCY' as const, status: 'OPEN' }];
    const out = planHousehold(input([scheme, small, caseHelp], { needs }));
    expect(out.items.map((i) => [i.kind, i.resourceCode])).toEqual([
      ['SMALL_AMOUNT_AID', 'R08'],
      ['REFERRAL', scheme.code],
    ]);
    expect(out.items[0].expectedBenefit.cap).toBe(1500);
    expect(out.items[1].alternatives.map((a) => [a.resourceCode, a.reason])).toEqual([
      ['R33', 'COST_COVERED_BY_STATUTORY'],
    ]);

    // Its rule does not hold: no aid, and the plan says why.
    const never08 = resource({ code: 'R08', needCodes: ['N05'], rule: never });
    const out2 = planHousehold(input([scheme, never08], { needs }));
    expect(out2.items.map((i) => i.resourceCode)).toEqual([scheme.code]);
    expect(out2.items[0].alternatives.map((a) => [a.resourceCode, a.reason])).toEqual([['R08', 'INELIGIBLE']]);
  });
});

describe('referral rules and plan diffs', () => {
  it('derives the need status from its referrals', () => {
    const r = (status: string, outcome: string | null = null, householdDeclined = false) =>
      ({ status, outcome, householdDeclined }) as never;
    expect(needStatusFromReferrals([r('PENDING')])).toBe('REFERRED');
    expect(needStatusFromReferrals([r('IN_PROGRESS'), r('DECLINED')])).toBe('IN_PROGRESS');
    expect(needStatusFromReferrals([r('COMPLETED', 'PARTIALLY_MET')])).toBe('PARTIALLY_MET');
    expect(needStatusFromReferrals([r('COMPLETED', 'MET'), r('PENDING')])).toBe('MET');
    expect(needStatusFromReferrals([r('WITHDRAWN', null, true)])).toBe('DECLINED');
    expect(needStatusFromReferrals([r('DECLINED')])).toBe('OPEN');
  });

  it('counts answer time in working days', () => {
    const friday = new Date('2026-11-20T02:00:00Z'); // 10:00 Friday in Shanghai
    expect(answerDueAt(friday, 1).toISOString()).toBe('2026-11-23T02:00:00.000Z'); // Monday
    expect(answerDueAt(friday, 0).toISOString()).toBe('2026-11-21T02:00:00.000Z'); // same day: 24 h
  });

  it('says what changed between versions', () => {
    const v1 = {
      assessmentId: 'a1',
      items: [{ needCode: 'N02', resourceCode: 'R09' }],
      unmet: [],
      covered: [],
      catalogueState: [{ resourceId: 'x', code: 'R09', version: 1 }],
    };
    const v2 = {
      assessmentId: 'a2',
      items: [{ needCode: 'N02', resourceCode: 'R31' }],
      unmet: [{ needCode: 'N06' }],
      covered: [],
      catalogueState: [{ resourceId: 'x', code: 'R09', version: 2 }],
    };
    expect(diffPlans(v1, v2).map((c) => c.kind)).toEqual([
      'ASSESSMENT_CHANGED',
      'RESOURCE_CHANGED',
      'NOW_UNMET',
      'CATALOGUE_CHANGED',
    ]);
    expect(diffPlans(null, v1)[0].kind).toBe('FIRST_VERSION');
  });
});
