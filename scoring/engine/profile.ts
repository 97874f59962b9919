// The profile scoreHousehold returns. The hot path leaves S, k, the level, red flags, the circle
// and the cadence ready, and the indicator results as one plain number array; the object views
// (indicators, dimensions, completeness, needs, explanation) are built on first read
// and kept. They are ordinary parts of the profile: property reads and JSON.stringify (toJSON) see
// them like any other field. A batch that only wants levels never pays for sentences.
import type { Cadence, CompiledLevelRule, CompiledModel } from '../model/compiled';
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
  RedFlagResult,
} from '../types';
import { MISSING, aggregate, firstHolding, isDeprived } from './aggregate';
import { explain } from './explain';
import type { KernelOutput } from './kernel';
import { deriveNeeds } from './needs';

const NONE: readonly string[] = Object.freeze([]);

/** What the kernel and the rest of scoreHousehold decided, handed to the profile in one piece. */
export interface ScoredParts {
  redFlags: RedFlagResult[];
  rule: CompiledLevelRule;
  circle: CircleResult;
  cadence: Cadence;
  explain: boolean;
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
  /** The kernel's array: per indicator its value (NaN when missing or not applicable), then per
   *  indicator its score (MISSING, or 0 when not applicable). See Kernel. */
  readonly #results: number[];
  /** Bit p set when household predicate p held; bit r of #firedMask when red flag r fired. */
  readonly #predicateMask: number;
  readonly #firedMask: number;
  readonly #levelIndex: number;
  readonly #explain: boolean;
  #indicators: IndicatorResult[] | undefined = undefined;
  #dimensions: DimensionResult[] | undefined = undefined;
  #needs: NeedResult[] | undefined = undefined;
  #explanation: Explanation | null | undefined = undefined;

  /** `kernel` is the model's reused output object: its numbers are copied here. */
  constructor(model: CompiledModel, asOf: string, results: number[], kernel: KernelOutput, parts: ScoredParts) {
    this.modelId = model.id;
    this.asOf = asOf;
    this.composite = kernel.composite;
    this.deprivedDimensionCount = kernel.k;
    this.redFlags = parts.redFlags;
    this.level = parts.rule.level;
    this.levelRule = parts.rule.result;
    this.circle = parts.circle;
    this.cadence = parts.cadence;
    this.#model = model;
    this.#results = results;
    this.#predicateMask = kernel.predicateMask;
    this.#firedMask = kernel.firedMask;
    this.#levelIndex = parts.rule.levelIndex;
    this.#explain = parts.explain;
  }

  get indicators(): IndicatorResult[] {
    const m = this.#model;
    const results = this.#results;
    const n = m.indicators.length;
    return (this.#indicators ??= m.indicators.map((ind, i) => {
      const value = results[i];
      const score = results[n + i];
      return {
        code: ind.code,
        dimension: ind.dimension,
        value: Number.isNaN(value) ? null : value,
        score: score === MISSING ? null : score,
        missing: score === MISSING,
        notApplicable: score !== MISSING && Number.isNaN(value),
      };
    }));
  }

  get dimensions(): DimensionResult[] {
    if (this.#dimensions !== undefined) return this.#dimensions;
    const m = this.#model;
    const results = this.#results;
    const n = m.indicators.length;
    const dimensionScores = this.#dimensionScores();
    let presentWeight = 0;
    for (let d = 0; d < dimensionScores.length; d++)
      if (!Number.isNaN(dimensionScores[d])) presentWeight += m.weights[d];
    return (this.#dimensions = m.dimensions.map((dim, d) => {
      const score = dimensionScores[d];
      const present = !Number.isNaN(score);
      const effectiveWeight = present ? m.weights[d] / presentWeight : 0;
      let missing: string[] | null = null;
      for (const i of m.dimIndicators[d]) if (results[n + i] === MISSING) (missing ??= []).push(m.indicators[i].code);
      return {
        code: dim.code,
        score: present ? score : null,
        weight: m.weights[d],
        effectiveWeight,
        contribution: present ? effectiveWeight * score * m.compositeScale : 0,
        deprived: present && isDeprived(m, score),
        missingIndicators: missing ?? NONE,
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
    const results = this.#results;
    const n = m.indicators.length;
    const dimensionScores = this.#dimensionScores();
    const missingIndicators = m.indicators.filter((_ind, i) => results[n + i] === MISSING).map((ind) => ind.code);
    const missingDimensions = m.dimensions.filter((_d, i) => Number.isNaN(dimensionScores[i])).map((d) => d.code);
    const total = m.indicators.length;
    return {
      computed: total - missingIndicators.length,
      total,
      share: total === 0 ? 0 : (total - missingIndicators.length) / total,
      missingIndicators,
      missingDimensions,
      weightsRenormalised: missingDimensions.length > 0,
    };
  }

  get needs(): NeedResult[] {
    if (this.#needs === undefined) {
      const m = this.#model;
      this.#restoreScratch();
      this.#needs = deriveNeeds(
        m,
        m.scratch.scores,
        m.scratch.predicates,
        this.#levelIndex,
        this.deprivedDimensionCount,
        this.#firedMask,
        m.scratch.redFlagAlternative,
      );
    }
    return this.#needs;
  }

  get explanation(): Explanation | null {
    if (this.#explanation === undefined) {
      const m = this.#model;
      if (this.#explain) this.#restoreScratch();
      this.#explanation = this.#explain
        ? explain(
            m,
            m.scratch.scores,
            m.scratch.values,
            m.scratch.predicates,
            this.dimensions,
            this.circle.primary !== null,
            this.#levelIndex,
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
      completeness: this.completeness,
      explanation: this.explanation,
    };
  }

  /** d per dimension (NaN when all its indicators are missing), recomputed from the scores exactly
   *  as the kernel computed it; a fresh copy, since the scratch buffer is shared. */
  #dimensionScores(): Float64Array {
    const m = this.#model;
    this.#restoreScratch();
    aggregate(m, m.scratch.scores, m.scratch.dims);
    return Float64Array.from(m.scratch.dims);
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
