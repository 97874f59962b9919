// Validation of weight profiles: positive reciprocal judgement matrices over the model's dimensions,
// CR < 0.10, stated weights that agree with the derived ones (INDICATOR-MODEL.md §1.2 rule 2).
import { MAX_CONSISTENCY_RATIO, ahpWeights, pairwiseMatrixProblem, type AhpResult } from '../ahp';
import { PREDICATES } from '../indicators/registry';
import { isObject, parseJudgement, requireArray, requireObject, type Issues } from './issues';

/** Stated weights may differ from the eigenvector by this much (§1.2 rule 2). */
const STATED_WEIGHT_TOLERANCE = 0.005;

export interface DerivedProfile {
  name: string;
  use: 'level' | 'ranking';
  appliesWhen: string | null;
  /** Weight per dimension code. */
  weights: Map<string, number>;
  ahp: AhpResult;
  provenance: 'judgements' | 'reconstructed';
}

export function validateProfiles(issues: Issues, profiles: unknown, dimensions: Set<string>): DerivedProfile[] {
  const derived: DerivedProfile[] = [];
  if (!requireObject(issues, profiles, 'profiles')) return derived;
  for (const [name, profile] of Object.entries(profiles)) {
    if (name.startsWith('$')) continue;
    const result = validateProfile(issues, profile, `profiles.${name}`, name, dimensions);
    if (result !== null) derived.push(result);
  }
  const levelProfiles = Object.entries(profiles).filter(
    ([n, p]) => !n.startsWith('$') && isObject(p) && p.use === 'level',
  );
  if (levelProfiles.length !== 1)
    issues.add('profiles', `exactly one profile must have use 'level' (found ${levelProfiles.length})`);
  return derived;
}

function validateProfile(
  issues: Issues,
  p: unknown,
  path: string,
  name: string,
  dimensions: Set<string>,
): DerivedProfile | null {
  if (!requireObject(issues, p, path)) return null;
  if (p.use !== 'level' && p.use !== 'ranking') issues.add(`${path}.use`, "must be 'level' or 'ranking'");
  let appliesWhen: string | null = null;
  if (p.use === 'ranking') {
    if (typeof p.appliesWhen !== 'string' || !PREDICATES.has(p.appliesWhen))
      issues.add(`${path}.appliesWhen`, `unknown predicate '${String(p.appliesWhen)}'`);
    else appliesWhen = p.appliesWhen;
  }
  if (p.provenance !== undefined && p.provenance !== 'judgements' && p.provenance !== 'reconstructed') {
    issues.add(`${path}.provenance`, "must be 'judgements' or 'reconstructed'");
  }
  if (!requireArray(issues, p.dimensionOrder, `${path}.dimensionOrder`)) return null;
  const order = p.dimensionOrder as unknown[];
  const orderSet = new Set(order);
  if (
    order.length !== dimensions.size ||
    orderSet.size !== order.length ||
    ![...dimensions].every((d) => orderSet.has(d))
  ) {
    issues.add(`${path}.dimensionOrder`, `must list each of the ${dimensions.size} dimensions once`);
    return null;
  }
  if (!requireArray(issues, p.judgements, `${path}.judgements`)) return null;
  const matrix = (p.judgements as unknown[]).map((row) => (Array.isArray(row) ? row.map(parseJudgement) : []));
  const problem = pairwiseMatrixProblem(matrix);
  if (problem !== null) {
    issues.add(`${path}.judgements`, `not a positive reciprocal matrix: ${problem}`);
    return null;
  }
  const ahp = ahpWeights(matrix);
  if (ahp.consistencyRatio >= MAX_CONSISTENCY_RATIO) {
    issues.add(
      `${path}.judgements`,
      `inconsistent judgements: CR = ${ahp.consistencyRatio.toFixed(4)} (must be < ${MAX_CONSISTENCY_RATIO})`,
    );
  }
  const weights = new Map((order as string[]).map((code, i) => [code, ahp.weights[i]]));
  if (p.statedWeights !== undefined && requireObject(issues, p.statedWeights, `${path}.statedWeights`)) {
    for (const [code, stated] of Object.entries(p.statedWeights)) {
      const w = weights.get(code);
      if (w === undefined) issues.add(`${path}.statedWeights.${code}`, `unknown dimension '${code}'`);
      else if (typeof stated !== 'number' || Math.abs(stated - w) > STATED_WEIGHT_TOLERANCE) {
        issues.add(
          `${path}.statedWeights.${code}`,
          `stated ${String(stated)} but the judgements give ${w.toFixed(4)} (tolerance ${STATED_WEIGHT_TOLERANCE})`,
        );
      }
    }
  }
  return {
    name,
    use: p.use === 'ranking' ? 'ranking' : 'level',
    appliesWhen,
    weights,
    ahp,
    provenance: p.provenance === 'reconstructed' ? 'reconstructed' : 'judgements',
  };
}
