// The explanation an adviser reads: each dimension's share of S, the top indicator drivers as
// sentences, and which missing facts could change the level if they were known.
import type { CompiledModel, TemplatePart } from '../model/compiled';
import {
  HARDSHIP_LEVELS,
  type DimensionResult,
  type DriverSentence,
  type Explanation,
  type LevelSensitivity,
} from '../types';
import { MISSING, levelFor } from './aggregate';

/** Up to two decimals, trailing zeros dropped: 0.62, 1.5, 12. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  return String(Math.round(v * 100) / 100);
}

function render(parts: TemplatePart[], value: number, anchor: string): string {
  let out = '';
  for (const p of parts) {
    if (p === 'VALUE') out += Number.isNaN(value) ? '' : formatValue(value);
    else if (p === 'PERCENT')
      out += Number.isNaN(value) ? '' : value === Infinity ? '∞' : `${Math.round(value * 100)}%`;
    else if (p === 'ANCHOR') out += anchor;
    else out += p;
  }
  return out;
}

/** Top drivers: the highest dimension-weight × score among scores ≥ minDriverScore; ties keep model order. */
function drivers(m: CompiledModel, scores: Int8Array, values: Float64Array): DriverSentence[] {
  const top: number[] = [];
  const weightOf = (i: number): number => m.weights[m.indicators[i].dimIndex] * scores[i];
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] <= 0 || scores[i] < m.minDriverScore) continue;
    const w = weightOf(i);
    let at = top.length;
    while (at > 0 && weightOf(top[at - 1]) < w) at--;
    if (at < m.maxDrivers) {
      top.splice(at, 0, i);
      if (top.length > m.maxDrivers) top.pop();
    }
  }
  return top.map((i) => {
    const ind = m.indicators[i];
    const anchor = ind.anchors[scores[i]]!;
    const t = values[i] === Infinity && ind.driverWhenInfinite !== null ? ind.driverWhenInfinite : ind.driver;
    return {
      indicator: ind.code,
      score: scores[i],
      zh: render(t.zh, values[i], anchor.zh),
      en: render(t.en, values[i], anchor.en),
    };
  });
}

/**
 * Which missing indicators could change the level. Levels only rise with scores (red flags may only
 * name an indicator's highest score, a validation rule), and a score of 0 never raises S or k while
 * a 4 never lowers them. So the levels with every missing indicator at 0 and at 4 bracket every
 * partial answer: when they agree nothing missing matters; when they differ, each missing indicator
 * is tried alone across the scores it can really take.
 */
function sensitivity(
  m: CompiledModel,
  scores: Int8Array,
  predicates: Uint8Array,
  inCircle: boolean,
  levelIndex: number,
): LevelSensitivity {
  const { trial, trialDims } = m.scratch;
  const level = HARDSHIP_LEVELS[levelIndex];
  const missing: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] === MISSING) missing.push(i);
  if (missing.length === 0)
    return { levelIfMissingBest: level, levelIfMissingWorst: level, couldChangeLevel: false, decisive: [] };
  const levelWith = (only: number, best: boolean): number => {
    trial.set(scores);
    for (const i of missing) {
      if (only >= 0 && i !== only) continue;
      const ind = m.indicators[i];
      trial[i] = only < 0 ? (best ? 0 : m.scaleMax) : best ? ind.minScore : ind.maxScore;
    }
    return levelFor(m, trial, predicates, inCircle, trialDims);
  };
  const best = levelWith(-1, true);
  const worst = levelWith(-1, false);
  const decisive =
    best === worst
      ? []
      : missing
          .filter((i) => levelWith(i, true) !== levelWith(i, false))
          .map((i) => ({ indicator: m.indicators[i].code, facts: [...m.indicators[i].fact.reads] }));
  return {
    levelIfMissingBest: HARDSHIP_LEVELS[best],
    levelIfMissingWorst: HARDSHIP_LEVELS[worst],
    couldChangeLevel: best !== worst,
    decisive,
  };
}

function byContribution(a: { contribution: number }, b: { contribution: number }): number {
  return b.contribution - a.contribution;
}

export function explain(
  m: CompiledModel,
  scores: Int8Array,
  values: Float64Array,
  predicates: Uint8Array,
  dimensions: DimensionResult[],
  inCircle: boolean,
  levelIndex: number,
): Explanation {
  const contributions = dimensions
    .map((d, i) => ({
      dimension: d.code,
      zh: m.dimensions[i].zh,
      en: m.dimensions[i].en,
      contribution: d.contribution,
    }))
    .sort(byContribution);
  return {
    contributions,
    drivers: drivers(m, scores, values),
    levelSensitivity: sensitivity(m, scores, predicates, inCircle, levelIndex),
  };
}
