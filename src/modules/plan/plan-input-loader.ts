// Loads what the matcher reads, for many households at once, in a fixed number of queries
// (catalogue 2, facts ~9, needs 1, active referrals 1, previous plans 2), whatever the batch size.
import { quotaPeriodOf } from '../../../policy/quota-period';
// (The plan mutations' GraphQL input types are in plan.inputs.ts.)
import { EntityManager, In, Not } from 'typeorm';
import { inTurn } from '../../db/in-turn';
import type { Clock } from '../../common/clock';
import { groupByKeys } from '../../common/by-keys';
import { latestAssessments } from '../assessment/assessment.service';
import { Provider, Resource } from '../catalogue/catalogue.entity';
import { TIER_OF_PROVIDER } from '../catalogue/catalogue.enums';
import { ResourceEligibilityService } from '../catalogue/resource-eligibility.service';
import { Household } from '../household/household.entity';
import { Need } from '../need/need.entity';
import { CLOSED_NEED_STATUSES } from '../need/need.enums';
import { Plan, PlanItem } from './plan.entity';
import { GOVERNMENT_PROVIDER_TYPES } from '../../../policy/duplicate-assistance';
import { indexCatalogue, PlannerCatalogue, PlannerInput, PlannerResource } from './planner';
import { receivedResources } from './planner-judge';

/** What a new version needs of the latest one: its number and status, and what the diff compares. */
export interface PreviousPlan {
  plan: Pick<
    Plan,
    'id' | 'householdId' | 'version' | 'status' | 'assessmentId' | 'unmet' | 'covered' | 'catalogueState'
  >;
  items: Array<Pick<PlanItem, 'planId' | 'position' | 'needCode' | 'needCodes' | 'resourceCode' | 'removedAt'>>;
}

export interface HouseholdPlanInputs {
  input: PlannerInput;
  assessmentId: string | null;
  previous: PreviousPlan | null;
}

/** Active referrals of households (referral/active-referrals.ts reads them; plan comes before referral). */
export type ActiveReferralsOf = (
  em: EntityManager,
  householdIds: string[],
) => Promise<Array<{ householdId: string; needIds: string[]; resourceId: string }>>;

export class PlanInputLoader {
  constructor(
    private readonly eligibility: ResourceEligibilityService,
    private readonly activeReferralsOf: ActiveReferralsOf,
    private readonly clock: Clock,
  ) {}

  /** Published, suspended and retired resources with their tiers and compiled rules (drafts are private). */
  async catalogue(em: EntityManager): Promise<PlannerCatalogue> {
    const [resources, providers] = await inTurn([
      () => em.find(Resource, { where: { status: In(['PUBLISHED', 'SUSPENDED', 'RETIRED']) }, order: { code: 'ASC' } }),
      () => em.find(Provider),
    ]);
    const types = new Map(providers.map((p) => [p.id, p.type]));
    return indexCatalogue(
      resources.map((r) =>
        toPlannerResource(r, types.get(r.providerId) ?? 'CHARITY', this.eligibility, this.clock.today()),
      ),
    );
  }

  /**
   * `previous: false` skips the latest plans (and leaves `previous` null) for callers that do not diff,
   * such as an adviser's addition.
   */
  async load(
    em: EntityManager,
    households: Household[],
    catalogue: PlannerCatalogue,
    options: { previous: boolean } = { previous: true },
  ): Promise<HouseholdPlanInputs[]> {
    if (households.length === 0) return [];
    const ids = households.map((h) => h.id);
    const [latest, needs, referrals, previous] = await inTurn([
      () => latestAssessments(em, ids),
      () =>
        em.find(Need, {
          where: { householdId: In(ids), status: Not(In([...CLOSED_NEED_STATUSES])) },
          order: { code: 'ASC' },
        }),
      () => this.activeReferralsOf(em, ids),
      () => (options.previous ? latestPlans(em, ids) : new Map<string, PreviousPlan>()),
    ]);
    // The latest assessments and open needs just read are the ones the eligibility facts need too.
    const facts = await this.eligibility.factsFor(em, households, { latest, openNeeds: needs });
    const needsOf = groupByKeys(ids, needs, (n) => n.householdId);
    const referralsOf = groupByKeys(ids, referrals, (r) => r.householdId);
    const asOf = this.clock.today();
    return households.map((h, i) => ({
      assessmentId: latest.get(h.id)?.id ?? null,
      previous: previous.get(h.id) ?? null,
      input: {
        asOf,
        household: {
          id: h.id,
          streetCode: h.streetCode,
          memberCount: facts[i].memberCount,
          charityReferralConsent: h.consents?.charityReferral ?? null,
        },
        facts: facts[i],
        needs: needsOf[i].map((n) => ({ id: n.id, code: n.code, urgency: n.urgency, status: n.status })),
        catalogue,
        received: receivedResources(facts[i], catalogue),
        // One entry per need of each active referral (a referral works on every need of its item).
        activeReferrals: referralsOf[i].flatMap((r) =>
          r.needIds.map((needId) => ({ needId, resourceId: r.resourceId })),
        ),
      },
    }));
  }
}

