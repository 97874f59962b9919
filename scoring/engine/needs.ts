// Need codes raised by indicator scores (NEEDS.md §2), with NEED-1..4: triggers may name the level
// (NEED-1) or a predicate (NEED-2); red flags raise their needs as EMERGENCY (NEED-3, NEED-4).
import type { CompiledModel } from '../model/compiled';
import type { NeedResult } from '../types';
import { firstHolding } from './aggregate';

const NONE: readonly string[] = Object.freeze([]);

/** Union of two lists, reusing one of them when it already holds everything (the usual case). */
function union(into: readonly string[], more: readonly string[]): readonly string[] {
  if (into.length === 0) return more;
  let merged: string[] | null = null;
  for (const x of more) {
    if (into.includes(x) || merged?.includes(x)) continue;
    (merged ??= [...into]).push(x);
  }
  return merged ?? into;
}

/**
 * Needs raised for a household. `firedMask` has bit r set for each red flag that fired, and
 * `redFlagAlternative[r]` is the alternative of its `when` that held.
 */
export function deriveNeeds(
  m: CompiledModel,
  scores: Int8Array,
  predicates: Uint8Array,
  levelIndex: number,
  k: number,
  firedMask: number,
  redFlagAlternative: Int8Array,
): NeedResult[] {
  const needs: NeedResult[] = [];
  for (let n = 0; n < m.needs.length; n++) {
    const need = m.needs[n];
    const w = need.when;
    const first = firstHolding(w, scores, predicates, levelIndex, k, 0);
    const flags = need.raisedBy & firedMask;
    if (first < 0 && flags === 0) continue;
    let indicators = NONE;
    let conditions = NONE;
    for (let a = first; a >= 0; a = firstHolding(w, scores, predicates, levelIndex, k, a + 1)) {
      indicators = union(indicators, w.altIndicators[a]);
      conditions = union(conditions, w.altConditions[a]);
    }
    let redFlags = NONE;
    for (let r = 0; flags !== 0 && r < m.redFlags.length; r++) {
      if ((flags & (1 << r)) === 0) continue;
      const flag = m.redFlags[r];
      redFlags = union(redFlags, [flag.code]);
      indicators = union(indicators, flag.when.altIndicators[redFlagAlternative[r]]);
      conditions = union(conditions, flag.when.altConditions[redFlagAlternative[r]]);
    }
    needs.push({
      code: need.code,
      zh: need.zh,
      en: need.en,
      category: need.category,
      form: need.form,
      urgency: flags === 0 ? 'ORDINARY' : 'EMERGENCY',
      indicators,
      redFlags,
      conditions,
    });
  }
  return needs;
}
