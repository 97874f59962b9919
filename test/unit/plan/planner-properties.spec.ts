// Properties of every plan (issue 11) over 2,000 deterministic synthetic households × the seeded
// catalogue. The checks recompute what they need from the documents' rules here (availability,
// order of help, POL-ORD-7) instead of reading the planner's own labels, so a planner that mislabels
// a choice fails them.
import { buildEligibilityFacts } from '../../../src/modules/eligibility';
import {
  SYNTHETIC_STANDARD,
  syntheticHouseholds,
  mulberry32,
} from '../../../src/modules/eligibility/bench/households.synthetic';
import { seededPlannerCatalogue } from '../../../src/modules/plan/bench/seed-catalogue';
import { receivedResources } from '../../../src/modules/plan/planner-judge';
import { planHousehold, PlannerInput, PlannerResource } from '../../../src/modules/plan/planner';
import { formMeets } from '../../../policy/need-forms';
import { DESIGNATED_CHANNELS, GATEWAYS, LAYER_RANK } from '../../../policy/order-of-help';
import { GAP_ROUTES } from '../../../policy/duplicate-assistance';

const catalogue = seededPlannerCatalogue();
const HOUSEHOLDS = 2000;

function inputs(): PlannerInput[] {
  const rand = mulberry32(7);
  return syntheticHouseholds(HOUSEHOLDS, 20261203).map(({ facts, extra }, i) => {
    const f = buildEligibilityFacts(facts, extra, SYNTHETIC_STANDARD);
    return {
      asOf: facts.asOf,
      household: {
        id: `h${i}`,
        streetCode: facts.streetCode ?? '310105001',
        memberCount: f.memberCount,
        charityReferralConsent: extra.charityReferralConsent,
      },
      facts: f,
      needs: extra.needCodes.map((code) => ({
        id: `${i}-${code}`,
        code,
        urgency: (code === 'N05' || code === 'N13') && rand() < 0.6 ? 'EMERGENCY' : 'ORDINARY',
        status: 'OPEN',
      })),
      catalogue,
      received: receivedResources(f, catalogue),
      activeReferrals: [],
    };
  });
}
const all = inputs();

/** Available for a need by the documents: published, in area, not received, consent, rule ELIGIBLE, form of help. */
function available(input: PlannerInput, r: PlannerResource, need: string): boolean {
  const s = input.household.streetCode;
  const scope =
    r.geoScope.level === 'CITY' ||
    (r.geoScope.level === 'DISTRICT' ? r.geoScope.codes.includes(s.slice(0, 6)) : r.geoScope.codes.includes(s));
  const heldGroups = [...input.received.keys()].map((id) => catalogue.byId.get(id)!.exclusiveGroup);
  const gateOpen = (GATEWAYS[r.code]?.higher ?? []).every((h) => {
    const higher = catalogue.byCode.get(h)!;
    return !input.received.has(higher.id) && higher.rule.evaluate(input.facts) === 'INELIGIBLE';
  });
  return (
    scope &&
    !input.received.has(r.id) &&
    !(r.exclusiveGroup && heldGroups.includes(r.exclusiveGroup)) &&
    (r.providerIsGovernment || input.household.charityReferralConsent === true) &&
    r.rule.evaluate(input.facts) === 'ELIGIBLE' &&
    formMeets(need, r.form) &&
    gateOpen
  );
}
const rank = (r: PlannerResource, need: string) =>
  DESIGNATED_CHANNELS[need]?.resource === r.code ? 0 : LAYER_RANK[r.tier];
const statutoryCash = (r: PlannerResource) => r.tier === 'STATUTORY' && (r.form === 'CASH' || r.form === 'MIXED');
const nonGovernmentCash = (r: PlannerResource) =>
  (r.tier === 'MASS_ORGANISATION' || r.tier === 'CHARITY_COMMUNITY') && (r.form === 'CASH' || r.form === 'MIXED');

