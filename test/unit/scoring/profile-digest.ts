// Canonical text of whole profiles, for the regression digest (profile-digest.spec.ts): every field,
// the lazily built ones included, with numbers JSON cannot hold (Infinity, NaN, -0) spelled out.
import { createHash } from 'node:crypto';
import { SH_2024_1, loadModel, scoreHousehold, type HouseholdFacts, type ScoringModel } from '../../../scoring';
import { buildContext } from '../../../scoring/household/context';
import { FACT_FUNCTIONS } from '../../../scoring/indicators/registry';
import { syntheticHouseholds } from '../../../scoring/bench/synthetic';
import type { ModelJson } from '../../../scoring/model/schema';
import sh20241 from '../../../scoring/models/sh-2024.1.json';
import * as worked from './worked-households';

function exactNumbers(_key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (!Number.isFinite(value)) return String(value);
  return Object.is(value, -0) ? '-0' : value;
}

// The profile fields as they were before issue 12 added partial knowledge: the digest of households
// whose output must not change is taken over these only (the fields added since are new, and are
// checked by their own tests).
const ADDED_FIELDS = new Set([
  'scoreMin',
  'scoreMax',
  'factsToAsk',
  'decidedIndicators',
  'totalIndicators',
  'byDimension',
  'possibleNeeds',
  'range',
]);
function withoutAddedFields(key: string, value: unknown): unknown {
  return ADDED_FIELDS.has(key) ? undefined : exactNumbers(key, value);
}

/**
 * Every fact function decides its indicator from this household's facts: nothing is unknown that
 * the engine reads (the households whose profile partial knowledge must leave exactly as it was).
 */
export function fullyKnown(facts: HouseholdFacts): boolean {
  const ctx = buildContext(facts);
  for (const f of FACT_FUNCTIONS.values()) if (f.compute(facts, ctx) === null) return false;
  return true;
}

/**
 * The households issue 12 changes on purpose even with every fact known: a guardianship summary that
 * says a parent is unavailable (or nobody cares) makes a child in plight by POLICY.md §3.2, which
 * N17 now reads instead of waiting for the 困境儿童 category.
 */
export function childInPlightBySummary(facts: HouseholdFacts): boolean {
  return facts.guardianship === 'PARENT_UNAVAILABLE' || facts.guardianship === 'NO_ACTUAL_CARER';
}

/**
 * One line per household: its profile as JSON. Households are scored in groups of three and read
 * back last first, so the lazy parts of a profile are built after later households were scored
 * (they must not depend on what was scored since). Every fifth group is scored with { explain: false }.
 */
export function profileLines(
  households: readonly HouseholdFacts[],
  model: ScoringModel,
  replacer: (key: string, value: unknown) => unknown = exactNumbers,
): string[] {
  const lines: string[] = [];
  for (let start = 0; start < households.length; start += 3) {
    const group = households.slice(start, start + 3);
    const explain = (start / 3) % 5 !== 4;
    const profiles = group.map((facts) => scoreHousehold(facts, model, { explain }));
    const text = profiles.map((p) => JSON.stringify(p, replacer));
    for (let i = text.length - 1; i >= 0; i--) lines[start + i] = text[i];
  }
  return lines;
}

export function digestOf(lines: readonly string[]): string {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return hash.digest('hex');
}

/** A second valid model that exercises the engine differently: indicators in reverse order (other
 *  indices), another max/mean balance and deprivation cut, and more drivers. */
export function variantModel(): ScoringModel {
  const json = structuredClone(sh20241) as unknown as ModelJson;
  json.id = 'variant-reversed';
  json.indicators.reverse();
  json.aggregation.maxWeight = 0.7;
  json.aggregation.meanWeight = 0.3;
  json.aggregation.deprivedDimensionCut = 0.4;
  json.explanation.maxDrivers = 5;
  return loadModel(json);
}

export const DIGEST_HOUSEHOLDS = 3000;
export const DIGEST_SEED = 90210;

export interface DigestSet {
  households: HouseholdFacts[];
  model: ScoringModel;
  /** Hash the profile fields of before issue 12 only (the households whose output must not change). */
  before12?: boolean;
}

export function digestSets(): Record<string, DigestSet> {
  const synthetic = syntheticHouseholds(DIGEST_HOUSEHOLDS, DIGEST_SEED);
  const workedHouseholds = Object.values(worked).filter(
    (v): v is HouseholdFacts => typeof v === 'object' && v !== null && 'members' in v,
  );
  const unchanged = (h: HouseholdFacts) => fullyKnown(h) && !childInPlightBySummary(h);
  const sets: Record<string, DigestSet> = {};
  for (const [name, households, model] of [
    ['sh-2024.1 synthetic', synthetic, SH_2024_1],
    ['sh-2024.1 worked', workedHouseholds, SH_2024_1],
    ['variant synthetic', synthetic.slice(0, 1000), variantModel()],
  ] as const) {
    sets[`${name}, unchanged`] = { households: households.filter(unchanged), model, before12: true };
    sets[`${name}, changed by issue 12`] = { households: households.filter((h) => !unchanged(h)), model };
  }
  return sets;
}

export function digestOfSet(set: DigestSet): string {
  return digestOf(profileLines(set.households, set.model, set.before12 ? withoutAddedFields : exactNumbers));
}
