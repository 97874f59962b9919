// Assessing households: registry rows → HouseholdFacts → scoring/ → an immutable Assessment, and
// AssessmentMade published in the same transaction (the needs list and the visit schedule follow it). Works in batches
// so the CLI can stream 100k.
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { HardshipProfile, HouseholdFacts, scoreHousehold, ScoringModel } from '../../../scoring';
import type { Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { Viewer } from '../../common/viewer';
import { NotFoundError } from '../../graphql/errors';
import { inTurn } from '../../db/in-turn';
import { groupByKeys } from '../../common/by-keys';
import { AssistanceEvent, CategoryHolding, LifeEvent } from '../household/assistance.entity';
import { Household } from '../household/household.entity';
import { HouseholdRows, toHouseholdFacts } from '../household/household-facts';
import { HouseholdService } from '../household/household.service';
import { Member } from '../household/member.entity';
import { standardInForce } from '../reference/reference.service';
import type { DibaoStandard } from '../reference/reference.entity';
import { Assessment } from './assessment.entity';
import { ModelService } from './model.service';
import { sanitise } from './derived-profile';

export class AssessmentService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly models: ModelService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  async assess(viewer: Viewer, householdId: string): Promise<Assessment | NotFoundError> {
    return this.db.transaction(async (em) => {
      const household = await this.households.findVisible(viewer, householdId, em);
      if (!household) return new NotFoundError('Household', householdId);
      const {
        assessments: [assessment],
        created,
      } = await this.assessHouseholds(em, [household], viewer.id, { force: false });
      // an unchanged household's latest assessment comes back with its keys only: read it whole
      return created > 0 ? assessment : em.findOneByOrFail(Assessment, { id: assessment.id });
    });
  }

  /** The profile the household would get with these facts; stores nothing. */
  async preview(
    viewer: Viewer,
    householdId: string,
    change: (facts: HouseholdFacts) => void,
    modelId?: string,
  ): Promise<HardshipProfile | NotFoundError> {
    const household = await this.households.findVisible(viewer, householdId);
    if (!household) return new NotFoundError('Household', householdId);
    const model = modelId ? await this.models.get(modelId) : await this.models.active();
    if (!model) return new NotFoundError('ScoringModel', modelId ?? '');
    const [facts] = await this.factsFor(this.db.manager, [household], this.clock.today());
    change(facts);
    return sanitise(scoreHousehold(facts, model));
  }

  /**
   * Assesses households in one transaction; skips those whose latest assessment has the same model,
   * day and facts — unless a warning arrived after it: a reassessment after a warning always records
   * a new assessment, which is what clears the household's WARNING reassessment (POL-WRN-2). A skipped
   * household's result is its latest assessment's keys only (LATEST_KEYS: id, model, day, facts hash).
   */
  async assessHouseholds(
    em: EntityManager,
    households: Household[],
    actorId: string,
    options: { force: boolean },
  ): Promise<{ assessments: Assessment[]; created: number }> {
    const asOf = this.clock.today();
    const model = await this.models.active(em);
    const facts = await this.factsFor(em, households, asOf);
    const ids = households.map((h) => h.id);
    // Only what the comparison reads (a chunk's 500 fact snapshots are not read back to be compared by hash).
    const latest = await latestAssessments(em, ids, LATEST_KEYS);
    const warned = await warnedSinceLatestAssessment(em, ids);
    const results: Assessment[] = [];
    const fresh: Assessment[] = [];
    const profiles: HardshipProfile[] = [];
    households.forEach((household, i) => {
      const hash = factsHash(facts[i]);
      const previous = latest.get(household.id);
      if (
        !options.force &&
        !warned.has(household.id) &&
        previous &&
        previous.modelId === model.id &&
        previous.asOf === asOf &&
        previous.factsHash === hash
      ) {
        results.push(previous);
        return;
      }
      // The profile is not stored (derived-profile.ts): only what it is scored and scheduled by.
      const profile = scoreHousehold(facts[i], model);
      const assessment = em.create(Assessment, {
        householdId: household.id,
        modelId: model.id,
        asOf,
        facts: facts[i],
        factsHash: hash,
        profile: null,
        composite: profile.composite,
        level: profile.level,
        circle: profile.circle.primary,
        visitCadence: profile.cadence.visit,
        reassessMonths: profile.cadence.reassessMonths,
        assessedBy: actorId,
        assessedAt: this.clock.now(),
      });
      fresh.push(assessment);
      profiles.push(profile);
      results.push(assessment);
    });
    if (fresh.length > 0) {
      await em.getRepository(Assessment).save(fresh, { chunk: 200 });
      await this.events.publish(em, 'AssessmentMade', {
        // The profiles scored above (never read back): the handlers read their needs.
        assessments: fresh.map((a, i) => ({ householdId: a.householdId, assessmentId: a.id, profile: profiles[i] })),
      });
    }
    return { assessments: results, created: fresh.length };
  }

  /** Registry rows of many households in five queries, mapped onto the scoring contract. */
  async factsFor(
    em: EntityManager,
    households: Household[],
    asOf: string,
    /** The standard in force on asOf, when the caller has read it already. */
    known?: DibaoStandard,
  ): Promise<HouseholdFacts[]> {
    const ids = households.map((h) => h.id);
    // in turn, not Promise.all: em is often a transaction's, one connection (src/db/in-turn.ts)
    const [members, categories, events, lifeEvents, standard] = await inTurn([
      () => em.find(Member, { where: { householdId: In(ids) }, order: { position: 'ASC' } }),
      () => em.find(CategoryHolding, { where: { householdId: In(ids) } }),
      () => em.find(AssistanceEvent, { where: { householdId: In(ids) } }),
      () => em.find(LifeEvent, { where: { householdId: In(ids) } }),
      () => known ?? standardInForce(em, asOf),
    ]);
    const reference = { dibaoStandard: standard.dibaoStandard, edgeMultiplier: standard.edgeMultiplier };
    const byHousehold = <T extends { householdId: string }>(rows: T[]) => groupByKeys(ids, rows, (r) => r.householdId);
    const [m, c, e, l] = [byHousehold(members), byHousehold(categories), byHousehold(events), byHousehold(lifeEvents)];
    return households.map((household, i) => {
      const rows: HouseholdRows = {
        household,
        members: m[i],
        categories: c[i],
        assistanceEvents: e[i],
        lifeEvents: l[i],
      };
      return toHouseholdFacts(rows, asOf, reference);
    });
  }

  async activeModel(): Promise<ScoringModel> {
    return this.models.active();
  }
}

