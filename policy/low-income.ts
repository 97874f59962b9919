// Low-income household (低收入人口家庭), as need triggers (N15, N17) and resource rules (R18, R27)
// mean it: it holds a low-income category — 低保, 特困, 低保边缘, 刚性支出 (POLICY.md §2 circle 1,
// §3.2) — or its per-capita income is under the 低保-edge line (standard × edge multiplier, §3.4).
// Three-valued: with an income source unknown, the known sources already decide it when they alone
// reach the edge line (more income can only raise r).
import type { Truth } from './truth';

export const LOW_INCOME_CATEGORIES = ['DB', 'TK_DISPERSED', 'TK_CENTRAL', 'BY', 'GX'] as const;

export interface IncomeFacts {
  /** Monthly income by source, yuan; null = unknown. */
  sources: readonly (number | null)[];
  members: number;
  dibaoStandard: number;
  edgeMultiplier: number;
}

/** r's lower bound from the known sources, and r itself when every source is known (else null). */
export function incomeRatioBounds(f: IncomeFacts): { atLeast: number; exactly: number | null } {
  if (!(f.members > 0 && f.dibaoStandard > 0)) return { atLeast: 0, exactly: null };
  let known = 0;
  let complete = true;
  for (const s of f.sources) {
    if (s === null) complete = false;
    else known += s;
  }
  const atLeast = known / f.members / f.dibaoStandard;
  return { atLeast, exactly: complete ? atLeast : null };
}

export function lowIncome(heldCategories: readonly string[], income: IncomeFacts): Truth {
  const r = incomeRatioBounds(income);
  return lowIncomeBy(
    LOW_INCOME_CATEGORIES.some((c) => heldCategories.includes(c)),
    r.atLeast,
    r.exactly,
    income.edgeMultiplier,
  );
}

/** The same rule on precomputed parts (the scoring engine's hot path has them at hand). */
export function lowIncomeBy(
  holdsLowIncomeCategory: boolean,
  ratioAtLeast: number,
  ratio: number | null,
  edgeMultiplier: number,
): Truth {
  if (holdsLowIncomeCategory) return true;
  if (ratio !== null) return ratio < edgeMultiplier;
  return ratioAtLeast >= edgeMultiplier ? false : null;
}
