// Worked households (issue 11): each plan below was derived by hand from POLICY.md, NEEDS.md and
// CATALOGUE.md over the seeded catalogue (seeds/data/catalogue.json, whose rules transcribe the
// CATALOGUE.md eligibility column), before the planner was run. Every case asserts the whole plan:
// the items with the needs each meets, the covered and the unmet needs, and the reason given for
// the candidates that decide the case. Household: Changning street 310105001 on 2024-06-15, 低保
// standard 1,510 yuan (test/unit/eligibility/fixtures.ts), one 40-year-old working head with local
// hukou and 10,000 yuan of savings unless the case says otherwise.
import type { HouseholdFacts } from '../../../scoring/facts';
import { bornAged, child, facts, member } from '../eligibility/fixtures';
import { seededPlannerCatalogue } from '../../../src/modules/plan/bench/seed-catalogue';
import { receivedResources } from '../../../src/modules/plan/planner-judge';
import { planHousehold, PlannerOutput } from '../../../src/modules/plan/planner';

const catalogue = seededPlannerCatalogue();

interface Case {
  household?: Partial<HouseholdFacts>;
  r?: number;
  needs: Array<[string, 'EMERGENCY' | 'ORDINARY']>;
  consent?: boolean | null;
  circles?: number[];
  activeReferrals?: Array<{ need: string; resource: string }>;
}

function plan(c: Case): PlannerOutput {
  const f = facts(c.household ?? {}, { needCodes: c.needs.map(([code]) => code), circles: c.circles ?? [] }, c.r ?? 3);
  return planHousehold({
    asOf: '2024-06-15',
    household: {
      id: 'h',
      streetCode: '310105001',
      memberCount: f.memberCount,
      charityReferralConsent: c.consent ?? true,
    },
    facts: f,
    needs: c.needs.map(([code, urgency]) => ({ id: code, code, urgency, status: 'OPEN' })),
    catalogue,
    received: receivedResources(f, catalogue),
    activeReferrals: (c.activeReferrals ?? []).map((a) => ({ needId: a.need, resourceId: a.resource })),
  });
}

/** The whole plan in a form a person reads: items with their needs, unmet needs, covered needs. */
function shape(out: PlannerOutput) {
  return {
    items: out.items.map((i) => `${i.resourceCode}:${i.kind}[${i.needCodes.join(',')}]`),
    unmet: out.unmet.map((u) => u.needCode),
    covered: out.covered.map((c) => `${c.needCode}:${c.reason}:${c.resourceCode}`),
  };
}

/** The reason given for each candidate weighed for `need` (from the items' alternatives or the unmet list). */
function reasons(out: PlannerOutput, need: string): Record<string, string> {
  const all = [
    ...out.items.flatMap((i) => i.alternatives),
    ...out.unmet.filter((u) => u.needCode === need).flatMap((u) => u.candidates),
  ].filter((v) => v.needCode === need);
  return Object.fromEntries(all.map((v) => [v.resourceCode, v.reason + (v.decidedBy ? `/${v.decidedBy}` : '')]));
}

const poorLocal = { r: 0.5 }; // r = 0.5: per-capita income half the 低保 standard

