// Need codes raised by indicator scores (NEEDS.md §2), with NEED-1..4: triggers may name the level
// (NEED-1) or a predicate (NEED-2); red flags raise their needs as EMERGENCY (NEED-3, NEED-4).
import { AtomKind, type CompiledModel, type CompiledWhen } from '../model/compiled';
import { HARDSHIP_LEVELS, type NeedResult } from '../types';
import { firstHolding } from './aggregate';

const NONE: readonly string[] = Object.freeze([]);

/** Adds the indicators, and any other conditions, of alternative `a` of `w`; returns the conditions list. */
function collect(m: CompiledModel, w: CompiledWhen, a: number, indicators: string[], conditions: string[] | null): string[] | null {
  for (let j = w.altStart[a]; j < w.altStart[a + 1]; j++) {
    const kind = w.kind[j];
    if (kind === AtomKind.ScoreAtLeast || kind === AtomKind.ScoreEquals) {
      const code = m.indicators[w.index[j]].code;
      if (!indicators.includes(code)) indicators.push(code);
      continue;
    }
    const text = kind === AtomKind.Predicate ? m.predicates[w.index[j]].name
      : kind === AtomKind.Level ? `level=${HARDSHIP_LEVELS[w.index[j]]}` : `k>=${w.value[j]}`;
    conditions ??= [];
    if (!conditions.includes(text)) conditions.push(text);
  }
  return conditions;
}

/**
 * Needs raised for a household. `firedMask` has bit r set for each red flag that fired, and
 * `redFlagAlternative[r]` is the alternative of its `when` that held.
 */
export function deriveNeeds(
  m: CompiledModel, scores: Int8Array, predicates: Uint8Array, levelIndex: number, k: number,
  firedMask: number, redFlagAlternative: Int8Array,
): NeedResult[] {
  const needs: NeedResult[] = [];
  for (let n = 0; n < m.needs.length; n++) {
    const need = m.needs[n];
    const first = firstHolding(need.when, scores, predicates, levelIndex, k, 0);
    const flags = need.raisedBy & firedMask;
    if (first < 0 && flags === 0) continue;
    const indicators: string[] = [];
    let conditions: string[] | null = null;
    for (let a = first; a >= 0; a = firstHolding(need.when, scores, predicates, levelIndex, k, a + 1)) {
      conditions = collect(m, need.when, a, indicators, conditions);
    }
    let redFlags: string[] | null = null;
    for (let r = 0; flags !== 0 && r < m.redFlags.length; r++) {
      if ((flags & (1 << r)) === 0) continue;
      (redFlags ??= []).push(m.redFlags[r].code);
      conditions = collect(m, m.redFlags[r].when, redFlagAlternative[r], indicators, conditions);
    }
    needs.push({
      code: need.code, zh: need.zh, en: need.en, category: need.category, form: need.form,
      urgency: flags === 0 ? 'ORDINARY' : 'EMERGENCY', indicators, redFlags: redFlags ?? NONE, conditions: conditions ?? NONE,
    });
  }
  return needs;
}