/** The columns assessHouseholds compares a household's latest assessment by. */
const LATEST_KEYS = ['id', 'householdId', 'modelId', 'asOf', 'factsHash', 'assessedAt'] as const;

/** The latest assessment of each household (only the `columns` given, when given). */
export async function latestAssessments(
  em: EntityManager | DataSource,
  householdIds: readonly string[],
  columns?: ReadonlyArray<keyof Assessment>,
): Promise<Map<string, Assessment>> {
  if (householdIds.length === 0) return new Map();
  const qb = em.getRepository(Assessment).createQueryBuilder('a');
  if (columns) qb.select(columns.map((c) => `a.${c}`));
  const rows = await qb
    .distinctOn(['a.household_id'])
    .where('a.household_id IN (:...ids)', { ids: householdIds })
    .orderBy('a.household_id')
    .addOrderBy('a.assessed_at', 'DESC')
    .addOrderBy('a.id', 'DESC')
    .getMany();
  return new Map(rows.map((a) => [a.householdId, a]));
}

async function warnedSinceLatestAssessment(em: EntityManager, householdIds: string[]): Promise<Set<string>> {
  if (householdIds.length === 0) return new Set();
  const rows: Array<{ household_id: string }> = await em.query(
    `SELECT DISTINCT w.household_id FROM warning w WHERE w.household_id = ANY($1::uuid[]) AND w.status <> 'UNMATCHED'
     AND w.matched_at > (SELECT max(a.assessed_at) FROM assessment a WHERE a.household_id = w.household_id)`,
    [householdIds],
  );
  return new Set(rows.map((r) => r.household_id));
}

export const factsHash = (facts: HouseholdFacts) => createHash('sha1').update(JSON.stringify(facts)).digest('hex');