describe('worked households (一户一策), derived from the documents', () => {
  it('W1 never assessed for 低保, r = 0.5, basic living and a medical bill: 低保 first (POL-ORD-1)', () => {
    // R01: head local ✓, r < 1 ✓, savings 10,000 / 1,510 = 6.6 months ≤ 24 ✓ → ELIGIBLE, so the
    // household is 低保-eligible and the gateways R04/R05 ("not 低保-eligible", POLICY.md §3.2) fail.
    // N02: R07 (临时救助, statutory) lists N02 and the household has N02 → ELIGIBLE; R09 needs a held
    // category; R31 and R33 are later layers and cash for a cost R07 meets (POL-ORD-7).
    const out = plan({
      ...poorLocal,
      needs: [
        ['N01', 'ORDINARY'],
        ['N02', 'ORDINARY'],
      ],
    });
    expect(shape(out)).toEqual({ items: ['R01:REFERRAL[N01]', 'R07:REFERRAL[N02]'], unmet: [], covered: [] });
    // R06 (困境儿童) needs a minor; R02 a household unable to work; R03 a severe disability.
    expect(reasons(out, 'N01')).toEqual({ R02: 'INELIGIBLE', R03: 'INELIGIBLE', R05: 'INELIGIBLE', R06: 'INELIGIBLE' });
    expect(reasons(out, 'N02')).toEqual({
      R04: 'INELIGIBLE',
      R05: 'INELIGIBLE',
      R09: 'INELIGIBLE',
      R26: 'UNKNOWN_FACTS', // union membership not recorded
      R31: 'COST_COVERED_BY_STATUTORY',
      R33: 'COST_COVERED_BY_STATUTORY',
    });
  });

  it('W2 not 低保-eligible (residence permit): 刚性支出 R05 meets N01 and N02 in one referral', () => {
    // R01 fails on the head's hukou, so R05 (刚性支出) is open: r after rigid spending 0.5 < 1, assets
    // ✓, not 低保-eligible ✓, not TK ✓. R05 lists N01 and N02; R04 and R07 also meet N02 in the same
    // layer, but R05 alone meets both needs: fewest referrals (issue 11 criterion 3).
    const out = plan({
      household: { members: [member({ hukou: 'RESIDENCE_PERMIT' })] },
      ...poorLocal,
      needs: [
        ['N01', 'ORDINARY'],
        ['N02', 'ORDINARY'],
      ],
    });
    expect(shape(out)).toEqual({ items: ['R05:REFERRAL[N01,N02]'], unmet: [], covered: [] });
    expect(reasons(out, 'N02')).toMatchObject({
      R04: 'OUTRANKED/FEWER_REFERRALS',
      R07: 'OUTRANKED/FEWER_REFERRALS',
      R31: 'COST_COVERED_BY_STATUTORY',
      R33: 'COST_COVERED_BY_STATUTORY',
    });
    expect(reasons(out, 'N01')).toMatchObject({ R01: 'INELIGIBLE' });
  });

  it('W3 holds 低保 with a crowded home: housing assistance, no 低保边缘 certification', () => {
    // Holding DB makes the household 低保-eligible (policy/dibao-eligibility.ts), so R04 fails its
    // own "not 低保-eligible" test. R11: DB ✓ and 5 m² per person < 7 ✓ → ELIGIBLE.
    const out = plan({
      household: { categories: [{ category: 'DB', since: '2023-01-01', until: null }], livingAreaSqm: 5 },
      r: 1.2,
      needs: [['N04', 'ORDINARY']],
    });
    expect(shape(out)).toEqual({ items: ['R11:REFERRAL[N04]'], unmet: [], covered: [] });
    expect(reasons(out, 'N04')).toEqual({ R04: 'INELIGIBLE', R13: 'INELIGIBLE' });
  });

  it('W4 under 低保 and still short (NEED-2): the gap goes to comprehensive help, not "already receiving"', () => {
    // NEED-2: N01 raised while receiving 低保 is a policy gap for the next layers, R07 then R33
    // (policy/duplicate-assistance.ts GAP_ROUTES). R07 lists N05/N02 only and the head is local: INELIGIBLE.
    // R33: "DB / BY / GX still in difficulty" (CATALOGUE.md) → ELIGIBLE; a case proposal.
    const out = plan({
      household: { categories: [{ category: 'DB', since: '2023-01-01', until: null }] },
      r: 0.8,
      needs: [['N01', 'ORDINARY']],
    });
    expect(shape(out)).toEqual({ items: ['R33:CASE_PROPOSAL[N01]'], unmet: [], covered: [] });
    expect(out.items[0].rationale.map((l) => l.criterion)).toContain('POLICY_GAP');
    expect(reasons(out, 'N01')).toEqual({ R07: 'INELIGIBLE' });
  });

  it('W5 residence permit, 4 months without work or insurance, emergency: aid first beside 临时救助', () => {
    // POL-TMP-1 / R07: residence permit, unemployed ≥ 3 months, not insured → temporary assistance.
    // POL-EMG-2: 小金额救助 (R08, ≤ 500 yuan per person) comes first, beside R07, never instead.
    // R33 and R38 are cash for a cost statutory R07 meets (POL-ORD-7). R13: no disaster; R23 and R37
    // need circles or categories the household does not have.
    const out = plan({
      household: {
        members: [
          member({
            hukou: 'RESIDENCE_PERMIT',
            employmentStatus: 'UNEMPLOYED_UNREGISTERED',
            monthsUnemployed: 4,
            unemploymentInsured: false,
          }),
        ],
      },
      r: 0,
      needs: [['N05', 'EMERGENCY']],
    });
    expect(shape(out)).toEqual({
      items: ['R08:SMALL_AMOUNT_AID[N05]', 'R07:REFERRAL[N05]'],
      unmet: [],
      covered: [],
    });
    expect(out.items[0].expectedBenefit.cap).toBe(500);
    expect(out.items[0].rationale[0]).toMatchObject({ criterion: 'EMERGENCY_ROUTE', value: 'R07' });
    expect(reasons(out, 'N05')).toEqual({
      R13: 'INELIGIBLE',
      R23: 'INELIGIBLE',
      R33: 'COST_COVERED_BY_STATUTORY',
      R37: 'INELIGIBLE',
      R38: 'COST_COVERED_BY_STATUTORY',
    });
  });

  it('W6 a child whose father is imprisoned, crisis protection: never an allowance in place of a service', () => {
    // N13 is a service need (NEEDS.md form 服务). R06 (困境儿童 allowance, cash) is eligible — the child
    // is in plight by the father's situation (POLICY.md §3.2) — but cash does not meet it. R29: no
    // single mother, no violence, income above the edge. NEEDS.md names R24 for N13 too, but the
    // resource list (CATALOGUE.md R24: N25, N07, N28, N09) does not, so the need stays unmet and escalated.
    const out = plan({
      household: {
        members: [member(), child(8, { fatherSituation: 'IMPRISONED', motherSituation: 'CARING' })],
      },
      needs: [['N13', 'EMERGENCY']],
    });
    expect(shape(out)).toEqual({ items: [], unmet: ['N13'], covered: [] });
    expect(reasons(out, 'N13')).toEqual({ R06: 'FORM_MISMATCH', R29: 'INELIGIBLE' });
  });

  it('W7 an elder with a disability: barrier-free renovation through 区残联, ageing renovation apart', () => {
    // N24's designated channel is R30 (NEEDS.md lists it first; POL-ORD-2 区残联), although R15 (a
    // higher layer) meets N23 and N24 together. N23 has no designated channel: R15 (special) is
    // eligible (age ≥ 60 and mobility impaired); R22 needs low income.
    const out = plan({
      household: { members: [member({ birthDate: bornAged(70), hasDisability: true, mobilityImpaired: true })] },
      needs: [
        ['N23', 'ORDINARY'],
        ['N24', 'ORDINARY'],
      ],
    });
    expect(shape(out)).toEqual({
      items: ['R15:REFERRAL[N23]', 'R30:REFERRAL[N24]'],
      unmet: [],
      covered: [],
    });
    expect(reasons(out, 'N24')).toEqual({ R15: 'LOWER_LAYER/DESIGNATED_CHANNEL' });
    expect(reasons(out, 'N23')).toEqual({ R22: 'INELIGIBLE' });
  });

  it('W8 a 低保 household in an elevator project: the building subsidy with the household share beside it', () => {
    // CATALOGUE.md R16 "building-level; pair with R21 for poor households": R21 (温暖加梯) covers the
    // household's share and comes with R16, not instead of it.
    const out = plan({
      household: { categories: [{ category: 'DB', since: '2023-01-01', until: null }], buildingElevatorProject: true },
      r: 0.8,
      needs: [['N22', 'ORDINARY']],
    });
    expect(shape(out)).toEqual({ items: ['R16:REFERRAL[N22]', 'R21:REFERRAL[N22]'], unmet: [], covered: [] });
    expect(out.items[1].rationale[0]).toMatchObject({ criterion: 'COMPLEMENT', value: 'R16' });
  });

  it('W9 a 低保边缘 elder: one renovation scheme meets renovation and visits (exclusive group)', () => {
    // BY, age 65, r = 1.5 (edge ratio 0.75). N23: R15 and R22 (both special, group HOME_RENOVATION).
    // N07: R22 and R24 (special), R37 (charity, BY ✓) a later layer, R20 needs circle 1–2.
    // R22 meets both needs in one referral; R15 would take the group and need R24 as well.
    const out = plan({
      household: {
        members: [member({ birthDate: bornAged(65) })],
        categories: [{ category: 'BY', since: '2023-01-01', until: null }],
      },
      r: 1.5,
      needs: [
        ['N07', 'ORDINARY'],
        ['N23', 'ORDINARY'],
      ],
    });
    expect(shape(out)).toEqual({ items: ['R22:REFERRAL[N07,N23]'], unmet: [], covered: [] });
    expect(reasons(out, 'N23')).toEqual({ R15: 'EXCLUSIVE_GROUP/FEWER_REFERRALS' });
    expect(reasons(out, 'N07')).toEqual({
      R20: 'INELIGIBLE',
      R24: 'OUTRANKED/FEWER_REFERRALS',
      R37: 'LOWER_LAYER/TIER',
    });
  });

  it('W10 no consent to charity referral: goods aid is unmet, each candidate says why', () => {
    // Every N06 resource is a mass organisation, charity or community provider: none is referred
    // without the household's consent (POLICY.md §12 consents).
    const out = plan({ consent: false, needs: [['N06', 'ORDINARY']] });
    expect(shape(out)).toEqual({ items: [], unmet: ['N06'], covered: [] });
    const expected = Object.fromEntries(
      ['R26', 'R28', 'R29', 'R31', 'R33', 'R34', 'R36', 'R37', 'R39'].map((c) => [c, 'NO_REFERRAL_CONSENT']),
    );
    expect(reasons(out, 'N06')).toEqual(expected);
  });

  it('W11 what is received or already referred is not referred again, and names the resource', () => {
    // ZX_MEDICAL: the household receives medical assistance (R09 meets N02, NEED-6); an active
    // referral to employment assistance (R12) is working on N19 (POL-ORD-8).
    const out = plan({
      household: { categories: [{ category: 'ZX_MEDICAL', since: '2023-01-01', until: null }] },
      needs: [
        ['N02', 'ORDINARY'],
        ['N19', 'ORDINARY'],
      ],
      activeReferrals: [{ need: 'N19', resource: 'R12' }],
    });
    expect(shape(out)).toEqual({
      items: [],
      unmet: [],
      covered: ['N02:ALREADY_RECEIVING:R09', 'N19:ACTIVE_REFERRAL:R12'],
    });
  });

  it('W12 registered unemployed: one employment-assistance referral meets guidance and training', () => {
    // R12 lists N19 and N20 (working age, registered unemployed → ELIGIBLE): one item for both
    // needs, one referral (issue 11: one item = one resource). R17 needs circles 1–3; R30 a disability.
    // NEEDS.md names R26 for N20 too, but CATALOGUE.md's R26 meets N06, N03, N02 only.
    const out = plan({
      household: { members: [member({ employmentStatus: 'UNEMPLOYED_REGISTERED', monthsUnemployed: 2 })] },
      needs: [
        ['N19', 'ORDINARY'],
        ['N20', 'ORDINARY'],
      ],
    });
    expect(shape(out)).toEqual({ items: ['R12:REFERRAL[N19,N20]'], unmet: [], covered: [] });
    expect(reasons(out, 'N19')).toEqual({ R17: 'INELIGIBLE', R30: 'INELIGIBLE' });
    expect(reasons(out, 'N20')).toEqual({});
  });

  it('W13 an ordinary cash need gets no small-amount aid (POL-EMG-2 is for emergencies)', () => {
    const out = plan({ ...poorLocal, needs: [['N05', 'ORDINARY']] });
    expect(shape(out)).toEqual({ items: ['R07:REFERRAL[N05]'], unmet: [], covered: [] });
    expect(reasons(out, 'N05')).toMatchObject({ R08: 'NOT_AN_EMERGENCY' });
  });

  it('W14 savings unknown: 低保 undecided, so statutory-first comprehensive help waits', () => {
    // With savings unknown R01 and R05 are UNKNOWN (the asset test), so N01 stays unmet with the facts
    // to ask. For N02, R07 (statutory) is eligible; R33 is statutory-first while R04 is undecided.
    const out = plan({
      household: { liquidAssets: null },
      ...poorLocal,
      needs: [
        ['N01', 'ORDINARY'],
        ['N02', 'ORDINARY'],
      ],
    });
    expect(shape(out)).toEqual({ items: ['R07:REFERRAL[N02]'], unmet: ['N01'], covered: [] });
    expect(reasons(out, 'N01')).toEqual({
      R01: 'UNKNOWN_FACTS',
      R02: 'INELIGIBLE',
      R03: 'INELIGIBLE',
      R05: 'UNKNOWN_FACTS',
      R06: 'INELIGIBLE',
    });
    expect(reasons(out, 'N02')).toMatchObject({ R04: 'UNKNOWN_FACTS', R33: 'STATUTORY_NOT_RULED_OUT' });
  });

  it('W15 under 低保 with a medical bill: medical assistance for the bill, temporary assistance for the gap', () => {
    // POL-ORD-2 routes medical needs to 区医保局 medical assistance (R09, first for N02 in NEEDS.md):
    // DB → R09 ELIGIBLE, so it takes N02 although R07 could meet N01 and N02 in one referral.
    // The N01 gap under 低保 (NEED-2) goes to R07, eligible because the household has a medical need.
    const out = plan({
      household: { categories: [{ category: 'DB', since: '2023-01-01', until: null }] },
      r: 0.8,
      needs: [
        ['N01', 'ORDINARY'],
        ['N02', 'ORDINARY'],
      ],
    });
    expect(shape(out)).toEqual({ items: ['R07:REFERRAL[N01]', 'R09:REFERRAL[N02]'], unmet: [], covered: [] });
    expect(reasons(out, 'N02')).toMatchObject({ R07: 'LOWER_LAYER/DESIGNATED_CHANNEL', R05: 'EXCLUSIVE_GROUP' });
    expect(reasons(out, 'N01')).toEqual({ R33: 'LOWER_LAYER/TIER' });
  });
});
