// The profile scoreHousehold returns. The hot path leaves S, k, the level, red flags, the circle
// and the cadence ready, and the indicator results as one plain number array; the object views
// (indicators, dimensions, completeness, needs, explanation) are built on first read
// and kept. They are ordinary parts of the profile: property reads and JSON.stringify (toJSON) see
// them like any other field. A batch that only wants levels never pays for sentences.
import type { Cadence, CompiledLevelRule, CompiledModel } from '../model/compiled';
import type { HouseholdFacts } from '../facts';
import { buildContext, type HouseholdContext } from '../household/context';
import type {
  Bilingual,
  CircleResult,
  Completeness,
  DimensionResult,
  Explanation,
  HardshipLevel,
  HardshipProfile,
  IndicatorResult,
  NeedResult,
  PossibleNeedResult,
  ProfileRange,
  RedFlagResult,
} from '../types';
import { HARDSHIP_LEVELS } from '../types';
import { aggregate, firstHolding, isDeprived, levelRuleIndex } from './aggregate';
import { UNKNOWN_STRIDE, type Unknowns } from './bounds';
import { explain } from './explain';
import type { KernelOutput } from './kernel';
import { deriveNeeds, possibleNeeds, type OpenFacts } from './needs';
import { unknownFacts } from './unknown-facts';

const NONE: readonly string[] = Object.freeze([]);

/** What the kernel and the rest of scoreHousehold decided, handed to the profile in one piece. */
export interface ScoredParts {
  redFlags: RedFlagResult[];
  rule: CompiledLevelRule;
  circle: CircleResult;
  cadence: Cadence;
  explain: boolean;
  /** The indicators the facts did not decide, with their ranges; null when they decided all. */
  unknowns: Unknowns | null;
}

export class ScoredProfile implements HardshipProfile {
  readonly modelId: string;
  readonly asOf: string;
  readonly composite: number;
  readonly deprivedDimensionCount: number;
  readonly redFlags: RedFlagResult[];
  readonly level: HardshipLevel;
  readonly levelRule: Bilingual & { id: string };
  readonly circle: CircleResult;
  readonly cadence: Cadence;
  readonly #model: CompiledModel;
  /** The facts scored, for what the unknown facts leave open (read only on the lazy paths). */
  readonly #facts: HouseholdFacts;
  /** The kernel's array: per indicator its value (NaN when undecided or not applicable), then per
   *  indicator its known or lowest allowed score. See Kernel. */
  readonly #results: number[];
  /** Bit p set when household predicate p held; bit r of #firedMask when red flag r fired. */
  readonly #predicateMask: number;
  readonly #firedMask: number;
  readonly #levelIndex: number;
  readonly #explain: boolean;
  readonly #unknowns: Unknowns | null;
  #indicators: IndicatorResult[] | undefined = undefined;
  #dimensions: DimensionResult[] | undefined = undefined;
  #needs: NeedResult[] | undefined = undefined;
  #possibleNeeds: PossibleNeedResult[] | undefined = undefined;
  #explanation: Explanation | null | undefined = undefined;
  #open: (OpenFacts & { compositeHigh: number }) | undefined = undefined;
  #context: HouseholdContext | undefined = undefined;

  /** `kernel` is the model's reused output object: its numbers are copied here. */
  constructor(
    model: CompiledModel,
    facts: HouseholdFacts,
    results: number[],
    kernel: KernelOutput,
    parts: ScoredParts,
  ) {
    this.modelId = model.id;
    this.asOf = facts.asOf;
    this.composite = kernel.composite;
    this.deprivedDimensionCount = kernel.k;
    this.redFlags = parts.redFlags;
    this.level = parts.rule.level;
    this.levelRule = parts.rule.result;
    this.circle = parts.circle;
    this.cadence = parts.cadence;
    this.#model = model;
    this.#facts = facts;
    this.#results = results;
    this.#predicateMask = kernel.predicateMask;
    this.#firedMask = kernel.firedMask;
    this.#levelIndex = parts.rule.levelIndex;
    this.#explain = parts.explain;
    this.#unknowns = parts.unknowns;
  }

