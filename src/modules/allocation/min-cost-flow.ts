// The exact allocation across several resources: a maximum-weight b-matching, solved as a min-cost
// flow by successive shortest paths. Network: source → claimant (one per household and exclusive
// group, or per household and ungrouped resource; capacity 1, so a household gets at most one
// resource of a group) → resource (one edge per claim, capacity 1, cost −priority) → sink (capacity
// = the places). Because there are few resources and many claimants, every shortest path is found
// on the resources alone: the cost of going from r1 to r2 is the cheapest claimant holding r1 that
// also claims r2 (w(r1) − w(r2)), kept in lazy heaps, and Bellman–Ford runs on R + 2 nodes. A path is
// augmented while it gains (cost < 0); the residual network never has a negative cycle, so the flow
// reached is of minimum cost, i.e. of maximum total priority (the LP optimum: the constraint matrix
// is a bipartite incidence matrix, totally unimodular).
import { MinHeap } from './heap';

export interface FlowProblem {
  /** Places of each resource. */
  capacity: number[];
  /** Claims of claimant i are claimStart[i] … claimStart[i + 1] − 1. */
  claimStart: number[];
  claimResource: number[];
  /** Priority of each claim, a positive integer. */
  claimWeight: number[];
}

/** For each claimant, the claim it was given, or −1. */
export function maxWeightAllocation(p: FlowProblem): Int32Array {
  const R = p.capacity.length;
  const N = p.claimStart.length - 1;
  const held = new Int32Array(N).fill(-1); // claim index held by each claimant
  const heldResource = (i: number) => (held[i] < 0 ? -1 : p.claimResource[held[i]]);
  const used = new Array<number>(R).fill(0);
  const fromSource = Array.from({ length: R }, () => new MinHeap());
  const between = Array.from({ length: R * R }, () => new MinHeap());
  for (let i = 0; i < N; i++)
    for (let c = p.claimStart[i]; c < p.claimStart[i + 1]; c++)
      fromSource[p.claimResource[c]].push(-p.claimWeight[c], i);

  const claimOf = (i: number, r: number) => {
    for (let c = p.claimStart[i]; c < p.claimStart[i + 1]; c++) if (p.claimResource[c] === r) return c;
    return -1;
  };
  const give = (i: number, c: number) => {
    held[i] = c;
    const r1 = p.claimResource[c];
    for (let d = p.claimStart[i]; d < p.claimStart[i + 1]; d++)
      if (d !== c) between[r1 * R + p.claimResource[d]].push(p.claimWeight[c] - p.claimWeight[d], i);
  };
  // Heap tops, stale entries dropped: a source entry is live while its claimant holds nothing, a
  // between entry (r1 → r2) while its claimant holds r1.
  const sourceTop = (r: number) => {
    const h = fromSource[r];
    while (h.size > 0 && held[h.topItem()] >= 0) h.pop();
    return h.size > 0 ? h.topKey() : Infinity;
  };
  const betweenTop = (r1: number, r2: number) => {
    const h = between[r1 * R + r2];
    while (h.size > 0 && heldResource(h.topItem()) !== r1) h.pop();
    return h.size > 0 ? h.topKey() : Infinity;
  };

  const dist = new Float64Array(R);
  const pred = new Int32Array(R);
  const edge = new Float64Array(R * R);
  for (;;) {
    for (let r = 0; r < R; r++) {
      dist[r] = sourceTop(r);
      pred[r] = -1;
      for (let s = 0; s < R; s++) edge[r * R + s] = r === s ? Infinity : betweenTop(r, s);
    }
    for (let round = 0; round < R; round++) {
      let changed = false;
      for (let r = 0; r < R; r++) {
        if (dist[r] === Infinity) continue;
        for (let s = 0; s < R; s++) {
          const d = dist[r] + edge[r * R + s];
          if (d < dist[s]) {
            dist[s] = d;
            pred[s] = r;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    let end = -1;
    for (let r = 0; r < R; r++) if (used[r] < p.capacity[r] && dist[r] < 0 && (end < 0 || dist[r] < dist[end])) end = r;
    if (end < 0) return held;
    // Collect the moves along the path first (heap tops change as claims move), then make them.
    const moves: [number, number][] = [];
    let r = end;
    while (pred[r] >= 0) {
      if (moves.length > R) throw new Error('allocation: a cycle in the shortest-path tree'); // cannot happen
      const from = pred[r];
      betweenTop(from, r);
      moves.push([between[from * R + r].topItem(), r]);
      r = from;
    }
    sourceTop(r);
    moves.push([fromSource[r].topItem(), r]);
    for (const [i, to] of moves) give(i, claimOf(i, to));
    used[end]++;
  }
}
