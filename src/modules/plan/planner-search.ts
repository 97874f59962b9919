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

/**
 * The optimal selection; `forced` resources are in it whatever they cost (used to ask "what would
 * choosing this alternative have cost", which names the criterion that decided).
 */
export function solve(problem: SearchProblem, forced: readonly number[] = []): Selection {
  const needs = problem.options
    .map((opts, n) => ({
      n,
      opts,
      grouped: opts.some((o) => o.some((i) => problem.resources[i].group !== null)),
    }))
    .filter((x) => x.opts.length > 0)
    .sort((a, b) => a.opts.length - b.opts.length || a.n - b.n);
  const unmeetable = problem.options.length - needs.length;
  const count = new Array<number>(problem.resources.length).fill(0);
  const groups = new Map<string, number>();
  let best: Objective | null = null;
  let bestChosen: number[] = [];

  const fits = (option: SearchOption) => {
    const taking = new Set<string>();
    for (const i of option) {
      const g = problem.resources[i].group;
      if (count[i] > 0 || !g) continue;
      if (groups.get(g) || taking.has(g)) return false;
      taking.add(g);
    }
    return true;
  };
  let size = 0;
  const stack: number[] = [];
  const add = (option: SearchOption, d: 1 | -1) => {
    for (const i of option) {
      const was = count[i];
      count[i] += d;
      if (was === 0) stack.push(i);
      else if (count[i] === 0) stack.splice(stack.lastIndexOf(i), 1);
      if (was === 0 || count[i] === 0) size += d;
      const g = problem.resources[i].group;
      if (g && (was === 0 || count[i] === 0)) groups.set(g, (groups.get(g) ?? 0) + d);
    }
  };
  const isMet = (opts: readonly SearchOption[]) => opts.some((o) => o.every((i) => count[i] > 0));
  const codesOf = () =>
    stack
      .map((i) => problem.resources[i].code)
      .sort()
      .join(' ');
  // The objective of the current leaf; its code list (the last tie-break) is built only when every
  // other component ties with the best so far, or when the leaf becomes the best.
  const leafObjective = (): Objective => {
    let unmet = unmeetable;
    for (const x of needs) if (!isMet(x.opts)) unmet++;
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
      for (let b = 0; b < a && !seen; b++) seen = problem.resources[stack[b]].providerId === r.providerId;
      if (!seen) providers++;
    }
    return { unmet, referrals: stack.length, providers, locality, capacity, processing, codes: '' };
  };
  const numericTie = (a: Objective, b: Objective) =>
    a.unmet === b.unmet &&
    a.referrals === b.referrals &&
    a.providers === b.providers &&
    a.locality === b.locality &&
    a.capacity === b.capacity &&
    a.processing === b.processing;

  function walk(k: number, unmet: number) {
    if (best && (unmet > best.unmet || (unmet === best.unmet && size > best.referrals))) return;
    if (k === needs.length) {
      const objective = leafObjective();
      const tie = best !== null && numericTie(objective, best);
      if (tie) objective.codes = codesOf();
      if (better(objective, best)) {
        if (!tie) objective.codes = codesOf();
        best = objective;
        bestChosen = stack.slice().sort((a, b) => a - b);
      }
      return;
    }
    const { opts, grouped } = needs[k];
    if (isMet(opts)) return walk(k + 1, unmet);
    let fitted = false;
    for (const option of opts) {
      if (!fits(option)) continue;
      fitted = true;
      add(option, 1);
      walk(k + 1, unmet);
      add(option, -1);
    }
    // Leaving it unmet can be right only when meeting it takes an exclusive group others may need;
    // an option without a group never blocks anything, and unmet needs count first.
    if (!fitted || grouped) walk(k + 1, unmet + 1);
  }

  for (const i of forced) add([i], 1);
  const forcedFit = forced.every((i) => {
    const g = problem.resources[i].group;
    return !g || (groups.get(g) ?? 0) <= 1;
  });
  if (forcedFit) walk(0, unmeetable);
  const chosen = best ? bestChosen : [...new Set(forced)].sort((a, b) => a - b);
  const set = new Set(chosen);
  return {
    chosen,
    meets: problem.options.map((opts) => opts.find((o) => o.every((i) => set.has(i))) ?? null),
    objective: best ?? objectiveOf(problem, chosen),
  };
}
