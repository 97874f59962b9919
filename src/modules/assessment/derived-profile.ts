// The profile of a stored assessment, derived when read (issue 15 §3, "store less"): an assessment keeps
// its input snapshot (facts), its model version and its scores; the texts and the explanation are what
// scoreHousehold makes of those facts under that model, deterministically, so they are computed again
// instead of stored (test/integration/derived-profile.spec.ts proves the two equal). Model versions are
// immutable (ModelService.register refuses an existing id), so a compiled model is kept per process by id.
// Rows written before the change still hold the profile they stored; it is what they show.
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { HardshipProfile, loadModel, scoreHousehold, ScoringModel } from '../../../scoring';
import { Assessment, ScoringModelVersion } from './assessment.entity';

const compiled = new Map<string, ScoringModel>();

/** The compiled model of a stored version, from the per-process cache (compiled once per id). */
export function compiledModel(row: Pick<ScoringModelVersion, 'id' | 'definition'>): ScoringModel {
  let model = compiled.get(row.id);
  if (!model) {
    model = loadModel(row.definition);
    compiled.set(row.id, model);
  }
  return model;
}

/** The compiled models of these ids: those not compiled yet read in one query. */
export async function modelsById(
  em: EntityManager | DataSource,
  ids: Iterable<string>,
): Promise<Map<string, ScoringModel>> {
  const wanted = [...new Set(ids)];
  const missing = wanted.filter((id) => !compiled.has(id));
  if (missing.length > 0)
    for (const row of await em.getRepository(ScoringModelVersion).find({ where: { id: In(missing) } }))
      compiledModel(row);
  const out = new Map<string, ScoringModel>();
  for (const id of wanted) {
    const model = compiled.get(id);
    if (model) out.set(id, model);
  }
  return out;
}

/** JSON and GraphQL have no Infinity: an unbounded ratio is shown as null (its score still says 4). */
export function sanitise(profile: HardshipProfile): HardshipProfile {
  for (const indicator of profile.indicators)
    if (indicator.value !== null && !Number.isFinite(indicator.value)) indicator.value = null;
  return profile;
}

/** The profile of one assessment under its model: the stored one (rows from before), else re-scored. */
export function profileOf(assessment: Assessment, model: ScoringModel | undefined): HardshipProfile {
  if (assessment.profile) return assessment.profile;
  if (!model) throw new Error(`scoring model ${assessment.modelId} of assessment ${assessment.id} is not stored`);
  return sanitise(scoreHousehold(assessment.facts, model));
}

/** The profiles of many assessments, in their order: at most one query (models not compiled yet). */
export async function profilesOf(
  em: EntityManager | DataSource,
  assessments: readonly Assessment[],
): Promise<HardshipProfile[]> {
  const models = await modelsById(
    em,
    assessments.filter((a) => !a.profile).map((a) => a.modelId),
  );
  return assessments.map((a) => profileOf(a, models.get(a.modelId)));
}
