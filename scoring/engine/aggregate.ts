// The arithmetic of INDICATOR-MODEL.md §3 on compiled arrays: band lookup, dimension scores,
// composite S, deprived-dimension count k, red flags and the level rule. Shared by scoring (the
// highest scores the facts allow, ranking profiles) and by the level-sensitivity analysis. Every
// indicator has a score here (known, or a bound): nothing is excluded, no weight renormalised.
import type { CompiledIndicator, CompiledModel, CompiledWhen } from '../model/compiled';
import { AtomKind } from '../model/compiled';

/** Tolerance for d ≥ cut: (0.6·2 + 0.4·2)/4 must count as 0.5 whatever the rounding. */
export const DEPRIVED_EPSILON = 1e-9;

export function bandScore(ind: CompiledIndicator, value: number): number {
  const { uppers, upperIncluded, scores } = ind;
  const last = scores.length - 1;
  for (let b = 0; b < last; b++) {
    if (value < uppers[b] || (value === uppers[b] && upperIncluded[b] === 1)) return scores[b];
  }
  return scores[last];
}

/** d ≥ the deprivation cut, with the tolerance above. */
export function isDeprived(m: CompiledModel, d: number): boolean {
  return d >= m.deprivedCut - DEPRIVED_EPSILON;
}

export interface Aggregate {
  /** S rounded to the model's decimals. */
  composite: number;
  k: number;
}

/** Fills `dims` with d per dimension and returns S and k (the kernel's arithmetic, operation for operation). */
export function aggregate(
  m: CompiledModel,
  scores: Int8Array,
  dims: Float64Array,
  weights: Float64Array = m.weights,
): Aggregate {
  let present = 0;
  let weighted = 0;
  let k = 0;
  for (let d = 0; d < dims.length; d++) {
    const members = m.dimIndicators[d];
    let max = -1;
    let sum = 0;
    for (let j = 0; j < members.length; j++) {
      const s = scores[members[j]];
      sum += s;
      if (s > max) max = s;
    }
    const score = (m.maxWeight * max + (m.meanWeight * sum) / members.length) / m.scaleMax;
    dims[d] = score;
    present += weights[d];
    weighted += weights[d] * score;
    if (isDeprived(m, score)) k++;
  }
  const raw = present > 0 ? (m.compositeScale * weighted) / present : 0;
  return { composite: Math.round(raw * m.compositeRounding) / m.compositeRounding, k };
}

// Atom kinds as module constants: the loop below compares small integers only.
const SCORE_AT_LEAST = AtomKind.ScoreAtLeast;
const SCORE_EQUALS = AtomKind.ScoreEquals;
const PREDICATE = AtomKind.Predicate;
const LEVEL = AtomKind.Level;

/**
 * Index of the first alternative of `when`, from `from` on, whose atoms all hold; -1 if none.
 * `levelIndex` and `k` feed need conditions; red flags (evaluated before the level) pass -1.
 */
export function firstHolding(
  w: CompiledWhen,
  scores: Int8Array,
  predicates: Uint8Array,
  levelIndex: number,
  k: number,
  from: number,
): number {
  const { altStart, kind, index, value } = w;
  const alternatives = altStart.length - 1;
  for (let a = from; a < alternatives; a++) {
    let all = true;
    for (let j = altStart[a]; j < altStart[a + 1]; j++) {
      const t = kind[j];
      const holds =
        t === SCORE_AT_LEAST
          ? scores[index[j]] >= value[j] // a missing score (-1) never reaches one
          : t === SCORE_EQUALS
            ? scores[index[j]] === value[j]
            : t === PREDICATE
              ? predicates[index[j]] === 1
              : t === LEVEL
                ? levelIndex === index[j]
                : k >= value[j];
      if (!holds) {
        all = false;
        break;
      }
    }
    if (all) return a;
  }
  return -1;
}

export function anyRedFlag(m: CompiledModel, scores: Int8Array, predicates: Uint8Array): boolean {
  for (let r = 0; r < m.redFlags.length; r++)
    if (firstHolding(m.redFlags[r].when, scores, predicates, -1, -1, 0) >= 0) return true;
  return false;
}

/** Index into m.levelRules of the first rule that matches (the last rule always does). */
export function levelRuleIndex(
  m: CompiledModel,
  composite: number,
  k: number,
  redFlag: boolean,
  inCircle: boolean,
): number {
  const rules = m.levelRules;
  for (let r = 0; r < rules.length - 1; r++) {
    const rule = rules[r];
    switch (rule.kind) {
      case 'anyRedFlag':
        if (redFlag) return r;
        break;
      case 'compositeAtLeast':
        if (composite >= rule.threshold) return r;
        break;
      case 'deprivedDimensionsAtLeast':
        if (k >= rule.threshold) return r;
        break;
      case 'inAnyCircle':
        if (inCircle) return r;
        break;
      case 'always':
        return r;
    }
  }
  return rules.length - 1;
}

/** Level index (into HARDSHIP_LEVELS) for a full set of scores: used for what-if evaluations. */
export function levelFor(
  m: CompiledModel,
  scores: Int8Array,
  predicates: Uint8Array,
  inCircle: boolean,
  dims: Float64Array,
): number {
  const { composite, k } = aggregate(m, scores, dims);
  return m.levelRules[levelRuleIndex(m, composite, k, anyRedFlag(m, scores, predicates), inCircle)].levelIndex;
}
