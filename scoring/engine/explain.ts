// The explanation an adviser reads: each dimension's share of S, the top indicator drivers as
// sentences, and which missing facts could change the level if they were known.
import type { CompiledModel, Template, TemplatePart } from '../model/compiled';
import { HARDSHIP_LEVELS, type DimensionResult, type DriverSentence, type Explanation, type LevelSensitivity } from '../types';
import { MISSING, levelFor } from './aggregate';

/** Up to two decimals, trailing zeros dropped: 0.62, 1.5, 12. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  return String(Math.round(v * 100) / 100);
}

function render(parts: TemplatePart[], value: number | null, anchor: string): string {
  let out = '';
  for (const p of parts) {
    if (p === 'VALUE') out += value === null ? '' : formatValue(value);
    else if (p === 'PERCENT') out += value === null ? '' : `${Math.round(value * 100)}%`;
    else if (p === 'ANCHOR') out += anchor;
    else out += p;
  }
  return out;
}

function drivers(m: CompiledModel, scores: Int8Array, values: Array<number | null>): DriverSentence[] {
  // Rank by what the indicator can carry into S: dimension weight × score; ties keep model order.
  const ranked: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] > 0 && scores[i] >= m.minDriverScore) ranked.push(i);
  const weight = (i: number) => m.weights[m.indicators[i].dimIndex] * scores[i];
  ranked.sort((a, b) => weight(b) - weight(a) || a - b);
  return ranked.slice(0, m.maxDrivers).map((i) => {
    const ind = m.indicators[i];
    const value = values[i];
    const anchor = ind.anchors[scores[i]]!;
    const t: Template = value === Infinity && ind.driverWhenInfinite !== null ? ind.driverWhenInfinite : ind.driver;
    return { indicator: ind.code, score: scores[i], zh: render(t.zh, value, anchor.zh), en: render(t.en, value, anchor.en) };
  });
}

/**
 * Which missing indicators could change the level. Levels only rise with scores (red flags may only
 * name an indicator's highest score, a validation rule), and a score of 0 never raises S or k while
 * a 4 never lowers them. So the levels with every missing indicator at 0 and at 4 bracket every
 * partial answer: when they agree nothing missing matters; when they differ, each missing indicator
 * is tried alone across the scores it can really take.
 */
function sensitivity(m: CompiledModel, scores: Int8Array, predicates: Uint8Array, inCircle: boolean, levelIndex: number): LevelSensitivity {
  const missing: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] === MISSING) missing.push(i);
  const level = HARDSHIP_LEVELS[levelIndex];
  if (missing.length === 0) return { levelIfMissingBest: level, levelIfMissingWorst: level, couldChangeLevel: false, decisive: [] };
  const trial = Int8Array.from(scores);
  const dims = new Float64Array(m.dimensions.length);
  const levelWith = (indices: readonly number[], score: (i: number) => number): number => {
    trial.set(scores);
    for (const i of indices) trial[i] = score(i);
    return levelFor(m, trial, predicates, inCircle, dims);
  };
  const best = levelWith(missing, () => 0);
  const worst = levelWith(missing, () => m.scaleMax);
  const decisive = best === worst ? [] : missing
    .filter((i) => levelWith([i], (j) => m.indicators[j].minScore) !== levelWith([i], (j) => m.indicators[j].maxScore))
    .map((i) => ({ indicator: m.indicators[i].code, facts: [...m.indicators[i].fact.reads] }));
  // Level indices run from HIGH (0) down to WATCH, so the "best" case has the larger index.
  return { levelIfMissingBest: HARDSHIP_LEVELS[best], levelIfMissingWorst: HARDSHIP_LEVELS[worst], couldChangeLevel: best !== worst, decisive };
}

export function explain(
  m: CompiledModel, scores: Int8Array, values: Array<number | null>, dimensions: DimensionResult[],
  predicates: Uint8Array, inCircle: boolean, levelIndex: number,
): Explanation {
  const contributions = dimensions
    .map((d, i) => ({ dimension: d.code, zh: m.dimensions[i].zh, en: m.dimensions[i].en, contribution: d.contribution }))
    .sort((a, b) => b.contribution - a.contribution);
  return {
    contributions,
    drivers: drivers(m, scores, values),
    levelSensitivity: sensitivity(m, scores, predicates, inCircle, levelIndex),
  };
}
