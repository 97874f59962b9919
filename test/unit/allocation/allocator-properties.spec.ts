// 600 random small instances (1–4 resources, some in exclusive groups, 1–7 households, priorities
// from the documented weights so ties and lexicographic steps both occur): the allocator's proposal is
// feasible, and its total priority equals both the brute-force optimum (every subset of claims) and
// HiGHS's LP optimum (issue 15 §2). Deterministic: a seeded generator.
import { ALLOCATION_WEIGHTS, placePriority } from '../../../policy/allocation-priority';
import type { AllocationLevel, AllocationUrgency } from '../../../policy/allocation-priority';
import { allocate, AllocationClaimInput, AllocationResourceInput } from '../../../src/modules/allocation/allocator';
import { highsOptimum } from '../../../src/modules/allocation/bench/highs-lp';

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = Object.keys(ALLOCATION_WEIGHTS.level) as AllocationLevel[];
const URGENCIES = Object.keys(ALLOCATION_WEIGHTS.urgency) as AllocationUrgency[];

function instance(seed: number) {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const resources: AllocationResourceInput[] = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => ({
    id: `R${i}`,
    places: Math.floor(rand() * 3),
    exclusiveGroup: pick([null, 'G1', 'G1', 'G2']),
  }));
  const claims: AllocationClaimInput[] = [];
  const households = 1 + Math.floor(rand() * 7);
  for (let h = 0; h < households && claims.length < 14; h++) {
    const level = pick(LEVELS);
    for (const r of resources) {
      if (rand() < 0.55 && claims.length < 14)
        claims.push({
          householdId: `h${h}`,
          resourceId: r.id,
          priority: placePriority(level, pick(URGENCIES), pick([0, 0, 5, 30, 4000])),
        });
    }
  }
  return { resources, claims };
}

/** Feasible subsets: places per resource, one claim per household and group. */
function bruteForce(resources: AllocationResourceInput[], claims: AllocationClaimInput[]): number {
  const places = new Map(resources.map((r) => [r.id, r.places]));
  const group = new Map(resources.map((r) => [r.id, r.exclusiveGroup]));
  let best = 0;
  for (let mask = 0; mask < 1 << claims.length; mask++) {
    const used = new Map<string, number>();
    const held = new Set<string>();
    let total = 0;
    let ok = true;
    for (let k = 0; k < claims.length && ok; k++) {
      if (!(mask & (1 << k))) continue;
      const c = claims[k];
      const n = (used.get(c.resourceId) ?? 0) + 1;
      used.set(c.resourceId, n);
      const g = group.get(c.resourceId);
      const key = `${c.householdId}/${g}`;
      if (n > places.get(c.resourceId)! || (g !== null && held.has(key))) ok = false;
      if (g !== null) held.add(key);
      total += c.priority;
    }
    if (ok && total > best) best = total;
  }
  return best;
}

function assertFeasible(resources: AllocationResourceInput[], result: ReturnType<typeof allocate>) {
  const group = new Map(resources.map((r) => [r.id, r.exclusiveGroup]));
  const held = new Set<string>();
  for (const r of result.resources) {
    expect(r.placed.length).toBeLessThanOrEqual(r.places);
    expect(new Set(r.placed.map((p) => p.householdId)).size).toBe(r.placed.length);
    for (const p of r.placed) {
      const g = group.get(r.resourceId);
      if (g === null) continue;
      expect(held.has(`${p.householdId}/${g}`)).toBe(false);
      held.add(`${p.householdId}/${g}`);
    }
    // The queue is numbered 1, 2, … in priority order.
    expect(r.queue.map((q) => q.position)).toEqual(r.queue.map((_, i) => i + 1));
  }
}

describe('allocate: random small instances against brute force and HiGHS', () => {
  it('600 instances: feasible, and the objective equals both optima', async () => {
    let flows = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const { resources, claims } = instance(seed);
      const result = allocate(resources, claims);
      assertFeasible(resources, result);
      const brute = bruteForce(resources, claims);
      const lp = await highsOptimum(resources, claims);
      if (result.objective !== brute || Math.round(lp) !== brute)
        throw new Error(`seed ${seed}: allocator ${result.objective}, brute force ${brute}, HiGHS ${lp}`);
      if (result.method === 'MIN_COST_FLOW') flows++;
    }
    expect(flows).toBeGreaterThan(150); // the exclusive groups really exercise the flow
  });
});
