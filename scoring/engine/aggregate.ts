// The arithmetic of INDICATOR-MODEL.md §3 on compiled arrays: band lookup, dimension scores,
// composite S, deprived-dimension count k, red flags and the level rule. Shared by scoring and by
// the "what if a missing indicator were known" analysis.
import type { Atom, CompiledIndicator, CompiledModel, CompiledWhen } from '../model/compiled';
import { AtomKind } from '../model/compiled';

/** A score marking a missing indicator in an Int8Array of scores. */
export const MISSING = -1;
/** Tolerance for d ≥ cut: (0.6·2 + 0.4·2)/4 must count as 0.5 whatever the rounding. */
const EPSILON = 1e-9;

export function bandScore(ind: CompiledIndicator, value: number): number {
  const { uppers, upperIncluded, scores } = ind;
  const last = scores.length - 1;
  for (let b = 0; b < last; b++) {
    if (value < uppers[b] || (value === uppers[b] && upperIncluded[b] === 1)) return scores[b];
  }
  return scores[last];
}

export interface Aggregate {
  /** S rounded to the model's decimals; 0 when no dimension is present. */
  composite: number;
  k: number;
  /** Sum of level-profile weights over present dimensions (1 when none is missing). */
  presentWeight: number;
}

/** Fills `dims` with d per dimension (NaN when all its indicators are missing) and returns S and k. */
export function aggregate(m: CompiledModel, scores: Int8Array, dims: Float64Array, weights: Float64Array = m.weights): Aggregate {
  let presentWeight = 0;
  let weighted = 0;
  let k = 0;
  for (let d = 0; d < dims.length; d++) {
    const members = m.dimIndicators[d];
    let max = MISSING;
    let sum = 0;
    let count = 0;
    for (let j = 0; j < members.length; j++) {
      const s = scores[members[j]];
      if (s === MISSING) continue;
      count++;
      sum += s;
      if (s > max) max = s;
    }
    if (count === 0) { dims[d] = NaN; continue; }
    const score = (m.maxWeight * max + (m.meanWeight * sum) / count) / m.scaleMax;
    dims[d] = score;
    presentWeight += weights[d];
    weighted += weights[d] * score;
    if (score >= m.deprivedCut - EPSILON) k++;
  }
  const raw = presentWeight > 0 ? (m.compositeScale * weighted) / presentWeight : 0;
  return { composite: Math.round(raw * m.compositeRounding) / m.compositeRounding, k, presentWeight };
}

/** Level and deprivation facts the need conditions can refer to. */
export interface RuleState { levelIndex: number; k: number }

function atomHolds(a: Atom, scores: Int8Array, predicates: Uint8Array, state: RuleState | null): boolean {
  switch (a.kind) {
    case AtomKind.ScoreAtLeast: return scores[a.index] >= a.value; // MISSING (-1) never reaches a score
    case AtomKind.ScoreEquals: return scores[a.index] === a.value;
    case AtomKind.Predicate: return predicates[a.index] === 1;
    case AtomKind.Level: return state !== null && state.levelIndex === a.index;
    case AtomKind.DeprivedAtLeast: return state !== null && state.k >= a.value;
  }
}

/** Index of the first alternative of `when` whose atoms all hold, or -1. */
export function firstHolding(when: CompiledWhen, scores: Int8Array, predicates: Uint8Array, state: RuleState | null, from = 0): number {
  for (let a = from; a < when.length; a++) {
    const atoms = when[a];
    let all = true;
    for (let j = 0; j < atoms.length && all; j++) all = atomHolds(atoms[j], scores, predicates, state);
    if (all) return a;
  }
  return -1;
}

export function anyRedFlag(m: CompiledModel, scores: Int8Array, predicates: Uint8Array): boolean {
  for (const flag of m.redFlags) if (firstHolding(flag.when, scores, predicates, null) >= 0) return true;
  return false;
}

/** Index into m.levelRules of the first rule that matches (the last rule always does). */
export function levelRuleIndex(m: CompiledModel, composite: number, k: number, redFlag: boolean, inCircle: boolean): number {
  const rules = m.levelRules;
  for (let r = 0; r < rules.length - 1; r++) {
    const rule = rules[r];
    switch (rule.kind) {
      case 'anyRedFlag': if (redFlag) return r; break;
      case 'compositeAtLeast': if (composite >= rule.threshold) return r; break;
      case 'deprivedDimensionsAtLeast': if (k >= rule.threshold) return r; break;
      case 'inAnyCircle': if (inCircle) return r; break;
      case 'always': return r;
    }
  }
  return rules.length - 1;
}

/** Level index (into HARDSHIP_LEVELS) for a full set of scores: used for what-if evaluations. */
export function levelFor(m: CompiledModel, scores: Int8Array, predicates: Uint8Array, inCircle: boolean, dims: Float64Array): number {
  const { composite, k } = aggregate(m, scores, dims);
  return m.levelRules[levelRuleIndex(m, composite, k, anyRedFlag(m, scores, predicates), inCircle)].levelIndex;
}
