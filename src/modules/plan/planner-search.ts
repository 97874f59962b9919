// The choice of one household's resources as a small exact optimisation (issue 11): among the
// options each need allows (precedence already applied by the caller), find the set of resources
// that leaves the fewest needs unmet, then uses the fewest referrals, then the fewest providers,
// then prefers locality, capacity and speed, with resource codes as the last, total tie-break.
// Exclusive groups are hard constraints. Branch and bound over needs; a household has few
// candidates, so this is exact and fast. test/unit/plan/planner-search.spec.ts checks it against
// brute force on thousands of random problems.

/** One resource as the search sees it. */
export interface SearchResource {
  code: string;
  /** The code's place in code order, when the caller knows it (the catalogue's); else found by sorting. */
  rank?: number;
  providerId: string;
  group: string | null;
  /** Higher is better: street 3, district 2, city 1. */
  locality: number;
  /** Higher is better: uncapped entitlements first, then places left. */
  capacity: number;
  /** Lower is better (working days). */
  processing: number;
}

/** A way to meet one need: a resource, with the declared complements that come with it. */
export type SearchOption = readonly number[];

export interface SearchProblem {
  resources: readonly SearchResource[];
  /** For each need, its options (indexes into `resources`); an empty list means nothing can meet it. */
  options: ReadonlyArray<readonly SearchOption[]>;
}

/** The objective, compared component by component (lower is better). */
export interface Objective {
  unmet: number;
  referrals: number;
  providers: number;
  locality: number; // negated sum
  capacity: number; // negated sum
  processing: number;
  codes: string;
}
export const OBJECTIVE_ORDER = [
  'unmet',
  'referrals',
  'providers',
  'locality',
  'capacity',
  'processing',
  'codes',
] as const;
export type ObjectiveComponent = (typeof OBJECTIVE_ORDER)[number];

export interface Selection {
  chosen: number[]; // resource indexes, ascending
  /** For each need, the option that meets it, or null. */
  meets: Array<SearchOption | null>;
  objective: Objective;
}

export function objectiveOf(problem: SearchProblem, chosen: readonly number[]): Objective {
  const providers = new Set<string>();
  let locality = 0;
  let capacity = 0;
  let processing = 0;
  const codes: string[] = [];
  for (const i of chosen) {
    const r = problem.resources[i];
    providers.add(r.providerId);
    locality -= r.locality;
    capacity -= r.capacity;
    processing += r.processing;
    codes.push(r.code);
  }
  const set = new Set(chosen);
  const unmet = problem.options.filter((opts) => !opts.some((o) => o.every((i) => set.has(i)))).length;
  return {
    unmet,
    referrals: chosen.length,
    providers: providers.size,
    locality,
    capacity,
    processing,
    codes: codes.sort().join(' '),
  };
}

/** The first component where `a` and `b` differ, and the sign (negative: `a` better); null when equal. */
export function firstDifference(a: Objective, b: Objective): { component: ObjectiveComponent; sign: number } | null {
  for (const k of OBJECTIVE_ORDER) {
    if (a[k] === b[k]) continue;
    return { component: k, sign: a[k] < b[k] ? -1 : 1 };
  }
  return null;
}

const better = (a: Objective, b: Objective | null) => !b || (firstDifference(a, b)?.sign ?? 1) < 0;

/** The optimal selection; `forced` resources are in it whatever they cost (see Search.solve). */
export function solve(problem: SearchProblem, forced: readonly number[] = []): Selection {
  return new Search(problem).solve(forced);
}

/**
 * One household's search, prepared once (needs in branching order, resources as small integers)
 * and solved for the plan and then for each "what would choosing this alternative have cost"
 * question (forced resources), which names the criterion that decided.
 */
export class Search {
  /** Needs that some option can meet, fewest options first (then need order). */
  private readonly needs: Array<{ opts: readonly SearchOption[]; grouped: boolean }>;
  private readonly unmeetable: number;
  // Small integer arrays (plain arrays: a household's search is built per household, and a typed
  // array costs more to create than these few numbers cost to read).
  private readonly group: number[]; // group number per resource, -1 for none
  private readonly provider: number[];
  /** Rank of each resource's code in code order: sorted ranks compare as the joined codes do. */
  private readonly rank: number[];
  private readonly count: number[];
  private readonly groupCount: number[];
  /** Scratch for a leaf's sorted code ranks. */
  private readonly ranks: number[];
  private readonly stack: number[] = [];
  private best: Objective | null = null;
  private bestRanks: number[] = [];
  private bestChosen: number[] = [];