  get indicators(): IndicatorResult[] {
    if (this.#indicators !== undefined) return this.#indicators;
    const m = this.#model;
    const results = this.#results;
    const n = m.indicators.length;
    const at = new Map(this.#undecided().map(([i, k]) => [i, k]));
    const u = this.#unknowns!;
    return (this.#indicators = m.indicators.map((ind, i) => {
      const k = at.get(i);
      if (k !== undefined) {
        const [low, high] = [u[k + 1], u[k + 2]];
        const decided = low === high;
        const value = u[k + 3] === u[k + 4] ? u[k + 3] : null;
        return {
          code: ind.code,
          dimension: ind.dimension,
          value,
          score: decided ? low : null,
          missing: !decided,
          notApplicable: false,
          scoreMin: low,
          scoreMax: high,
          factsToAsk: decided ? NONE : unknownFacts(ind.fact.reads, this.#facts, this.#ctx()),
        };
      }
      const value = results[i];
      const score = results[n + i];
      return {
        code: ind.code,
        dimension: ind.dimension,
        value: Number.isNaN(value) ? null : value,
        score,
        missing: false,
        notApplicable: Number.isNaN(value),
        scoreMin: score,
        scoreMax: score,
        factsToAsk: NONE,
      };
    }));
  }

  get dimensions(): DimensionResult[] {
    if (this.#dimensions !== undefined) return this.#dimensions;
    const m = this.#model;
    const o = this.#openFacts();
    const low = this.#dimensionScores(o.low);
    const high = this.#unknowns === null ? low : this.#dimensionScores(o.high);
    let weightSum = 0; // summed in dimension order, as the kernel does (the weights sum to 1 ± 0.001)
    for (let d = 0; d < low.length; d++) weightSum += m.weights[d];
    const indicators = this.indicators;
    return (this.#dimensions = m.dimensions.map((dim, d) => {
      const effectiveWeight = m.weights[d] / weightSum;
      let missing: string[] | null = null;
      for (const i of m.dimIndicators[d]) if (indicators[i].missing) (missing ??= []).push(m.indicators[i].code);
      return {
        code: dim.code,
        score: missing === null ? low[d] : null,
        scoreMin: low[d],
        scoreMax: high[d],
        weight: m.weights[d],
        effectiveWeight,
        contribution: effectiveWeight * low[d] * m.compositeScale,
        deprived: isDeprived(m, low[d]),
        missingIndicators: missing ?? NONE,
        decidedIndicators: m.dimIndicators[d].length - (missing?.length ?? 0),
        totalIndicators: m.dimIndicators[d].length,
      };
    }));
  }

