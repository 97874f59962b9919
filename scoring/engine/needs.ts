// Need codes raised by indicator scores (NEEDS.md §2), with NEED-1..4: triggers may name the level
// (NEED-1) or a predicate (NEED-2); red flags raise their needs as EMERGENCY (NEED-3, NEED-4).
// Three-valued like the rule language: a need whose trigger the known facts meet is raised; one
// they neither meet nor rule out is possible, with the facts to ask for.
import { AtomKind, type CompiledModel, type CompiledWhen } from '../model/compiled';
import type { NeedResult, PossibleNeedResult } from '../types';
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
 * Needs raised for certain. `scores` are the known-or-lowest scores, `predicates` hold for certain,
 * `levelIndex` is the level when the facts decide it (-1 otherwise: no level condition holds for
 * certain), `k` the deprived dimensions for certain. `firedMask` has bit r set for each red flag
 * that fired, and `redFlagAlternative[r]` is the alternative of its `when` that held.
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

/** What the unknown facts leave open, for the three-valued conditions. */
export interface OpenFacts {
  low: Int8Array;
  high: Int8Array;
  /** Per predicate: holds for certain, and could hold. */
  certain: Uint8Array;
  possible: Uint8Array;
  /** Level indices (HIGH = 0 … WATCH = 3): the one the facts establish, and the highest they allow. */
  levelLow: number;
  levelHigh: number;
  kLow: number;
  kHigh: number;
}

const NO = 0;
const OPEN = 1;
const YES = 2;

/** One alternative, three-valued; `open` collects its undecided parts (indicator or condition). */
function alternative(m: CompiledModel, w: CompiledWhen, a: number, o: OpenFacts, open: string[]): number {
  let truth = YES;
  for (let j = w.altStart[a]; j < w.altStart[a + 1]; j++) {
    const i = w.index[j];
    const v = w.value[j];
    let t: number;
    let part: string;
    switch (w.kind[j] as AtomKind) {
      case AtomKind.ScoreAtLeast:
        t = o.low[i] >= v ? YES : o.high[i] >= v ? OPEN : NO;
        part = m.indicators[i].code;
        break;
      case AtomKind.ScoreEquals:
        t = o.low[i] === v && o.high[i] === v ? YES : o.low[i] <= v && v <= o.high[i] ? OPEN : NO;
        part = m.indicators[i].code;
        break;
      case AtomKind.Predicate:
        t = o.certain[i] === 1 ? YES : o.possible[i] === 1 ? OPEN : NO;
        part = m.predicates[i].name;
        break;
      case AtomKind.Level:
        // Levels are ordered from most severe (index 0): the facts allow levelHigh … levelLow.
        t = o.levelLow === i && o.levelHigh === i ? YES : o.levelHigh <= i && i <= o.levelLow ? OPEN : NO;
        part = `level=${['HIGH', 'MODERATE', 'LOW', 'WATCH'][i]}`;
        break;
      default:
        t = o.kLow >= v ? YES : o.kHigh >= v ? OPEN : NO;
        part = `k>=${v}`;
    }
    if (t === NO) return NO;
    if (t === OPEN) {
      truth = OPEN;
      open.push(part);
    }
  }
  return truth;
}

/**
 * Needs neither raised nor ruled out. `raised` are the codes already raised; `factsOf` names the
 * unknown facts behind an undecided indicator code or predicate name (level and k conditions wait
 * on every undecided indicator).
 */
export function possibleNeeds(
  m: CompiledModel,
  o: OpenFacts,
  raised: ReadonlySet<string>,
  factsOf: (part: string) => readonly string[],
): PossibleNeedResult[] {
  // The undecided parts of every alternative of `w` that may still hold.
  const openParts = (w: CompiledWhen): string[] => {
    const all: string[] = [];
    for (let a = 0; a < w.altStart.length - 1; a++) {
      const parts: string[] = [];
      if (alternative(m, w, a, o, parts) === OPEN) all.push(...parts);
    }
    return all;
  };
  const flagParts = m.redFlags.map((flag) => openParts(flag.when));
  const out: PossibleNeedResult[] = [];
  for (const need of m.needs) {
    if (raised.has(need.code)) continue;
    const open = openParts(need.when);
    let urgent = false;
    flagParts.forEach((parts, r) => {
      if (parts.length === 0 || (need.raisedBy & (1 << r)) === 0) return;
      urgent = true;
      open.push(...parts);
    });
    if (open.length === 0) continue;
    const parts = [...new Set(open)];
    const indicators = parts.filter((p) => m.indicators.some((ind) => ind.code === p));
    out.push({
      code: need.code,
      zh: need.zh,
      en: need.en,
      category: need.category,
      form: need.form,
      urgency: urgent ? 'EMERGENCY' : 'ORDINARY',
      indicators,
      conditions: parts.filter((p) => !indicators.includes(p)),
      factsToAsk: [...new Set(parts.flatMap(factsOf))],
    });
  }
  return out;
}
