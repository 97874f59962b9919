// The fixed set of fact functions and household predicates a model version may name. Adding one
// is a code change (with a test); choosing among them, and their cut-points, is model data.
import { HOUSEHOLD_PREDICATES, type HouseholdPredicate } from '../household/predicates';
import { CARE_FACTS } from './care';
import { ECONOMIC_FACTS } from './economic';
import { EDUCATION_FACTS } from './education';
import { EMPLOYMENT_FACTS } from './employment';
import type { FactFunction } from './fact-function';
import { HEALTH_FACTS } from './health';
import { HOUSING_FACTS } from './housing';
import { PSYCHOLOGICAL_FACTS } from './psychological';
import { SOCIAL_FACTS } from './social';

const ALL_FACTS: readonly FactFunction[] = [
  ...ECONOMIC_FACTS,
  ...HEALTH_FACTS,
  ...CARE_FACTS,
  ...HOUSING_FACTS,
  ...EMPLOYMENT_FACTS,
  ...EDUCATION_FACTS,
  ...SOCIAL_FACTS,
  ...PSYCHOLOGICAL_FACTS,
];

export const FACT_FUNCTIONS: ReadonlyMap<string, FactFunction> = new Map(ALL_FACTS.map((f) => [f.name, f]));
export const PREDICATES: ReadonlyMap<string, HouseholdPredicate> = new Map(
  HOUSEHOLD_PREDICATES.map((p) => [p.name, p]),
);
// A profile keeps which predicates held as the bits of one number.
if (PREDICATES.size > 31) throw new Error('at most 31 household predicates');

/** Names of the fact functions a model indicator may use (`indicators[].fact`). */
export function listModelFacts(): string[] {
  return ALL_FACTS.map((f) => f.name);
}

/** Fact functions with what they compute and the facts they read, for documentation. */
export function describeModelFacts(): Array<{ name: string; doc: string; reads: readonly string[] }> {
  return ALL_FACTS.map(({ name, doc, reads }) => ({ name, doc, reads }));
}

/** Names of the household predicates a trigger may use (`{ "predicate": name }`). */
export function listModelPredicates(): string[] {
  return HOUSEHOLD_PREDICATES.map((p) => p.name);
}
