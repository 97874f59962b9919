// scoreHousehold: household facts + a compiled model → the hardship profile. Pure and
// deterministic; the hot part works on typed arrays built by loadModel.
import { addMonthsPacked, unpackIsoDate } from '../dates';
import type { HouseholdFacts } from '../facts';
import { buildContext } from '../household/context';
import { NOT_APPLICABLE } from '../indicators/fact-function';
import { AtomKind } from '../model/compiled';
import { compiledOf, type ScoringModel } from '../model/load';
import {
  HARDSHIP_LEVELS, type DimensionResult, type HardshipProfile, type IndicatorResult, type RedFlagResult, type ScoreOptions,
} from '../types';
import { MISSING, aggregate, bandScore, firstHolding, levelRuleIndex } from './aggregate';
import { evaluateCircles } from './circles';
import { explain } from './explain';
import { deriveNeeds, type FiredRedFlag } from './needs';

export function scoreHousehold(facts: HouseholdFacts, model: ScoringModel, options?: ScoreOptions): HardshipProfile {
  const m = compiledOf(model);
  const ctx = buildContext(facts);
  const count = m.indicators.length;

  // 1. Indicators: value by fact function, score by bands. Missing stays missing (never 0).
  const scores = new Int8Array(count);
  const values: Array<number | null> = new Array(count);
  const indicators: IndicatorResult[] = new Array(count);
  const missingIndicators: string[] = [];
  for (let i = 0; i < count; i++) {
    const ind = m.indicators[i];
    const v = ind.fact.compute(facts, ctx);
    if (v === null) {
      scores[i] = MISSING;
      values[i] = null;
      missingIndicators.push(ind.code);
      indicators[i] = { code: ind.code, dimension: ind.dimension, value: null, score: null, missing: true, notApplicable: false };
    } else if (v === NOT_APPLICABLE) {
      values[i] = null;
      indicators[i] = { code: ind.code, dimension: ind.dimension, value: null, score: 0, missing: false, notApplicable: true };
    } else {
      const s = bandScore(ind, v);
      scores[i] = s;
      values[i] = v;
      indicators[i] = { code: ind.code, dimension: ind.dimension, value: v, score: s, missing: false, notApplicable: false };
    }
  }
  const predicates = new Uint8Array(m.predicates.length);
  for (let p = 0; p < predicates.length; p++) predicates[p] = m.predicates[p].test(facts, ctx) ? 1 : 0;

  // 2. Dimensions, composite, k (INDICATOR-MODEL.md §3).
  const dims = new Float64Array(m.dimensions.length);
  const { composite, k, presentWeight } = aggregate(m, scores, dims);
  const dimensions: DimensionResult[] = new Array(dims.length);
  const missingDimensions: string[] = [];
  for (let d = 0; d < dims.length; d++) {
    const present = !Number.isNaN(dims[d]);
    const effectiveWeight = present ? m.weights[d] / presentWeight : 0;
    const missingHere: string[] = [];
    for (const i of m.dimIndicators[d]) if (scores[i] === MISSING) missingHere.push(m.indicators[i].code);
    if (!present) missingDimensions.push(m.dimensions[d].code);
    dimensions[d] = {
      code: m.dimensions[d].code, score: present ? dims[d] : null, weight: m.weights[d], effectiveWeight,
      contribution: present ? effectiveWeight * dims[d] * m.compositeScale : 0,
      deprived: present && dims[d] >= m.deprivedCut - 1e-9, missingIndicators: missingHere,
    };
  }
  const rankingComposites: HardshipProfile['rankingComposites'] = [];
  for (const profile of m.rankingProfiles) {
    if (predicates[profile.predicate] === 1) rankingComposites.push({ profile: profile.name, composite: aggregate(m, scores, dims, profile.weights).composite });
  }

  // 3. Red flags (§7), circles (POLICY.md §2), level (§6, first match wins), cadence.
  const fired: FiredRedFlag[] = [];
  const redFlags: RedFlagResult[] = [];
  for (let r = 0; r < m.redFlags.length; r++) {
    const flag = m.redFlags[r];
    const alternative = firstHolding(flag.when, scores, predicates, null);
    if (alternative < 0) continue;
    fired.push({ flag: r, alternative });
    const cited: string[] = [];
    for (const atom of flag.when[alternative]) if (atom.kind === AtomKind.ScoreAtLeast || atom.kind === AtomKind.ScoreEquals) cited.push(m.indicators[atom.index].code);
    redFlags.push({ code: flag.code, zh: flag.zh, en: flag.en, indicators: cited });
  }
  const circle = evaluateCircles(m, facts, ctx);
  const rule = m.levelRules[levelRuleIndex(m, composite, k, fired.length > 0, circle.primary !== null)];
  const cadence = m.cadence[rule.levelIndex];

  // 4. Needs and the explanation.
  const needs = deriveNeeds(m, scores, predicates, { levelIndex: rule.levelIndex, k }, fired);
  const explanation = options?.explain === false
    ? null
    : explain(m, scores, values, dimensions, predicates, circle.primary !== null, rule.levelIndex);

  return {
    modelId: m.id,
    asOf: facts.asOf,
    indicators,
    dimensions,
    composite,
    rankingComposites,
    deprivedDimensionCount: k,
    redFlags,
    level: HARDSHIP_LEVELS[rule.levelIndex],
    levelRule: { id: rule.id, zh: rule.zh, en: rule.en },
    circle,
    cadence: { visit: cadence.visit, reassessMonths: cadence.reassessMonths, nextReassessment: unpackIsoDate(addMonthsPacked(ctx.asOf, cadence.reassessMonths)) },
    needs,
    completeness: {
      computed: count - missingIndicators.length,
      total: count,
      share: count === 0 ? 0 : (count - missingIndicators.length) / count,
      missingIndicators,
      missingDimensions,
      weightsRenormalised: missingDimensions.length > 0,
    },
    explanation,
  };
}
