// The explanation an adviser reads: each dimension's share of S, the top indicator drivers as
// sentences, and which unknown facts could change the level once they are known.
import type { CompiledModel, TemplatePart } from '../model/compiled';
import {
  HARDSHIP_LEVELS,
  type DimensionResult,
  type DriverSentence,
  type Explanation,
  type LevelSensitivity,
} from '../types';
import { levelFor } from './aggregate';
import type { OpenFacts } from './needs';

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
 * How far the unknown facts could move the level. Levels only rise with scores (red flags may only
 * name an indicator's highest score, a validation rule) and with conditions that hold, so the levels
 * with every undecided indicator at its lowest and at its highest allowed score (and every undecided
 * condition false, then true) bracket every answer. When they differ, each undecided indicator is
 * tried alone at its highest: those that move the level by themselves are decisive.
 */
function sensitivity(
  m: CompiledModel,
  o: OpenFacts,
  undecided: readonly number[],
  inCircle: boolean,
  factsOf: (indicator: string) => readonly string[],
): LevelSensitivity {
  const best = o.levelLow;
  const worst = o.levelHigh;
  if (best === worst)
    return {
      levelIfMissingBest: HARDSHIP_LEVELS[best],
      levelIfMissingWorst: HARDSHIP_LEVELS[best],
      couldChangeLevel: false,
      decisive: [],
    };
  const { trial, trialDims } = m.scratch;
  const decisive = undecided
    .filter((i) => {
      trial.set(o.low);
      trial[i] = o.high[i];
      return levelFor(m, trial, o.certain, inCircle, trialDims) !== best;
    })
    .map((i) => ({ indicator: m.indicators[i].code, facts: [...factsOf(m.indicators[i].code)] }));
  return {
    levelIfMissingBest: HARDSHIP_LEVELS[best],
    levelIfMissingWorst: HARDSHIP_LEVELS[worst],
    couldChangeLevel: true,
    decisive,
  };
}

function byContribution(a: { contribution: number }, b: { contribution: number }): number {
  return b.contribution - a.contribution;
}

export function explain(
  m: CompiledModel,
  values: Float64Array,
  o: OpenFacts,
  undecided: readonly number[],
  dimensions: DimensionResult[],
  inCircle: boolean,
  factsOf: (indicator: string) => readonly string[],
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
    drivers: drivers(m, o.low, values),
    levelSensitivity: sensitivity(m, o, undecided, inCircle, factsOf),
  };
}