export function toPlannerResource(
  r: Resource,
  providerType: string,
  eligibility: Pick<ResourceEligibilityService, 'rule'>,
  today: string,
): PlannerResource {
  return {
    id: r.id,
    code: r.code,
    providerId: r.providerId,
    providerIsGovernment: GOVERNMENT_PROVIDER_TYPES.includes(providerType),
    tier: r.tierOverride ?? TIER_OF_PROVIDER[providerType as keyof typeof TIER_OF_PROVIDER] ?? 'CHARITY_COMMUNITY',
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    form: r.form,
    needCodes: r.needCodes,
    capacityKind: r.capacityKind,
    remaining: remainingToday(r, today),
    geoScope: r.geoScope,
    processingDays: r.processingDays,
    exclusiveGroup: r.exclusiveGroup,
    statutoryFirst: r.statutoryFirst,
    status: r.status,
    validFrom: r.validFrom,
    validTo: r.validTo,
    version: r.version,
    benefit: r.benefit ?? {},
    rule: eligibility.rule(r),
  };
}

/** The highest version of each household's plan, with its items. */
/**
 * The latest plan of each household with its items, only the columns a new version reads (PreviousPlan): not the
 * items' rationale, eligibility trace and alternatives, most of a stored item's size (re-planning read them back
 * for nothing: 14% of its database time, bench:batch --replan).
 */
export async function latestPlans(
  em: EntityManager,
  householdIds: readonly string[],
): Promise<Map<string, PreviousPlan>> {
  if (householdIds.length === 0) return new Map();
  const columns = ['id', 'householdId', 'version', 'status', 'assessmentId', 'unmet', 'covered', 'catalogueState'];
  const plans: PreviousPlan['plan'][] = await em
    .getRepository(Plan)
    .createQueryBuilder('p')
    .select(columns.map((c) => `p.${c}`))
    .distinctOn(['p.household_id'])
    .where('p.household_id IN (:...ids)', { ids: householdIds })
    .orderBy('p.household_id')
    .addOrderBy('p.version', 'DESC')
    .getMany();
  const items: PreviousPlan['items'] = plans.length
    ? await em.find(PlanItem, {
        select: { planId: true, position: true, needCode: true, needCodes: true, resourceCode: true, removedAt: true },
        where: { planId: In(plans.map((p) => p.id)) },
        order: { position: 'ASC' },
      })
    : [];
  const itemsOf = groupByKeys(
    plans.map((p) => p.id),
    items,
    (i) => i.planId,
  );
  return new Map(plans.map((p, i) => [p.householdId, { plan: p, items: itemsOf[i] }]));
}

/**
 * Places left today: the stored count, unless it counts a quota period that has ended (the places
 * reopen with the new period, policy/quota-period.ts; the count itself is reset at the next place taken).
 */
export function remainingToday(r: Pick<Resource, 'remaining' | 'remainingPeriod' | 'period' | 'quota'>, today: string) {
  if (r.remainingPeriod === null || r.quota === null) return r.remaining;
  return r.remainingPeriod === quotaPeriodOf(r.period, today).key ? r.remaining : r.quota;
}
