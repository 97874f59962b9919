// scoreHousehold: household facts + a compiled model → the hardship profile. Pure and
// deterministic. The hot part runs on the model's typed arrays and scratch buffers and keeps its
// results as plain number arrays; the profile builds its object views from them on first read.
import { addMonthsPacked, unpackIsoDate } from '../dates';
import type { HouseholdFacts } from '../facts';
import { buildContext } from '../household/context';
import { NOT_APPLICABLE } from '../indicators/fact-function';
import { compiledOf, type ScoringModel } from '../model/load';
import type { HardshipProfile, RedFlagResult, ScoreOptions } from '../types';
import { MISSING, aggregate, bandScore, firstHolding, levelRuleIndex } from './aggregate';
import { evaluateCircles } from './circles';
import { NOT_APPLICABLE_CODE, ScoredProfile } from './profile';

export function scoreHousehold(facts: HouseholdFacts, model: ScoringModel, options?: ScoreOptions): HardshipProfile {
  const m = compiledOf(model);
  const ctx = buildContext(facts);
  const { scores, predicates, dims } = m.scratch;
  const count = m.indicators.length;

  // 1. Indicators: value by fact function, score by bands. Missing stays missing (never 0).
  const scoreCodes: number[] = new Array(count);
  const values: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const ind = m.indicators[i];
    const v = ind.fact.compute(facts, ctx);
    if (v === NOT_APPLICABLE) {
      scores[i] = 0;
      scoreCodes[i] = NOT_APPLICABLE_CODE;
      values[i] = NaN;
    } else if (v === null || Number.isNaN(v)) {
      scores[i] = MISSING;
      scoreCodes[i] = MISSING;
      values[i] = NaN;
    } else {
      const s = bandScore(ind, v);
      scores[i] = s;
      scoreCodes[i] = s;
      values[i] = v;
    }
  }
  let predicateMask = 0;
  for (let p = 0; p < predicates.length; p++) {
    const holds = m.predicates[p].test(facts, ctx);
    predicates[p] = holds ? 1 : 0;
    if (holds) predicateMask |= 1 << p;
  }

  // 2. Dimensions, composite S, k (INDICATOR-MODEL.md §3).
  const { composite, k } = aggregate(m, scores, dims);
  const dimensionScores: number[] = new Array(dims.length);
  for (let d = 0; d < dims.length; d++) dimensionScores[d] = dims[d];

  // 3. Red flags (§7), circles (POLICY.md §2), level (§6, first match wins), cadence.
  let firedMask = 0;
  const redFlags: RedFlagResult[] = [];
  for (let r = 0; r < m.redFlags.length; r++) {
    const flag = m.redFlags[r];
    const a = firstHolding(flag.when, scores, predicates, -1, -1, 0);
    if (a < 0) continue;
    firedMask |= 1 << r;
    redFlags.push({ code: flag.code, zh: flag.zh, en: flag.en, indicators: flag.when.altIndicators[a] });
  }
  const circle = evaluateCircles(m, facts, ctx);
  const inCircle = circle.primary !== null;
  const rule = m.levelRules[levelRuleIndex(m, composite, k, firedMask !== 0, inCircle)];
  const cadence = m.cadence[rule.levelIndex];

  return new ScoredProfile({
    model: m,
    asOf: facts.asOf,
    composite,
    k,
    redFlags,
    levelIndex: rule.levelIndex,
    levelRule: { id: rule.id, zh: rule.zh, en: rule.en },
    circle,
    cadence: { visit: cadence.visit, reassessMonths: cadence.reassessMonths, nextReassessment: unpackIsoDate(addMonthsPacked(ctx.asOf, cadence.reassessMonths)) },
    scoreCodes,
    values,
    dimensionScores,
    predicateMask,
    firedMask,
    inCircle,
    explain: options?.explain !== false,
  });
}

