// The pure planner beside the scoring engine on the same synthetic households (issue 11): the
// households of bench:scoring (scoring/bench/synthetic.ts, seed 20240615) are scored once, their
// needs, circles and level turned into eligibility facts once, and then timed on one thread:
// scoreHousehold (households/s) and planHousehold over the seeded catalogue with every reason
// (plans/s). Median of several interleaved rounds; prints both and the ratio.
import { SH_2024_1, scoreHousehold } from '../../../../scoring';
import { syntheticHouseholds } from '../../../../scoring/bench/synthetic';
import { buildEligibilityFacts } from '../../eligibility';
import { receivedResources } from '../planner-judge';
import { planHousehold, type PlannerInput } from '../planner';
import { seededPlannerCatalogue } from './seed-catalogue';

const SEED = 20240615;
const STANDARD = { dibaoStandard: 1510, edgeMultiplier: 2, minorMultiplier: 1.3 };
const TARGET_PLANS_PER_SECOND = 20_000;

export function pureInputs(count: number) {
  const catalogue = seededPlannerCatalogue();
  const households = syntheticHouseholds(count, SEED);
  const inputs: PlannerInput[] = households.map((facts, i) => {
    const profile = scoreHousehold(facts, SH_2024_1);
    const needs = profile.needs;
    const f = buildEligibilityFacts(
      facts,
      {
        circle: profile.circle.primary,
        circles: profile.circle.matched.map((m) => m.circle),
        level: profile.level,
        needCodes: needs.map((n) => n.code),
        charityReferralConsent: i % 4 !== 0,
      },
      STANDARD,
    );
    return {
      asOf: facts.asOf,
      household: {
        id: `h${i}`,
        streetCode: facts.streetCode ?? '310105001',
        memberCount: f.memberCount,
        charityReferralConsent: i % 4 !== 0,
      },
      facts: f,
      needs: needs.map((n) => ({ id: `${i}-${n.code}`, code: n.code, urgency: n.urgency, status: 'OPEN' })),
      catalogue,
      received: receivedResources(f, catalogue),
      activeReferrals: [],
    };
  });
  return { households, inputs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let sink = 0;

export function runPure(count: number, rounds = 5) {
  const { households } = pureInputs(count);
  let inputs: PlannerInput[] = [];
  const scoring: number[] = [];
  const planning: number[] = [];
  let items = 0;
  for (let round = 0; round <= rounds; round++) {
    let t = process.hrtime.bigint();
    for (const h of households) sink += scoreHousehold(h, SH_2024_1).composite;
    const s = count / (Number(process.hrtime.bigint() - t) / 1e9);
    // Fresh inputs each round (untimed), as each request builds its own: nothing the planner keeps
    // per object (a member's words, say) carries over from an earlier round of the same households.
    inputs = pureInputs(count).inputs;
    t = process.hrtime.bigint();
    items = 0;
    for (const input of inputs) items += planHousehold(input).items.length;
    const p = count / (Number(process.hrtime.bigint() - t) / 1e9);
    if (round > 0) (scoring.push(s), planning.push(p)); // round 0 warms the JIT
  }
  const needs = inputs.reduce((n, i) => n + i.needs.length, 0);
  const s = median(scoring);
  const p = median(planning);
  console.log(
    `pure planner: ${Math.round(p)} plans/s (median of ${rounds}; ${count} households, ` +
      `${(needs / count).toFixed(1)} needs and ${(items / count).toFixed(1)} items per plan, every reason built)`,
  );
  console.log(
    `scoring on the same households: ${Math.round(s)} households/s; ` +
      `planning takes ${(s / p).toFixed(1)}× scoring's time`,
  );
  console.log(`target ≥ ${TARGET_PLANS_PER_SECOND} plans/s: ${p >= TARGET_PLANS_PER_SECOND ? 'met' : 'NOT met'}`);
  if (sink === 42) console.log('');
}

if (require.main === module) {
  const i = process.argv.indexOf('--households');
  runPure(i > 0 ? Number(process.argv[i + 1]) : 20_000);
}
