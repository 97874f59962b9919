// scoreHousehold: household facts + a compiled model → the hardship profile. Pure and
// deterministic. The hot part is the model's generated kernel (kernel.ts), which leaves S, k, the
// predicates and red flags, and the indicator results as one plain number array; the profile builds
// its object views from that array on first read.
import { addMonthsPacked, unpackIsoDate } from '../dates';
import type { HouseholdFacts } from '../facts';
import { sharedContext } from '../household/context';
import type { Cadence, CompiledModel } from '../model/compiled';
import { compiledOf, type ScoringModel } from '../model/load';
import type { HardshipProfile, RedFlagResult, ScoreOptions } from '../types';
import { levelRuleIndex } from './aggregate';
import { copyUnknowns } from './bounds';
import { evaluateCircles } from './circles';
import { ScoredProfile } from './profile';

export function scoreHousehold(facts: HouseholdFacts, model: ScoringModel, options?: ScoreOptions): HardshipProfile {
  const m = compiledOf(model);
  const ctx = sharedContext(facts);

  // 1–2. Indicators, predicates, dimensions, composite S, k and red flags (INDICATOR-MODEL.md §3, §7),
  // as the known facts establish them; the ranges of undecided indicators wait in m.scratch.bounded.
  const out = m.scratch.kernelOutput;
  const results = m.kernel(facts, ctx, out);

  // 3. Red flags as results, circles (POLICY.md §2), level (§6, first match wins), cadence.
  const firedMask = out.firedMask;
  const redFlags: RedFlagResult[] = [];
  for (let r = 0; firedMask !== 0 && r < m.redFlags.length; r++) {
    if ((firedMask & (1 << r)) === 0) continue;
    const flag = m.redFlags[r];
    redFlags.push({
      code: flag.code,
      zh: flag.zh,
      en: flag.en,
      indicators: flag.when.altIndicators[m.scratch.redFlagAlternative[r]],
    });
  }
  const circle = evaluateCircles(m, facts, ctx);
  const rule = m.levelRules[levelRuleIndex(m, out.composite, out.k, firedMask !== 0, circle.primary !== null)];
  const cadence = cadenceFor(m, ctx.asOf, rule.levelIndex);

  return new ScoredProfile(m, facts, results, out, {
    redFlags,
    rule,
    circle,
    cadence,
    explain: options?.explain !== false,
    unknowns: out.bounded === 0 ? null : copyUnknowns(m.scratch.bounded),
  });
}

/** The level's cadence on asOf (packed), from the model's memo of the last asOf seen. */
function cadenceFor(m: CompiledModel, asOf: number, levelIndex: number): Cadence {
  const memo = m.scratch.cadence;
  if (memo.asOf !== asOf) {
    memo.byLevel = m.cadence.map(({ visit, reassessMonths }) =>
      Object.freeze({
        visit,
        reassessMonths,
        nextReassessment: unpackIsoDate(addMonthsPacked(asOf, reassessMonths)),
      }),
    );
    memo.asOf = asOf;
  }
  return memo.byLevel[levelIndex];
}
