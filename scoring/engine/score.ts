// scoreHousehold: household facts + a compiled model → the hardship profile. Pure and
// deterministic. The hot part runs on the model's typed arrays and reusable scratch buffers, so a
// call allocates little beyond the profile it returns.
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
import { deriveNeeds } from './needs';

const NONE: readonly string[] = Object.freeze([]);

export function scoreHousehold(facts: HouseholdFacts, model: ScoringModel, options?: ScoreOptions): HardshipProfile {
  const m = compiledOf(model);
  const ctx = buildContext(facts);
  const { scores, values, predicates, dims, redFlagAlternative } = m.scratch;
  const count = m.indicators.length;

  // 1. Indicators: value by fact function, score by bands. Missing stays missing (never 0).
  const indicators: IndicatorResult[] = [];
  let missingIndicators: string[] | null = null;
  for (let i = 0; i < count; i++) {
    const ind = m.indicators[i];
    const v = ind.fact.compute(facts, ctx);
    if (v === null) {
      scores[i] = MISSING;
      values[i] = NaN;
      (missingIndicators ??= []).push(ind.code);
      indicators.push({ code: ind.code, dimension: ind.dimension, value: null, score: null, missing: true, notApplicable: false });
    } else if (v === NOT_APPLICABLE) {
      scores[i] = 0;
      values[i] = NaN;
      indicators.push({ code: ind.code, dimension: ind.dimension, value: null, score: 0, missing: false, notApplicable: true });
    } else {
      const s = bandScore(ind, v);
      scores[i] = s;
      values[i] = v;
      indicators.push({ code: ind.code, dimension: ind.dimension, value: v, score: s, missing: false, notApplicable: false });
    }
  }
  for (let p = 0; p < predicates.length; p++) predicates[p] = m.predicates[p].test(facts, ctx) ? 1 : 0;

  // 2. Dimensions, composite S, k (INDICATOR-MODEL.md §3).
  const { composite, k, presentWeight } = aggregate(m, scores, dims);
  const dimensions: DimensionResult[] = [];
  let missingDimensions: string[] | null = null;
  for (let d = 0; d < dims.length; d++) {
    const present = !Number.isNaN(dims[d]);
    const effectiveWeight = present ? m.weights[d] / presentWeight : 0;
    let missingHere: string[] | null = null;
    if (missingIndicators !== null) {
      const members = m.dimIndicators[d];
      for (let j = 0; j < members.length; j++) if (scores[members[j]] === MISSING) (missingHere ??= []).push(m.indicators[members[j]].code);
    }
    if (!present) (missingDimensions ??= []).push(m.dimensions[d].code);
    dimensions.push({
      code: m.dimensions[d].code, score: present ? dims[d] : null, weight: m.weights[d], effectiveWeight,
      contribution: present ? effectiveWeight * dims[d] * m.compositeScale : 0,
      deprived: present && dims[d] >= m.deprivedCut - 1e-9, missingIndicators: missingHere ?? NONE,
    });
  }
  const rankingComposites: HardshipProfile['rankingComposites'] = [];
  for (const profile of m.rankingProfiles) {
    if (predicates[profile.predicate] === 1) {
      rankingComposites.push({ profile: profile.name, composite: aggregate(m, scores, m.scratch.trialDims, profile.weights).composite });
    }
  }

  // 3. Red flags (§7), circles (POLICY.md §2), level (§6, first match wins), cadence.
  let firedMask = 0;
  const redFlags: RedFlagResult[] = [];
  for (let r = 0; r < m.redFlags.length; r++) {
    const flag = m.redFlags[r];
    const a = firstHolding(flag.when, scores, predicates, -1, -1, 0);
    redFlagAlternative[r] = a;
    if (a < 0) continue;
    firedMask |= 1 << r;
    const cited: string[] = [];
    for (let j = flag.when.altStart[a]; j < flag.when.altStart[a + 1]; j++) {
      if (flag.when.kind[j] <= AtomKind.ScoreEquals) cited.push(m.indicators[flag.when.index[j]].code);
    }
    redFlags.push({ code: flag.code, zh: flag.zh, en: flag.en, indicators: cited });
  }
  const circle = evaluateCircles(m, facts, ctx);
  const inCircle = circle.primary !== null;
  const rule = m.levelRules[levelRuleIndex(m, composite, k, firedMask !== 0, inCircle)];
  const cadence = m.cadence[rule.levelIndex];

  // 4. Needs, and the explanation (which also reads the scratch buffers, so it runs here).
  const needs = deriveNeeds(m, scores, predicates, rule.levelIndex, k, firedMask, redFlagAlternative);
  const explanation = options?.explain === false ? null : explain(m, dimensions, inCircle, rule.levelIndex);
  const missing = missingIndicators ?? NONE;

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
      computed: count - missing.length,
      total: count,
      share: count === 0 ? 0 : (count - missing.length) / count,
      missingIndicators: missing,
      missingDimensions: missingDimensions ?? NONE,
      weightsRenormalised: missingDimensions !== null,
    },
    explanation,
  };
}
