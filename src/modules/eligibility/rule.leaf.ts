// The leaf of a compiled rule: a comparison resolved once into a reader (the fact's getter, bound to
// the household or to the quantified member) and a test on a known value. Shared by the fast path
// (rule.compile.ts) and by explain (rule.explain.ts), so both decide every comparison identically.
import type { EligibilityFacts, MemberEligibilityFacts } from './eligibility-facts';
import { factDef, type FactDef, type FactValue } from './rule-facts';
import type { Comparison, Scalar } from './rule.types';

/** Verdicts as small integers on the hot path: INELIGIBLE 0, ELIGIBLE 1, UNKNOWN 2. */
export const I = 0;
export const E = 1;
export const U = 2;
export const VERDICTS = ['INELIGIBLE', 'ELIGIBLE', 'UNKNOWN'] as const;

export type Reader = (f: EligibilityFacts, m: MemberEligibilityFacts) => FactValue;
export type Test = (x: number | string | boolean) => boolean;

/** Placeholder member outside any quantifier; validation guarantees no member fact reads it. */
export const NO_MEMBER: MemberEligibilityFacts = Object.freeze({
  index: -1,
  age: null,
  sex: null,
  hukou: null,
  relation: null,
  disabilityGrade: null,
  hasDisability: null,
  severelyDisabled: null,
  mobilityImpaired: null,
  seriousIllness: null,
  mentalDisorder: null,
  careNeedsGrade: null,
  employmentStatus: null,
  monthsUnemployed: null,
  recentGraduate: null,
  educationLevel: null,
  studentStage: null,
  specialEducationalNeeds: null,
  specialStatuses: null,
  fatherSituation: null,
  motherSituation: null,
  childInPlight: null,
  socialInsured: null,
  medicalInsured: null,
  unemploymentInsured: null,
  unionMember: null,
});

export function leafFact(c: Comparison): FactDef {
  const def = factDef(c.fact);
  if (def === undefined) throw new Error(`unknown fact "${c.fact}"`); // unreachable after validateRule
  return def;
}

export function reader(def: FactDef): Reader {
  if (def.scope === 'household') return def.get; // called as get(f, m): the member is ignored
  const get = def.get;
  return (_f, m) => get(m);
}

/** Bit mask of set values over the fact's vocabulary. */
function bits(def: FactDef, values: readonly Scalar[]): number {
  if (def.type.kind !== 'set') throw new Error(`"${def.name}" is not set-valued`);
  const vocabulary = def.type.values as readonly Scalar[];
  return values.reduce<number>((mask, v) => mask | (1 << vocabulary.indexOf(v)), 0);
}

/** The test a known value must pass; isKnown has none (it never reaches a test). */
export function compileTest(def: FactDef, c: Comparison): Test {
  const v = c.value as Scalar;
  const list = c.value as readonly Scalar[];
  switch (c.op) {
    case 'eq':
      return (x) => x === v;
    case 'ne':
      return (x) => x !== v;
    case 'lt':
      return (x) => (x as number) < (v as number);
    case 'lte':
      return (x) => (x as number) <= (v as number);
    case 'gt':
      return (x) => (x as number) > (v as number);
    case 'gte':
      return (x) => (x as number) >= (v as number);
    case 'in':
      return (x) => list.includes(x);
    case 'notIn':
      return (x) => !list.includes(x);
    case 'includes': {
      const mask = bits(def, [v]);
      return (x) => ((x as number) & mask) !== 0;
    }
    case 'includesAny': {
      const mask = bits(def, list);
      return (x) => ((x as number) & mask) !== 0;
    }
    case 'isKnown':
      return () => true;
  }
}
