// npm run bench:allocate [-- --households N --resources R]: a synthetic city-scale allocation
// (default 10,000 households × 40 QUOTA resources, six exclusive groups of four, places for about
// 40% of the claims) solved by the project's allocator and by HiGHS's LP. Prints both objectives and
// both times; exits 1 when the objectives differ. Deterministic (seeded).
import { performance } from 'node:perf_hooks';
import { ALLOCATION_WEIGHTS, placePriority } from '../../../../policy/allocation-priority';
import type { AllocationLevel, AllocationUrgency } from '../../../../policy/allocation-priority';
import { allocate, AllocationClaimInput, AllocationResourceInput } from '../allocator';
import { highsOptimum } from './highs-lp';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticAllocation(households: number, resourceCount: number, seed = 15) {
  const rand = mulberry32(seed);
  const levels = Object.keys(ALLOCATION_WEIGHTS.level) as AllocationLevel[];
  const urgencies = Object.keys(ALLOCATION_WEIGHTS.urgency) as AllocationUrgency[];
  const resources: AllocationResourceInput[] = Array.from({ length: resourceCount }, (_, i) => ({
    id: `R${String(i + 1).padStart(2, '0')}`,
    places: 0,
    exclusiveGroup: i < 24 ? `G${Math.floor(i / 4) + 1}` : null,
  }));
  const claims: AllocationClaimInput[] = [];
  for (let h = 0; h < households; h++) {
    const level = levels[Math.floor(rand() * levels.length)];
    const wants = 1 + Math.floor(rand() * 6);
    const chosen = new Set<number>();
    while (chosen.size < wants) chosen.add(Math.floor(rand() * resourceCount));
    for (const r of chosen)
      claims.push({
        householdId: `H${String(h).padStart(6, '0')}`,
        resourceId: resources[r].id,
        priority: placePriority(level, rand() < 0.1 ? urgencies[0] : urgencies[1], Math.floor(rand() * 1500)),
      });
  }
  const demand = new Map<string, number>();
  for (const c of claims) demand.set(c.resourceId, (demand.get(c.resourceId) ?? 0) + 1);
  for (const r of resources) r.places = Math.floor((demand.get(r.id) ?? 0) * (0.2 + 0.4 * rand()));
  return { resources, claims };
}

async function main() {
  const households = arg('households', 10_000);
  const resourceCount = arg('resources', 40);
  const { resources, claims } = syntheticAllocation(households, resourceCount);
  const places = resources.reduce((n, r) => n + r.places, 0);
  console.log(`${households} households × ${resourceCount} resources: ${claims.length} claims, ${places} places`);
  let t = performance.now();
  const result = allocate(resources, claims);
  const ours = performance.now() - t;
  const given = result.resources.reduce((n, r) => n + r.placed.length, 0);
  console.log(
    `allocator (${result.method}): objective ${result.objective}, ${given} places given, ${ours.toFixed(0)} ms`,
  );
  t = performance.now();
  const lp = await highsOptimum(resources, claims);
  const highs = performance.now() - t;
  console.log(`HiGHS LP optimum: ${lp}, ${highs.toFixed(0)} ms (LP text built and solved, wasm load included)`);
  if (Math.round(lp) !== result.objective || Math.abs(lp - Math.round(lp)) > 1e-6) {
    console.error(`OBJECTIVES DIFFER: allocator ${result.objective}, HiGHS ${lp}`);
    process.exit(1);
  }
  console.log('equal: the allocation is optimal');
}

if (require.main === module) void main();
