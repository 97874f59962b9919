// Public output types of the scoring library. The GraphQL layer registers these enums and mirrors
// these shapes; scoring/ never imports from it (STYLE.md G11).
import type { IsoDate } from './facts';

/** Graded hardship (困境程度), INDICATOR-MODEL.md §6. Ordered from most to least severe. */
export const HARDSHIP_LEVELS = ['HIGH', 'MODERATE', 'LOW', 'WATCH'] as const;
export type HardshipLevel = (typeof HARDSHIP_LEVELS)[number];
export const HARDSHIP_LEVEL_LABELS: Readonly<Record<HardshipLevel, { zh: string; en: string }>> = {
  HIGH: { zh: '高度困境', en: 'High hardship' },
  MODERATE: { zh: '中度困境', en: 'Moderate hardship' },
  LOW: { zh: '低度困境', en: 'Low hardship' },
  WATCH: { zh: '一般关注', en: 'Watch' },
};

/** Visit cadence by level (长社救联办〔2024〕2号; mapping POLICY.md §6). */
export const VISIT_CADENCES = ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY_CONTACT'] as const;
export type VisitCadence = (typeof VISIT_CADENCES)[number];

/** NEED-3: 紧急 (from a red flag, response ≤ 24 h) or 一般 (≤ 10 working days). */
export const NEED_URGENCIES = ['EMERGENCY', 'ORDINARY'] as const;
export type NeedUrgency = (typeof NEED_URGENCIES)[number];

/** The four circles (四个圈层), POLICY.md §2; 1 = already covered by policy … 4 = others. */
export type CircleNumber = 1 | 2 | 3 | 4;

export interface Bilingual {
  zh: string;
  en: string;
}

export interface IndicatorResult {
  code: string;
  dimension: string;
  /** The computed quantity (r = 0.62, months, a count, or a situation ordinal); null when not known or
   *  not applicable. May be Infinity for a ratio with a zero denominator (E2 with no income, C1 with
   *  no able adult): serialise it with care. */
  value: number | null;
  /** 0–4, higher is worse; null when the known facts do not decide it (then see scoreMin / scoreMax). */
  score: number | null;
  /** The known facts do not decide the score: it lies in [scoreMin, scoreMax], never read as 0. */
  missing: boolean;
  /** The household has nobody the indicator is about (no children for EDU, no minors for C4 …): scored 0. */
  notApplicable: boolean;
  /** The lowest and highest score the known facts allow (both = score when decided). A known member
   *  decides a bound: one member with a grade-2 disability makes H2 at least 3. */
  scoreMin: number;
  scoreMax: number;
  /** Unknown facts that could still change the score, e.g. members[1].disabilityGrade; empty when decided. */
  factsToAsk: readonly string[];
}

export interface DimensionResult {
  code: string;
  /** d = (maxWeight·max + meanWeight·mean) / 4 over all its indicators; null when an undecided
   *  indicator leaves it undecided (then d lies in [scoreMin, scoreMax]). */
  score: number | null;
  /** d with every undecided indicator at its lowest and at its highest allowed score. */
  scoreMin: number;
  scoreMax: number;
  /** AHP weight of the level profile. */
  weight: number;
  /** Weight used in S: weight ÷ Σ weights (the weights sum to 1 ± 0.001); never renormalised away. */
  effectiveWeight: number;
  /** effectiveWeight · scoreMin · 100: what this dimension is known to add to the composite. */
  contribution: number;
  /** d ≥ the deprivation cut for certain (scoreMin ≥ cut). */
  deprived: boolean;
  /** Undecided indicators of this dimension. */
  missingIndicators: readonly string[];
  /** Indicators decided by the known facts, of all its indicators (completeness of the dimension). */
  decidedIndicators: number;
  totalIndicators: number;
}

export interface RedFlagResult extends Bilingual {
  code: string;
  indicators: readonly string[];
}

export interface CircleMatch extends Bilingual {
  circle: CircleNumber;
  ruleId: string;
  /** What matched: a category code, an event (kind, scheme, date) or a flag name. */
  evidence: string;
}

export interface CircleResult {
  /** Lowest-numbered matching circle (POL-CIR-2); null when no circle rule matches. */
  primary: CircleNumber | null;
  /** The rule that placed the household in its primary circle. */
  rule: CircleMatch | null;
  matched: CircleMatch[];
}

/** A need the known facts neither raise nor rule out: raised if the facts to ask turn out so. */
export interface PossibleNeedResult extends Bilingual {
  code: string;
  category: string;
  form: string;
  /** EMERGENCY when a red flag could raise it. */
  urgency: NeedUrgency;
  /** Undecided indicators a trigger still waits on. */
  indicators: readonly string[];
  /** Other undecided conditions: a predicate name, `level=HIGH`, `k>=4`. */
  conditions: readonly string[];
  /** The unknown facts to ask for (members[0].seriousIllness, incomeMonthly.other …). */
  factsToAsk: readonly string[];
}

