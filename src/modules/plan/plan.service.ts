// Generating plans (一户一策) and reading them. Generation runs the pure matcher (planner.ts) over
// inputs loaded in batches (plan-input-loader.ts) and stores a new version with what changed.
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { Clock } from '../../common/clock';
import { isUuid } from '../../common/text';
import { Viewer } from '../../common/viewer';
import { ConflictError, InputValidationError, NotFoundError } from '../../graphql/errors';
import { Household } from '../household/household.entity';
import { HouseholdService } from '../household/household.service';
import { diffPlans } from './plan-diff';
import { HouseholdPlanInputs, PlanInputLoader } from './plan-input-loader';
import { Plan, PlanItem } from './plan.entity';
import { planHousehold, type PlannedItem, type PlannerOutput } from './planner';

export interface GenerateOptions {
  /** Skip households whose new plan would be identical to their current one (restartable batch runs). */
  onlyChanged: boolean;
}

export class PlanService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    readonly inputs: PlanInputLoader,
    private readonly clock: Clock,
  ) {}

  /** A new draft with its items (the resolver hands them to the request's loader: no read-back). */
  async generate(
    viewer: Viewer,
    householdId: string,
  ): Promise<{ plan: Plan; items: PlanItem[] } | NotFoundError | InputValidationError | ConflictError> {
    try {
      return await this.db.transaction(async (em) => {
        const household = await this.households.findVisible(viewer, householdId, em);
        if (!household) return new NotFoundError('Household', householdId);
        const [data] = await this.inputs.load(em, [household], await this.inputs.catalogue(em));
        if (!data.assessmentId) {
          return new InputValidationError([
            {
              field: 'householdId',
              reason: 'NOT_ASSESSED',
              message: 'the household has no assessment yet: assess it first (assessHousehold)',
            },
          ]);
        }
        const { plans, items } = await this.store(em, [data], viewer.id, { onlyChanged: false });
        return { plan: plans[0], items };
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'IDX_plan_household_version'
      ) {
        return new ConflictError(
          `Another plan of household ${householdId} was generated at the same moment; reload and retry`,
        );
      }
      throw error;
    }
  }

  /** Plans many households in one transaction (batch CLI and benchmark): a fixed number of queries per batch. */
  async generateMany(em: EntityManager, households: Household[], actorId: string, options: GenerateOptions) {
    const data = (await this.inputs.load(em, households, await this.inputs.catalogue(em))).filter(
      (d) => d.assessmentId !== null,
    );
    return this.store(em, data, actorId, options);
  }

  async findVisible(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<Plan | null> {
    if (!isUuid(id)) return null;
    const plan = await em.findOneBy(Plan, { id });
    return plan && (await this.households.findVisible(viewer, plan.householdId, em)) ? plan : null;
  }

  private async store(em: EntityManager, data: HouseholdPlanInputs[], actorId: string, options: GenerateOptions) {
    const plans: Plan[] = [];
    const items: PlanItem[] = [];
    const superseded: string[] = [];
    for (const d of data) {
      const out = planHousehold(d.input);
      const previous = d.previous;
      const changes = diffPlans(previous && { ...previous.plan, items: previous.items }, {
        assessmentId: d.assessmentId,
        ...out,
      });
      if (options.onlyChanged && previous && changes.length === 0) continue;
      const plan = em.create(Plan, plannedPlanRow(d, out, changes, actorId, this.clock.now()));
      plans.push(plan);
      if (previous?.plan.status === 'DRAFT') superseded.push(previous.plan.id);
      out.items.forEach((item, i) => items.push(em.create(PlanItem, plannedItemRow(plan.id, item, i, actorId))));
    }
    if (superseded.length) await em.update(Plan, { id: In(superseded), status: 'DRAFT' }, { status: 'SUPERSEDED' });
    for (let i = 0; i < plans.length; i += 500) await em.insert(Plan, plans.slice(i, i + 500));
    for (let i = 0; i < items.length; i += 500) await em.insert(PlanItem, items.slice(i, i + 500));
    return { plans, items };
  }
}

/** The row of a new DRAFT plan version from the planner's output (also written by bench:batch's floor). */
export function plannedPlanRow(
  d: HouseholdPlanInputs,
  out: PlannerOutput,
  changes: Plan['changes'],
  generatedBy: string,
  now: Date,
) {
  return {
    id: randomUUID(),
    householdId: d.input.household.id,
    version: (d.previous?.plan.version ?? 0) + 1,
    status: 'DRAFT' as const,
    assessmentId: d.assessmentId,
    catalogueState: out.catalogueState,
    unmet: out.unmet,
    covered: out.covered,
    changes,
    generatedBy,
    generatedAt: now,
    approvedBy: null,
    approvedRole: null,
    approvedAt: null,
    updatedAt: now,
  };
}

/** The row of the planner's i-th item of a new plan version (also written by bench:batch's floor). */
export function plannedItemRow(planId: string, item: PlannedItem, i: number, addedBy: string) {
  return {
    id: randomUUID(),
    planId,
    position: i + 1,
    kind: item.kind,
    source: 'PLANNER' as const,
    needId: item.needId,
    needCode: item.needCode,
    needIds: item.needIds,
    needCodes: item.needCodes,
    resourceId: item.resourceId,
    resourceCode: item.resourceCode,
    tier: item.tier,
    rationale: item.rationale,
    eligibilityResult: item.eligibilityResult,
    eligibility: item.eligibility,
    alternatives: item.alternatives,
    expectedBenefit: item.expectedBenefit,
    addedBy,
    addedReason: null,
    removedAt: null,
    removedBy: null,
    removedReason: null,
  };
}
