// The shape of a model-version JSON file (scoring/models/*.json) once validated. Keys starting
// with "$" are comments and are ignored. See scoring/README.md for how to write a version.
import type { AssistanceEventKind, CategoryCode } from '../facts';
import type { HardshipLevel, VisitCadence } from '../types';

export interface TextJson {
  zh: string;
  en: string;
}

export type ConditionJson =
  | { indicator: string; atLeast: number }
  | { indicator: string; equals: number }
  | { predicate: string }
  | { level: HardshipLevel }
  | { deprivedDimensionsAtLeast: number };

/** Alternatives; each alternative is a list of conditions that must all hold. */
export type WhenJson = ConditionJson[][];

export interface BandJson {
  range: string;
  score: number;
}

export interface IndicatorJson extends TextJson {
  code: string;
  dimension: string;
  fact: string;
  direction: 'higher_is_worse' | 'lower_is_worse';
  bands: BandJson[];
  anchors: Record<string, TextJson>;
  /** Sentence for the explanation; {value}, {percent} and {anchor} are filled in. */
  driver: TextJson;
  /** Used instead of `driver` when the value is Infinity (a ratio with a zero denominator). */
  driverWhenInfinite?: TextJson;
}

export interface ProfileJson {
  /** `level` profile sets S and the level; `ranking` profiles only add a composite for ranking. */
  use: 'level' | 'ranking';
  /** Household predicate that selects a ranking profile. */
  appliesWhen?: string;
  dimensionOrder: string[];
  /** Saaty-scale entries: numbers or fractions written "1/3". */
  judgements: (number | string)[][];
  /** Weights a source document states; checked against the derived ones (± 0.005). */
  statedWeights?: Record<string, number>;
  provenance?: 'judgements' | 'reconstructed';
}

export type LevelWhenJson =
  | { anyRedFlag: true }
  | { compositeAtLeast: number }
  | { deprivedDimensionsAtLeast: number }
  | { inAnyCircle: true }
  | { always: true };

export interface LevelRuleJson extends TextJson {
  id: string;
  level: HardshipLevel;
  when: LevelWhenJson;
}

export type CircleWhenJson =
  | { categoryHeld: CategoryCode[] }
  | { categoryEndedWithinMonths: number; categories: CategoryCode[] }
  | { eventWithinMonths: number; kinds: AssistanceEventKind[] }
  | { flag: 'massOrganisationBeneficiary' | 'charityPriority' | 'foundByVisit' };

export interface CircleRuleJson extends TextJson {
  id: string;
  circle: 1 | 2 | 3 | 4;
  when: CircleWhenJson;
}
export interface RedFlagJson extends TextJson {
  code: string;
  when: WhenJson;
  raises: string[];
}
export interface NeedJson extends TextJson {
  code: string;
  category: string;
  form: string;
  when: WhenJson;
}

export interface ModelJson {
  id: string;
  status: 'draft' | 'published' | 'retired';
  effectiveFrom: string;
  author?: string;
  changeNote?: string;
  scale: { min: 0; max: number };
  aggregation: {
    maxWeight: number;
    meanWeight: number;
    compositeScale: number;
    compositeDecimals: number;
    deprivedDimensionCut: number;
  };
  dimensions: Array<TextJson & { code: string }>;
  indicators: IndicatorJson[];
  profiles: Record<string, ProfileJson>;
  levels: LevelRuleJson[];
  cadence: Record<HardshipLevel, { visit: VisitCadence; reassessMonths: number }>;
  redFlags: { rules: RedFlagJson[] };
  circles: { rules: CircleRuleJson[] };
  needs: { rules: NeedJson[] };
  explanation: { maxDrivers: number; minDriverScore: number };
}