describe(`planner properties over ${HOUSEHOLDS} synthetic households`, () => {
  const plans = all.map((input) => ({ input, out: planHousehold(input) }));

  it('has households with plans worth checking', () => {
    const items = plans.reduce((n, p) => n + p.out.items.length, 0);
    const count = (f: (i: (typeof plans)[number]['out']['items'][number]) => boolean) =>
      plans.filter((p) => p.out.items.some(f)).length;
    expect(items).toBeGreaterThan(HOUSEHOLDS / 2);
    expect(count((i) => i.needCodes.length > 1)).toBeGreaterThan(50); // resources meeting several needs
    expect(count((i) => i.kind === 'SMALL_AMOUNT_AID')).toBeGreaterThan(10); // the emergency route
    expect(plans.filter((p) => p.out.unmet.length > 0).length).toBeGreaterThan(100);
  });

  it('never lists one resource twice for a household, and never an item whose rule is not ELIGIBLE', () => {
    for (const { out } of plans) {
      const codes = out.items.map((i) => i.resourceCode);
      expect(new Set(codes).size).toBe(codes.length);
      for (const item of out.items) expect(item.eligibilityResult).toBe('ELIGIBLE');
    }
  });

  it('never breaks precedence: no need goes to a lower layer than an available resource for it', () => {
    const complementNeeds = new Set(['R21']);
    for (const { input, out } of plans) {
      for (const item of out.items) {
        if (item.kind === 'SMALL_AMOUNT_AID' || complementNeeds.has(item.resourceCode)) continue;
        const r = catalogue.byCode.get(item.resourceCode)!;
        for (const need of item.needCodes) {
          const gap =
            input.received.size > 0 && GAP_ROUTES[need] && [...input.received.values()].some((m) => m.includes(need));
          const pool = gap ? GAP_ROUTES[need].map((c) => catalogue.byCode.get(c)!) : catalogue.byNeedCode.get(need)!;
          const better = pool.filter(
            (c) => c.code !== 'R08' && available(input, c, need) && rank(c, need) < rank(r, need),
          );
          if (better.length)
            throw new Error(`${input.household.id}: ${need} → ${r.code} although ${better[0].code} is available`);
        }
      }
    }
  });

  it('no non-government cash or comprehensive help for a cost statutory cash in the plan meets (POL-ORD-7)', () => {
    for (const { input, out } of plans) {
      const cash = out.items.map((i) => catalogue.byCode.get(i.resourceCode)!).filter(statutoryCash);
      for (const item of out.items) {
        const r = catalogue.byCode.get(item.resourceCode)!;
        if (!nonGovernmentCash(r) && r.code !== 'R33') continue;
        for (const need of item.needCodes) {
          const meets = cash.find((c) => c.needCodes.includes(need));
          if (meets) throw new Error(`${input.household.id}: ${r.code} for ${need} beside statutory ${meets.code}`);
        }
      }
    }
  });

  it('answers every need: an item, covered, or unmet with a reason for every candidate', () => {
    for (const { input, out } of plans) {
      const met = new Set(out.items.flatMap((i) => i.needIds));
      const covered = new Set(out.covered.map((c) => c.needId));
      const unmet = new Map(out.unmet.map((u) => [u.needId, u]));
      for (const need of input.needs) {
        const places = [met.has(need.id), covered.has(need.id), unmet.has(need.id)].filter(Boolean).length;
        expect(places).toBe(1);
        const u = unmet.get(need.id);
        if (!u) continue;
        const gap = GAP_ROUTES[need.code] && [...input.received.values()].some((m) => m.includes(need.code));
        const candidates = gap ? GAP_ROUTES[need.code] : (catalogue.byNeedCode.get(need.code) ?? []).map((r) => r.code);
        expect(u.candidates.map((c) => c.resourceCode).sort()).toEqual([...candidates].sort());
        for (const c of u.candidates) expect(c.reason && c.zh && c.en).toBeTruthy();
        expect(u.zh && u.en).toBeTruthy();
      }
    }
  });

  it('gives the same plan for the same input, whatever order the needs come in', () => {
    for (const { input, out } of plans.slice(0, 500)) {
      const again = planHousehold({ ...input, needs: [...input.needs].reverse() });
      expect(again).toEqual(out);
    }
  });
});