export interface NeedResult extends Bilingual {
  /** N01–N28 (NEEDS.md §2). */
  code: string;
  category: string;
  form: string;
  urgency: NeedUrgency;
  /** Indicators whose scores satisfied a trigger (including through a red flag). */
  indicators: readonly string[];
  redFlags: readonly string[];
  /** Other conditions that held: `level=HIGH`, `k>=4`, or a named household predicate. */
  conditions: readonly string[];
}

export interface DriverSentence extends Bilingual {
  indicator: string;
  score: number;
}

export interface LevelSensitivity {
  /** The level with every undecided indicator at its lowest and at its highest allowed score (and
   *  every undecided condition false and true): a bracket on any answer. The first is `level`. */
  levelIfMissingBest: HardshipLevel;
  levelIfMissingWorst: HardshipLevel;
  couldChangeLevel: boolean;
  /** Missing indicators (and the facts they read) that alone, across the scores they can take,
   *  would change the level; empty when only several together could. */
  decisive: Array<{ indicator: string; facts: string[] }>;
}

export interface Explanation {
  /** Dimensions by contribution to the composite, largest first. */
  contributions: Array<{ dimension: string; zh: string; en: string; contribution: number }>;
  /** Top indicator drivers as sentences an adviser can read aloud. */
  drivers: DriverSentence[];
  levelSensitivity: LevelSensitivity;
}

export interface Completeness {
  computed: number;
  total: number;
  /** computed / total. */
  share: number;
  missingIndicators: readonly string[];
  /**
   * Dimensions with no decided indicator: reported here, and counted in S at their known lowest, never re-weighted
   * away.
   */
  missingDimensions: readonly string[];
  /** Always false: missing dimensions are no longer re-weighted away (kept for API compatibility). */
  weightsRenormalised: boolean;
  /** Completeness of each dimension, in model order. */
  byDimension: ReadonlyArray<{
    dimension: string;
    decided: number;
    total: number;
    missingIndicators: readonly string[];
  }>;
}

/**
 * What the unknown facts could still change: S, k and the level with every undecided indicator at its
 * highest allowed score and every undecided condition true. Equal to composite, deprivedDimensionCount
 * and level when the known facts decide them.
 */
export interface ProfileRange {
  compositeMax: number;
  deprivedDimensionCountMax: number;
  levelMax: HardshipLevel;
  /** level === levelMax: no unknown fact can change the level. */
  levelDecided: boolean;
}

/**
 * The hardship profile (困境画像) of one household under one model version. Treat it as a read-only
 * value: the lists and objects inside may be shared and frozen (levelRule, cadence). scoreHousehold builds
 * `indicators`, `dimensions`, `rankingComposites`, `completeness`, `needs` and `explanation` on first read (they
 * are getters on the returned object; JSON.stringify includes them through toJSON, but `{ ...profile }`
 * does not — use JSON or read the fields).
 */
export interface HardshipProfile {
  modelId: string;
  asOf: IsoDate;
  indicators: IndicatorResult[];
  dimensions: DimensionResult[];
  /** S = 100 · Σ w_d · d, 0–100, rounded to the model's compositeDecimals; thresholds apply to this value.
   *  With undecided indicators, the S the known facts establish (each at its lowest allowed score):
   *  the household scores at least this; range.compositeMax says how far the unknown facts could take it. */
  composite: number;
  /** Composites under ranking-only profiles that apply to this household (e.g. `development`). */
  rankingComposites: Array<{ profile: string; composite: number }>;
  /** k: dimensions with d ≥ the deprivation cut. */
  deprivedDimensionCount: number;
  redFlags: RedFlagResult[];
  /** The level the known facts establish (first rule that holds for certain); range.levelMax the highest they allow. */
  level: HardshipLevel;
  levelRule: Bilingual & { id: string };
  circle: CircleResult;
  cadence: { visit: VisitCadence; reassessMonths: number; nextReassessment: IsoDate };
  /** Needs whose trigger the known facts already meet. */
  needs: NeedResult[];
  /** Needs pending facts: neither raised nor ruled out, with the facts to ask for. */
  possibleNeeds: PossibleNeedResult[];
  range: ProfileRange;
  completeness: Completeness;
  /** Null only when scoreHousehold was called with `{ explain: false }`. */
  explanation: Explanation | null;
}

export interface ScoreOptions {
  /** Build drivers and the level-sensitivity analysis (default true). */
  explain?: boolean;
}
