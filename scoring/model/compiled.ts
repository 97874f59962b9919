// The compiled form of a model version: what scoreHousehold runs. Built once by loadModel; every
// lookup the hot path needs is an array index or a typed array, never a name.
import type { AssistanceEventKind, IsoDate } from '../facts';
import type { BoundedScratch } from '../engine/bounds';
import type { Kernel, KernelOutput } from '../engine/kernel';
import type { FactFunction } from '../indicators/fact-function';
import type { HouseholdPredicate } from '../household/predicates';
import type { Bilingual, CircleNumber, HardshipLevel, VisitCadence } from '../types';

export enum AtomKind {
  ScoreAtLeast,
  ScoreEquals,
  Predicate,
  Level,
  DeprivedAtLeast,
}

/**
 * A `when` (alternatives, each a list of conditions that must all hold) flattened into typed arrays:
 * alternative a covers atoms altStart[a] … altStart[a + 1] − 1. `index` is an indicator, predicate
 * or level index; `value` a score or a count.
 */
export interface CompiledWhen {
  altStart: Uint16Array;
  kind: Uint8Array;
  index: Int16Array;
  value: Int8Array;
  /** Per alternative, the indicator codes it names and its other conditions as text (`level=HIGH`,
   *  `k>=4`, a predicate name): what a need or red flag reports when that alternative holds. */
  altIndicators: ReadonlyArray<readonly string[]>;
  altConditions: ReadonlyArray<readonly string[]>;
}

/** A sentence template split into literal text and {value} / {percent} / {anchor} slots. */
export type TemplatePart = string | 'VALUE' | 'PERCENT' | 'ANCHOR';
export interface Template {
  zh: TemplatePart[];
  en: TemplatePart[];
}

export interface CompiledIndicator extends Bilingual {
  code: string;
  dimension: string;
  dimIndex: number;
  fact: FactFunction;
  /** Band i covers values up to uppers[i] (included when upperIncluded[i] = 1) and gives scores[i]. */
  uppers: Float64Array;
  upperIncluded: Uint8Array;
  scores: Uint8Array;
  minScore: number;
  maxScore: number;
  /** Anchor text by score (undefined for scores no band gives). */
  anchors: Array<Bilingual | undefined>;
  driver: Template;
  driverWhenInfinite: Template | null;
}

export interface CompiledLevelRule extends Bilingual {
  id: string;
  level: HardshipLevel;
  levelIndex: number;
  kind: 'anyRedFlag' | 'compositeAtLeast' | 'deprivedDimensionsAtLeast' | 'inAnyCircle' | 'always';
  threshold: number;
  /** The profile's levelRule: one frozen object shared by every profile this rule placed. */
  result: Readonly<Bilingual & { id: string }>;
}

/** A profile's visit cadence and next reassessment date. */
export interface Cadence {
  visit: VisitCadence;
  reassessMonths: number;
  nextReassessment: IsoDate;
}

export interface CompiledCircleRule extends Bilingual {
  id: string;
  circle: CircleNumber;
  kind: 'categoryHeld' | 'categoryEnded' | 'event' | 'flag';
  /** Category bit mask (categoryHeld, categoryEnded). */
  mask: number;
  months: number;
  eventKinds: ReadonlySet<AssistanceEventKind>;
  flag: 'massOrganisationBeneficiary' | 'charityPriority' | 'foundByVisit' | null;
}

export interface CompiledRedFlag extends Bilingual {
  code: string;
  when: CompiledWhen;
  raises: number[];
}
export interface CompiledNeed extends Bilingual {
  code: string;
  category: string;
  form: string;
  when: CompiledWhen;
  /** Bit r set when red flag r raises this need (NEED-4). */
  raisedBy: number;
}
export interface CompiledRankingProfile {
  name: string;
  predicate: number;
  weights: Float64Array;
}

/** Buffers reused by every call (scoring is synchronous), so the hot path allocates only its output. */
export interface Scratch {
  scores: Int8Array;
  values: Float64Array;
  predicates: Uint8Array;
  dims: Float64Array;
  /** For what-if evaluations in the explanation. */
  trial: Int8Array;
  trialDims: Float64Array;
  /** Per red flag: the alternative of its `when` that held, or -1. */
  redFlagAlternative: Int8Array;
  /** The kernel's numbers for the household being scored. */
  kernelOutput: KernelOutput;
  /** The indicators of that household its facts did not decide, with their ranges (engine/bounds.ts). */
  bounded: BoundedScratch;
  /** Each level's cadence for the asOf (packed) seen last: batches share asOf, so the dates are
   *  worked out once, and the frozen objects are shared by the profiles. */
  cadence: { asOf: number; byLevel: ReadonlyArray<Readonly<Cadence>> };
}

export interface CompiledModel {
  id: string;
  indicators: CompiledIndicator[];
  dimensions: Array<Bilingual & { code: string }>;
  /** Indicator indices of each dimension. */
  dimIndicators: number[][];
  maxWeight: number;
  meanWeight: number;
  scaleMax: number;
  deprivedCut: number;
  compositeScale: number;
  /** 10^compositeDecimals: S is rounded to this many decimals before the thresholds. */
  compositeRounding: number;
  /** Level-profile weight per dimension index. */
  weights: Float64Array;
  rankingProfiles: CompiledRankingProfile[];
  /** Predicates any rule uses, evaluated once per household. */
  predicates: HouseholdPredicate[];
  /** Some red flag names a predicate whose facts can be unknown: the level may then be open even
   *  when every indicator is decided. */
  redFlagsReadOpenPredicates: boolean;
  redFlags: CompiledRedFlag[];
  levelRules: CompiledLevelRule[];
  cadence: Array<{ visit: VisitCadence; reassessMonths: number }>;
  circleRules: CompiledCircleRule[];
  needs: CompiledNeed[];
  maxDrivers: number;
  minDriverScore: number;
  scratch: Scratch;
  /** The hot part of scoring as code generated from this model (engine/kernel.ts). */
  kernel: Kernel;
}
