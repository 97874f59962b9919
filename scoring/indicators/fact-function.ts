// The contract every fact function meets. A model indicator names one of these; the model's bands
// then turn the value into a 0–4 score. Functions are pure and read only the facts and the context.
import type { HouseholdFacts } from '../facts';
import type { HouseholdContext } from '../household/context';

/** The household has nobody the indicator is about (no children, no minors …): scored 0, not missing. */
export const NOT_APPLICABLE: unique symbol = Symbol('not applicable');

/** A number, null when a needed fact is unknown (the indicator is missing), or NOT_APPLICABLE. */
export type FactValue = number | null | typeof NOT_APPLICABLE;

/**
 * What the known facts allow a value to be, when compute cannot decide it: low ≤ value ≤ high
 * (±Infinity for no bound), and whether the household may turn out to have nobody the indicator is
 * about. A bounds function starts from the defaults (−∞, ∞, true) and narrows them.
 */
export interface ValueBounds {
  low: number;
  high: number;
  mayBeNotApplicable: boolean;
}

export interface FactFunction {
  readonly name: string;
  /** What the value is: a quantity (r, months, a count) or a situation ordinal listed here. */
  readonly doc: string;
  /** Facts it reads, reported when a missing indicator could change the level. */
  readonly reads: readonly string[];
  readonly compute: (facts: HouseholdFacts, ctx: HouseholdContext) => FactValue;
  /**
   * Called only when compute returned null: narrow `out` to the values the known facts still allow
   * (for an indicator over members, the known members give a lower or upper bound). Without it, an
   * unknown fact leaves the value anywhere.
   */
  readonly bounds?: (facts: HouseholdFacts, ctx: HouseholdContext, out: ValueBounds) => void;
}
