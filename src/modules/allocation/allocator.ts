// The pure allocator (issue 15 §2): who gets the places of scarce QUOTA resources in one period.
// One place per household per resource; a household gets at most one resource of an exclusive group
// (互斥); the total priority of the places given is the highest possible (CATALOGUE.md matching
// guidance step 4: level, then urgency, then waiting time, weighed by policy/allocation-priority.ts).
// When no household claims two resources of one group the resources are independent and each is a
// sort (the fast path); otherwise min-cost-flow.ts solves them together, exactly. Equal priorities go
// to the smaller household id, so an allocation is reproducible. Every claim left out gets its place
// in the resource's queue and why. No database, no clock: facts in, proposal out.
import { maxWeightAllocation } from './min-cost-flow';

export interface AllocationResourceInput {
  id: string;
  /** Places open in the period (0 or more). */
  places: number;
  exclusiveGroup: string | null;
}

export interface AllocationClaimInput {
  householdId: string;
  resourceId: string;
  /** placePriority(…) of this household for this resource: a positive integer. */
  priority: number;
}

export type LeftOutReason = 'PLACES_FILLED' | 'EXCLUSIVE_GROUP' | 'NO_PLACES';

export interface QueuedClaim {
  householdId: string;
  priority: number;
  /** 1 = next in line for the resource. */
  position: number;
  reason: LeftOutReason;
  /** EXCLUSIVE_GROUP: the resource of the same group the household was given instead. */
  givenInstead: string | null;
}

export interface ResourceAllocation {
  resourceId: string;
  places: number;
  /** Households given a place, highest priority first. */
  placed: { householdId: string; priority: number }[];
  queue: QueuedClaim[];
}

export interface AllocationResult {
  method: 'SORT' | 'MIN_COST_FLOW';
  /** Sum of the priorities of the places given. */
  objective: number;
  resources: ResourceAllocation[];
}

const byPriority = (a: { priority: number; householdId: string }, b: { priority: number; householdId: string }) =>
  b.priority - a.priority || (a.householdId < b.householdId ? -1 : a.householdId > b.householdId ? 1 : 0);

/** Claimant key: a household and an exclusive group, or a household and an ungrouped resource. */
const claimantKey = (c: AllocationClaimInput, group: string | null) =>
  group === null ? `${c.householdId}\u0000r:${c.resourceId}` : `${c.householdId}\u0000g:${group}`;

export function allocate(resources: AllocationResourceInput[], claims: AllocationClaimInput[]): AllocationResult {
  const index = new Map(resources.map((r, i) => [r.id, i]));
  const seen = new Set<string>();
  const valid = claims.filter((c) => {
    const key = `${c.householdId}\u0000${c.resourceId}`;
    if (!index.has(c.resourceId) || seen.has(key)) return false; // one place per household per resource
    seen.add(key);
    return true;
  });
  const claimants = new Map<string, number[]>();
  valid.forEach((c, k) => {
    const key = claimantKey(c, resources[index.get(c.resourceId)!].exclusiveGroup);
    const list = claimants.get(key);
    if (list) list.push(k);
    else claimants.set(key, [k]);
  });
  const groups = [...claimants.values()];
  const conflicts = groups.some((g) => g.length > 1);
  const given = new Array<boolean>(valid.length).fill(false);
  if (!conflicts) {
    const per = resources.map(() => [] as number[]);
    valid.forEach((c, k) => per[index.get(c.resourceId)!].push(k));
    per.forEach((ks, r) => {
      ks.sort((a, b) => byPriority(valid[a], valid[b]));
      for (const k of ks.slice(0, Math.max(resources[r].places, 0))) given[k] = true;
    });
  } else {
    solveByFlow(resources, index, valid, groups, given);
  }
  return explain(resources, index, valid, groups, given, conflicts ? 'MIN_COST_FLOW' : 'SORT');
}

function solveByFlow(
  resources: AllocationResourceInput[],
  index: Map<string, number>,
  valid: AllocationClaimInput[],
  groups: number[][],
  given: boolean[],
): void {
  const claimStart = [0];
  const claimOrder: number[] = [];
  for (const g of groups) {
    claimOrder.push(...g);
    claimStart.push(claimOrder.length);
  }
  const held = maxWeightAllocation({
    capacity: resources.map((r) => Math.max(r.places, 0)),
    claimStart,
    claimResource: claimOrder.map((k) => index.get(valid[k].resourceId)!),
    claimWeight: claimOrder.map((k) => valid[k].priority),
  });
  held.forEach((c) => {
    if (c >= 0) given[claimOrder[c]] = true;
  });
  canonicalTies(resources, index, valid, groups, given);
}

/**
 * Among equal priorities the flow picks any; make it the smaller household id. Only a claimant that
 * holds nothing of its group can take a tied place, and the swap keeps the total, so the result stays
 * optimal (a left-out claimant holding nothing never outranks a placed one: swapping would gain).
 */
function canonicalTies(
  resources: AllocationResourceInput[],
  index: Map<string, number>,
  valid: AllocationClaimInput[],
  groups: number[][],
  given: boolean[],
): void {
  const groupOf = new Array<number>(valid.length);
  groups.forEach((g, gi) => g.forEach((k) => (groupOf[k] = gi)));
  const holds = groups.map((g) => g.some((k) => given[k]));
  const per = resources.map(() => [] as number[]);
  valid.forEach((c, k) => per[index.get(c.resourceId)!].push(k));
  for (const ks of per) {
    const placed = ks.filter((k) => given[k]);
    if (placed.length === 0) continue;
    const cutoff = Math.min(...placed.map((k) => valid[k].priority));
    const tied = ks
      .filter((k) => valid[k].priority === cutoff && (given[k] || !holds[groupOf[k]]))
      .sort((a, b) => byPriority(valid[a], valid[b]));
    const keep = placed.filter((k) => valid[k].priority === cutoff).length;
    tied.forEach((k, n) => {
      given[k] = n < keep;
      holds[groupOf[k]] = groups[groupOf[k]].some((j) => given[j]);
    });
  }
}

function explain(
  resources: AllocationResourceInput[],
  index: Map<string, number>,
  valid: AllocationClaimInput[],
  groups: number[][],
  given: boolean[],
  method: AllocationResult['method'],
): AllocationResult {
  const insteadOf = new Map<number, string>();
  for (const g of groups) {
    const got = g.find((k) => given[k]);
    if (got !== undefined) for (const k of g) if (k !== got) insteadOf.set(k, valid[got].resourceId);
  }
  const per = resources.map(() => [] as number[]);
  valid.forEach((c, k) => per[index.get(c.resourceId)!].push(k));
  let objective = 0;
  const out = resources.map((r, i) => {
    const ks = per[i].sort((a, b) => byPriority(valid[a], valid[b]));
    const placed = ks
      .filter((k) => given[k])
      .map((k) => ({ householdId: valid[k].householdId, priority: valid[k].priority }));
    for (const p of placed) objective += p.priority;
    const queue = ks
      .filter((k) => !given[k])
      .map((k, n): QueuedClaim => {
        const instead = insteadOf.get(k) ?? null;
        const reason: LeftOutReason = instead ? 'EXCLUSIVE_GROUP' : r.places <= 0 ? 'NO_PLACES' : 'PLACES_FILLED';
        return {
          householdId: valid[k].householdId,
          priority: valid[k].priority,
          position: n + 1,
          reason,
          givenInstead: instead,
        };
      });
    return { resourceId: r.id, places: Math.max(r.places, 0), placed, queue };
  });
  return { method, objective, resources: out };
}
