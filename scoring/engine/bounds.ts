// Partial knowledge (README "Partial knowledge"): an indicator whose fact function cannot decide its
// value gets the range of scores its known facts still allow. When the range is one score, the score
// is known although a fact is not (a grade-2 member makes H2 at least 3 whatever the spouse's record
// says; two such members make it 4). The kernel calls boundIndicator on that slow path only.
import type { HouseholdFacts } from '../facts';
import type { HouseholdContext } from '../household/context';
import type { ValueBounds } from '../indicators/fact-function';
import type { CompiledIndicator } from '../model/compiled';
import { bandScore } from './aggregate';

/** The indicators of the household being scored that went through boundIndicator (scratch, reused). */
export interface BoundedScratch {
  count: number;
  index: Int16Array;
  lowScore: Int8Array;
  highScore: Int8Array;
  lowValue: Float64Array;
  highValue: Float64Array;
  value: ValueBounds;
}

export function boundedScratch(indicators: number): BoundedScratch {
  return {
    count: 0,
    index: new Int16Array(indicators),
    lowScore: new Int8Array(indicators),
    highScore: new Int8Array(indicators),
    lowValue: new Float64Array(indicators),
    highValue: new Float64Array(indicators),
    value: { low: -Infinity, high: Infinity, mayBeNotApplicable: true },
  };
}

/**
 * A profile's own copy of its bounded indicators, flat (one allocation per profile): for each, in
 * steps of UNKNOWN_STRIDE, [indicator, lowScore, highScore, lowValue, highValue]. Null when the
 * facts decided every indicator.
 */
export type Unknowns = readonly number[];
export const UNKNOWN_STRIDE = 5;

export function copyUnknowns(b: BoundedScratch): Unknowns | null {
  const n = b.count;
  if (n === 0) return null;
  const out = new Array<number>(n * UNKNOWN_STRIDE);
  for (let k = 0, at = 0; k < n; k++, at += UNKNOWN_STRIDE) {
    out[at] = b.index[k];
    out[at + 1] = b.lowScore[k];
    out[at + 2] = b.highScore[k];
    out[at + 3] = b.lowValue[k];
    out[at + 4] = b.highValue[k];
  }
  return out;
}

/**
 * Records indicator i's score range (bands rise or fall monotonically, so the ends of the value range
 * give the ends of the score range; "not applicable" scores 0) and returns its lowest score, which is
 * what the household is known to score at least. Without a bounds function the range is every score.
 */
export function boundIndicator(
  ind: CompiledIndicator,
  i: number,
  f: HouseholdFacts,
  c: HouseholdContext,
  b: BoundedScratch,
): number {
  const at = b.count++;
  b.index[at] = i;
  const bounds = ind.fact.bounds;
  if (bounds === undefined) {
    const lowScore = ind.minScore < 0 ? ind.minScore : 0;
    b.lowScore[at] = lowScore;
    b.highScore[at] = ind.maxScore > 0 ? ind.maxScore : 0;
    b.lowValue[at] = -Infinity;
    b.highValue[at] = Infinity;
    return lowScore;
  }
  const v = b.value;
  v.low = -Infinity;
  v.high = Infinity;
  v.mayBeNotApplicable = true;
  bounds(f, c, v);
  const low = Number.isNaN(v.low) ? -Infinity : v.low;
  const high = Number.isNaN(v.high) ? Infinity : v.high;
  const x = bandScore(ind, low);
  const z = bandScore(ind, high);
  let lowScore = x < z ? x : z;
  let highScore = x < z ? z : x;
  if (v.mayBeNotApplicable) {
    if (lowScore > 0) lowScore = 0;
    if (highScore < 0) highScore = 0;
  }
  b.lowScore[at] = lowScore;
  b.highScore[at] = highScore;
  b.lowValue[at] = low;
  b.highValue[at] = high;
  return lowScore;
}
