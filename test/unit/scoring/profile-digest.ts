// Canonical text of whole profiles, for the regression digest (profile-digest.spec.ts): every field,
// the lazily built ones included, with numbers JSON cannot hold (Infinity, NaN, -0) spelled out.
import { createHash } from 'node:crypto';
import { SH_2024_1, loadModel, scoreHousehold, type HouseholdFacts, type ScoringModel } from '../../../scoring';
import { syntheticHouseholds } from '../../../scoring/bench/synthetic';
import type { ModelJson } from '../../../scoring/model/schema';
import sh20241 from '../../../scoring/models/sh-2024.1.json';
import * as worked from './worked-households';

function exactNumbers(_key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (!Number.isFinite(value)) return String(value);
  return Object.is(value, -0) ? '-0' : value;
}

/**
 * One line per household: its profile as JSON. Households are scored in groups of three and read
 * back last first, so the lazy parts of a profile are built after later households were scored
 * (they must not depend on what was scored since). Every fifth group is scored with { explain: false }.
 */
export function profileLines(households: readonly HouseholdFacts[], model: ScoringModel): string[] {
  const lines: string[] = [];
  for (let start = 0; start < households.length; start += 3) {
    const group = households.slice(start, start + 3);
    const explain = (start / 3) % 5 !== 4;
    const profiles = group.map((facts) => scoreHousehold(facts, model, { explain }));
    const text = profiles.map((p) => JSON.stringify(p, exactNumbers));
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

export function digestSets(): Record<string, { households: HouseholdFacts[]; model: ScoringModel }> {
  const synthetic = syntheticHouseholds(DIGEST_HOUSEHOLDS, DIGEST_SEED);
  const workedHouseholds = Object.values(worked).filter(
    (v): v is HouseholdFacts => typeof v === 'object' && v !== null && 'members' in v,
  );
  return {
    'sh-2024.1 synthetic': { households: synthetic, model: SH_2024_1 },
    'sh-2024.1 worked': { households: workedHouseholds, model: SH_2024_1 },
    'variant synthetic': { households: synthetic.slice(0, 1000), model: variantModel() },
  };
}