  constructor(private readonly problem: SearchProblem) {
    const { resources, options } = problem;
    const groups = new Map<string, number>();
    const providers = new Map<string, number>();
    const number = (ids: Map<string, number>, key: string) => {
      let n = ids.get(key);
      if (n === undefined) ids.set(key, (n = ids.size));
      return n;
    };
    const n = resources.length;
    this.group = zeros(n);
    this.provider = zeros(n);
    this.rank = zeros(n);
    let ranked = true;
    for (let i = 0; i < n; i++) {
      const r = resources[i];
      this.group[i] = r.group === null ? -1 : number(groups, r.group);
      this.provider[i] = number(providers, r.providerId);
      if (r.rank === undefined) ranked = false;
      else this.rank[i] = r.rank;
    }
    if (!ranked)
      resources
        .map((r, i) => ({ code: r.code, i }))
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.i - b.i))
        .forEach((x, k) => (this.rank[x.i] = k));
    this.count = zeros(n);
    this.ranks = zeros(n);
    this.groupCount = zeros(groups.size);
    const needs: Array<{ n: number; opts: readonly SearchOption[]; grouped: boolean }> = [];
    options.forEach((opts, n) => {
      if (opts.length) needs.push({ n, opts, grouped: opts.some((o) => o.some((i) => this.group[i] >= 0)) });
    });
    needs.sort((a, b) => a.opts.length - b.opts.length || a.n - b.n);
    this.needs = needs;
    this.unmeetable = options.length - needs.length;
  }

  /** The optimal selection holding every `forced` resource. */
  solve(forced: readonly number[] = []): Selection {
    const best = this.run(forced);
    const { problem } = this;
    const chosen = best ? this.bestChosen : [...new Set(forced)].sort((a, b) => a - b);
    const set = new Set(chosen);
    return {
      chosen,
      meets: problem.options.map((opts) => opts.find((o) => o.every((i) => set.has(i))) ?? null),
      objective: best ? { ...best, codes: this.codesOf(chosen) } : objectiveOf(problem, chosen),
    };
  }

  /** The objective of solve(forced), without building the selection (what choosing an alternative costs). */
  objective(forced: readonly number[] = []): Objective {
    const best = this.run(forced);
    if (best) return { ...best, codes: this.codesOf(this.bestChosen) };
    return objectiveOf(
      this.problem,
      [...new Set(forced)].sort((a, b) => a - b),
    );
  }

  /** The search itself: the best objective found (codes not yet filled in), or null when the forced do not fit. */
  private run(forced: readonly number[]): Objective | null {
    this.count.fill(0);
    this.groupCount.fill(0);
    if (this.stack.length) this.stack.length = 0; // empty after every walk: setting a length is a slow call
    this.best = null;
    for (const i of forced) this.add([i], 1);
    let forcedFit = true;
    for (const i of forced) if (this.group[i] >= 0 && this.groupCount[this.group[i]] > 1) forcedFit = false;
    if (forcedFit) this.walk(0, this.unmeetable);
    return this.best as Objective | null; // set by walk(), which the narrowing above cannot see
  }

  /** The chosen codes in code order, joined: sorted by rank, which orders as the codes do. */
  private codesOf(chosen: readonly number[]): string {
    return [...chosen]
      .sort((a, b) => this.rank[a] - this.rank[b])
      .map((i) => this.problem.resources[i].code)
      .join(' ');
  }

  private fits(option: SearchOption): boolean {
    for (let a = 0; a < option.length; a++) {
      const i = option[a];
      const g = this.group[i];
      if (this.count[i] > 0 || g < 0) continue;
      if (this.groupCount[g] > 0) return false;
      for (let b = 0; b < a; b++) if (this.count[option[b]] === 0 && this.group[option[b]] === g) return false;
    }
    return true;
  }

  private add(option: SearchOption, d: 1 | -1): void {
    for (const i of option) {
      const was = this.count[i];
      this.count[i] += d;
      if (was === 0) this.stack.push(i);
      else if (this.count[i] === 0) remove(this.stack, i);
      const g = this.group[i];
      if (g >= 0 && (was === 0 || this.count[i] === 0)) this.groupCount[g] += d;
    }
  }

  private isMet(opts: readonly SearchOption[]): boolean {
    for (const o of opts) {
      let all = true;
      for (const i of o) if (this.count[i] === 0) all = false;
      if (all) return true;
    }
    return false;
  }

  private walk(k: number, unmet: number): void {
    const best = this.best;
    if (best && (unmet > best.unmet || (unmet === best.unmet && this.stack.length > best.referrals))) return;
    if (k === this.needs.length) return this.leaf();
    const { opts, grouped } = this.needs[k];
    if (this.isMet(opts)) return this.walk(k + 1, unmet);
    let fitted = false;
    for (const option of opts) {
      if (!this.fits(option)) continue;
      fitted = true;
      this.add(option, 1);
      this.walk(k + 1, unmet);
      this.add(option, -1);
    }
    // Leaving it unmet can be right only when meeting it takes an exclusive group others may need;
    // an option without a group never blocks anything, and unmet needs count first.
    if (!fitted || grouped) this.walk(k + 1, unmet + 1);
  }

  /** A complete selection: the best so far if it wins on the objective's order (codes last). */
  private leaf(): void {
    const { stack, problem } = this;
    let unmet = this.unmeetable;
    for (const x of this.needs) if (!this.isMet(x.opts)) unmet++;
    let locality = 0;
    let capacity = 0;
    let processing = 0;
    let providers = 0;
    for (let a = 0; a < stack.length; a++) {
      const r = problem.resources[stack[a]];
      locality -= r.locality;
      capacity -= r.capacity;
      processing += r.processing;
      let seen = false;
      for (let b = 0; b < a && !seen; b++) seen = this.provider[stack[b]] === this.provider[stack[a]];
      if (!seen) providers++;
    }
    // Compared component by component without building the objective (most leaves lose).
    const b = this.best;
    const referrals = stack.length;
    const sign = !b
      ? -1
      : unmet !== b.unmet
        ? Math.sign(unmet - b.unmet)
        : referrals !== b.referrals
          ? Math.sign(referrals - b.referrals)
          : providers !== b.providers
            ? Math.sign(providers - b.providers)
            : locality !== b.locality
              ? Math.sign(locality - b.locality)
              : capacity !== b.capacity
                ? Math.sign(capacity - b.capacity)
                : processing !== b.processing
                  ? Math.sign(processing - b.processing)
                  : 0;
    if (sign > 0) return;
    const ranks = this.ranks;
    for (let a = 0; a < referrals; a++) ranks[a] = this.rank[stack[a]];
    insertionSort(ranks, referrals);
    if (sign === 0 && !ranksBefore(ranks, referrals, this.bestRanks)) return;
    this.best = { unmet, referrals, providers, locality, capacity, processing, codes: '' };
    this.bestRanks = ranks.slice(0, referrals);
    const chosen = stack.slice();
    insertionSort(chosen, referrals);
    this.bestChosen = chosen;
  }
}

/** n zeros, as a packed array of small integers. */
function zeros(n: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(0);
  return xs;
}

/** Removes `i` (held once) from the stack, keeping the order of the rest. */
function remove(stack: number[], i: number): void {
  const at = stack.lastIndexOf(i);
  for (let k = at; k < stack.length - 1; k++) stack[k] = stack[k + 1];
  stack.pop();
}

/** Sorts the first `n` numbers ascending in place (a few at most: no allocation, unlike Array.prototype.sort). */
function insertionSort(xs: { [k: number]: number }, n: number): void {
  for (let a = 1; a < n; a++) {
    const x = xs[a];
    let b = a - 1;
    for (; b >= 0 && xs[b] > x; b--) xs[b + 1] = xs[b];
    xs[b + 1] = x;
  }
}

/** Sorted code ranks (the first `n` of `a`) compared as the space-joined sorted codes are (codes hold no space). */
function ranksBefore(a: readonly number[], n: number, b: readonly number[]): boolean {
  for (let k = 0; k < n && k < b.length; k++) if (a[k] !== b[k]) return a[k] < b[k];
  return n < b.length;
}
