// The allocation as a linear programme for HiGHS (the `highs` npm package, HiGHS compiled to
// WebAssembly), the independent check of the allocator: one variable per claim in [0, 1]; per
// resource, the claims given ≤ its places; per household and exclusive group, ≤ 1 claim given.
// Maximise Σ priority · x. The constraint matrix is totally unimodular, so the LP optimum is the best
// integral allocation's total: the allocator's objective must equal it.
import loadHighs from 'highs';
import type { AllocationClaimInput, AllocationResourceInput } from '../allocator';

export function allocationLp(resources: AllocationResourceInput[], claims: AllocationClaimInput[]): string {
  const index = new Map(resources.map((r, i) => [r.id, i]));
  const perResource = resources.map(() => [] as string[]);
  const perGroup = new Map<string, string[]>();
  const terms: string[] = [];
  claims.forEach((c, k) => {
    const r = index.get(c.resourceId)!;
    const x = `x${k}`;
    terms.push(`${c.priority} ${x}`);
    perResource[r].push(x);
    const group = resources[r].exclusiveGroup;
    if (group !== null) {
      const key = `${c.householdId}\u0000${group}`;
      perGroup.set(key, [...(perGroup.get(key) ?? []), x]);
    }
  });
  // Sums over several lines: LP-format readers need not take lines of any length.
  const sum = (items: string[]) =>
    items.reduce((out, t, n) => out + (n === 0 ? ` ${t}` : n % 8 === 0 ? `\n + ${t}` : ` + ${t}`), '');
  const rows: string[] = [];
  perResource.forEach((xs, r) => xs.length && rows.push(` r${r}:${sum(xs)} <= ${Math.max(resources[r].places, 0)}`));
  let g = 0;
  for (const xs of perGroup.values()) if (xs.length > 1) rows.push(` g${g++}:${sum(xs)} <= 1`);
  return [
    'Maximize',
    ` obj:${terms.length ? sum(terms) : ' 0 x0'}`,
    'Subject To',
    ...(rows.length ? rows : [' c0: x0 <= 0']),
    'Bounds',
    ...(claims.length ? claims.map((_, k) => ` 0 <= x${k} <= 1`) : [' 0 <= x0 <= 0']),
    'End',
  ].join('\n');
}

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | null = null;

/** HiGHS's LP optimum for the allocation; throws unless HiGHS reports Optimal. */
export async function highsOptimum(resources: AllocationResourceInput[], claims: AllocationClaimInput[]) {
  highs ??= loadHighs();
  const solution = (await highs).solve(allocationLp(resources, claims));
  if (solution.Status !== 'Optimal') throw new Error(`HiGHS: ${solution.Status}`);
  return solution.ObjectiveValue;
}