  get rankingComposites(): Array<{ profile: string; composite: number }> {
    const m = this.#model;
    const result: Array<{ profile: string; composite: number }> = [];
    for (const profile of m.rankingProfiles) {
      if (((this.#predicateMask >>> profile.predicate) & 1) === 0) continue;
      this.#restoreScratch();
      result.push({
        profile: profile.name,
        composite: aggregate(m, m.scratch.scores, m.scratch.trialDims, profile.weights).composite,
      });
    }
    return result;
  }

  get completeness(): Completeness {
    const m = this.#model;
    const dimensions = this.dimensions;
    const missingIndicators = this.indicators.filter((ind) => ind.missing).map((ind) => ind.code);
    const total = m.indicators.length;
    return {
      computed: total - missingIndicators.length,
      total,
      share: total === 0 ? 0 : (total - missingIndicators.length) / total,
      missingIndicators,
      missingDimensions: dimensions.filter((d) => d.decidedIndicators === 0).map((d) => d.code),
      weightsRenormalised: false,
      byDimension: dimensions.map((d) => ({
        dimension: d.code,
        decided: d.decidedIndicators,
        total: d.totalIndicators,
        missingIndicators: d.missingIndicators,
      })),
    };
  }

  get needs(): NeedResult[] {
    if (this.#needs === undefined) {
      const m = this.#model;
      const decided = this.#unknowns === null && !m.redFlagsReadOpenPredicates ? true : this.range.levelDecided;
      this.#restoreScratch();
      this.#needs = deriveNeeds(
        m,
        m.scratch.scores,
        m.scratch.predicates,
        decided ? this.#levelIndex : -1, // a level condition holds for certain only when the facts decide the level
        this.deprivedDimensionCount,
        this.#firedMask,
        m.scratch.redFlagAlternative,
      );
    }
    return this.#needs;
  }

  get possibleNeeds(): PossibleNeedResult[] {
    if (this.#possibleNeeds === undefined) {
      const raised = new Set(this.needs.map((n) => n.code));
      this.#possibleNeeds = possibleNeeds(this.#model, this.#openFacts(), raised, (part) => this.#factsOf(part));
    }
    return this.#possibleNeeds;
  }

  get range(): ProfileRange {
    const o = this.#openFacts();
    return {
      compositeMax: o.compositeHigh,
      deprivedDimensionCountMax: o.kHigh,
      levelMax: HARDSHIP_LEVELS[o.levelHigh],
      levelDecided: o.levelHigh === o.levelLow,
    };
  }

  get explanation(): Explanation | null {
    if (this.#explanation === undefined) {
      const m = this.#model;
      const u = this.#unknowns;
      this.#explanation = this.#explain
        ? explain(
            m,
            Float64Array.from(this.#results.slice(0, m.indicators.length)),
            this.#openFacts(),
            this.#undecided()
              .filter(([, k]) => this.#unknowns![k + 1] !== this.#unknowns![k + 2])
              .map(([i]) => i),
            this.dimensions,
            this.circle.primary !== null,
            (code) => this.#factsOf(code),
          )
        : null;
    }
    return this.#explanation;
  }

  /** A plain object with every field, the lazily built ones included. */
  toJSON(): HardshipProfile {
    return {
      modelId: this.modelId,
      asOf: this.asOf,
      indicators: this.indicators,
      dimensions: this.dimensions,
      composite: this.composite,
      rankingComposites: this.rankingComposites,
      deprivedDimensionCount: this.deprivedDimensionCount,
      redFlags: this.redFlags,
      level: this.level,
      levelRule: this.levelRule,
      circle: this.circle,
      cadence: this.cadence,
      needs: this.needs,
      possibleNeeds: this.possibleNeeds,
      range: this.range,
      completeness: this.completeness,
      explanation: this.explanation,
    };
  }

  /** d per dimension from these scores (a fresh copy: the scratch buffer is shared). */
  #dimensionScores(scores: Int8Array): Float64Array {
    const m = this.#model;
    aggregate(m, scores, m.scratch.dims);
    return Float64Array.from(m.scratch.dims);
  }

  /** [indicator, offset into #unknowns] of each indicator that went through the bounds. */
  #undecided(): Array<[number, number]> {
    const u = this.#unknowns;
    const out: Array<[number, number]> = [];
    if (u !== null) for (let k = 0; k < u.length; k += UNKNOWN_STRIDE) out.push([u[k], k]);
    return out;
  }

  /** A context of its own for the facts (the scoring one is shared and refilled by the next call). */
  #ctx(): HouseholdContext {
    return (this.#context ??= buildContext(this.#facts));
  }

  /** The unknown facts behind an undecided indicator, predicate, or level / k condition. */
  #factsOf(part: string): readonly string[] {
    const m = this.#model;
    const indicator = this.indicators.find((ind) => ind.code === part);
    if (indicator) return indicator.factsToAsk;
    const predicate = m.predicates.find((p) => p.name === part);
    if (predicate) return unknownFacts(predicate.reads, this.#facts, this.#ctx());
    return [...new Set(this.indicators.flatMap((ind) => ind.factsToAsk))]; // level=…, k>=…
  }

  /** What the unknown facts leave open: lowest and highest scores, certain and possible conditions, S, k, level. */
  #openFacts(): OpenFacts & { compositeHigh: number } {
    if (this.#open !== undefined) return this.#open;
    const m = this.#model;
    const n = m.indicators.length;
    const low = Int8Array.from(this.#results.slice(n));
    const high = Int8Array.from(low);
    const u = this.#unknowns;
    for (const [i, k] of this.#undecided()) high[i] = u![k + 2];
    const certain = new Uint8Array(m.predicates.length);
    const possible = new Uint8Array(m.predicates.length);
    let ctx: HouseholdContext | null = null;
    m.predicates.forEach((p, i) => {
      certain[i] = (this.#predicateMask >>> i) & 1;
      possible[i] =
        certain[i] === 1 || (p.possible !== undefined && p.possible(this.#facts, (ctx ??= this.#ctx()))) ? 1 : 0;
    });
    const top = aggregate(m, high, m.scratch.trialDims);
    let flag = false;
    for (const r of m.redFlags) if (firstHolding(r.when, high, possible, -1, -1, 0) >= 0) flag = true;
    const highRule = levelRuleIndex(m, top.composite, top.k, flag, this.circle.primary !== null);
    return (this.#open = {
      low,
      high,
      certain,
      possible,
      levelLow: this.#levelIndex,
      levelHigh: Math.min(this.#levelIndex, m.levelRules[highRule].levelIndex),
      kLow: this.deprivedDimensionCount,
      kHigh: top.k,
      compositeHigh: top.composite,
    });
  }

  /** Refills the model's scratch buffers from this profile (the lazy parts run synchronously on them). */
  #restoreScratch(): void {
    const m = this.#model;
    const results = this.#results;
    const predicateMask = this.#predicateMask;
    const firedMask = this.#firedMask;
    const { scores, values, predicates, redFlagAlternative } = m.scratch;
    const n = scores.length;
    for (let i = 0; i < n; i++) {
      scores[i] = results[n + i];
      values[i] = results[i];
    }
    for (let p = 0; p < predicates.length; p++) predicates[p] = (predicateMask >>> p) & 1;
    for (let r = 0; r < m.redFlags.length; r++) {
      redFlagAlternative[r] =
        (firedMask & (1 << r)) === 0 ? -1 : firstHolding(m.redFlags[r].when, scores, predicates, -1, -1, 0);
    }
  }
}
