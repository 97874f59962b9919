// Editing a draft plan: the adviser removes items (with a reason, kept for the record) and adds
// resources (with a reason). One item per resource: adding a resource already in the draft for
// another need it meets adds that need to its item. An addition passes the matcher's own checks
// (planner.checkCandidate): it is refused when ineligible or a duplicate; an UNKNOWN verdict is
// accepted and flagged, because the adviser may know facts the registry lacks and the provider
// verifies them anyway.
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock';
import { isUuid } from '../../common/text';
import { Viewer } from '../../common/viewer';
import { InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { Household } from '../household/household.entity';
import { HouseholdService } from '../household/household.service';
import { Need } from '../need/need.entity';
import { CLOSED_NEED_STATUSES } from '../need/need.enums';
import { PlanInputLoader } from './plan-input-loader';
import { Plan, PlanItem } from './plan.entity';
import { AddPlanItemInput, RemovePlanItemInput } from './plan.inputs';
import { checkCandidate, expectedBenefit, failedConditionsOf, RankingReasonData } from './planner';

export type EditPlanResult = Plan | InputValidationError | NotFoundError | InvalidTransitionError;

export class PlanEditService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly inputs: PlanInputLoader,
    private readonly clock: Clock,
  ) {}

  async removeItem(viewer: Viewer, input: RemovePlanItemInput): Promise<EditPlanResult> {
    return this.db.transaction(async (em) => {
      const item = isUuid(input.itemId) ? await em.findOneBy(PlanItem, { id: input.itemId }) : null;
      const found = item && (await this.draft(em, viewer, item.planId));
      if (!item || !found) return new NotFoundError('PlanItem', input.itemId);
      if (found instanceof InvalidTransitionError) return found;
      if (item.removedAt)
        return new InputValidationError([
          {
            field: 'input.itemId',
            reason: 'ALREADY_REMOVED',
            message: `the item was removed on ${item.removedAt.toISOString()}`,
          },
        ]);
      await em.update(
        PlanItem,
        { id: item.id },
        { removedAt: this.clock.now(), removedBy: viewer.id, removedReason: input.reason },
      );
      return this.touch(em, found.plan);
    });
  }

  async addItem(viewer: Viewer, input: AddPlanItemInput): Promise<EditPlanResult> {
    return this.db.transaction(async (em) => {
      const found = await this.draft(em, viewer, input.planId);
      if (!found) return new NotFoundError('Plan', input.planId);
      if (found instanceof InvalidTransitionError) return found;
      const { plan, household } = found;
      const need = isUuid(input.needId) ? await em.findOneBy(Need, { id: input.needId }) : null;
      if (!need || need.householdId !== plan.householdId)
        return new InputValidationError([
          { field: 'input.needId', reason: 'NOT_A_NEED_OF_HOUSEHOLD', message: 'not a need of this household' },
        ]);
      if (CLOSED_NEED_STATUSES.includes(need.status))
        return new InputValidationError([
          { field: 'input.needId', reason: 'NEED_CLOSED', message: `the need is ${need.status}` },
        ]);
      const catalogue = await this.inputs.catalogue(em);
      const resource = catalogue.byId.get(input.resourceId);
      if (!resource)
        return new InputValidationError([
          { field: 'input.resourceId', reason: 'UNKNOWN_RESOURCE', message: 'no published resource with this id' },
        ]);
      if (!resource.needCodes.includes(need.code)) {
        return new InputValidationError([
          {
            field: 'input.resourceId',
            reason: 'NOT_FOR_THIS_NEED',
            message: `${resource.code} does not meet ${need.code} (it meets ${resource.needCodes.join(', ')})`,
          },
        ]);
      }
      const items = await em.find(PlanItem, { where: { planId: plan.id }, order: { position: 'ASC' } });
      const active = items.filter((i) => !i.removedAt);
      // One item per resource: the resource already in the draft gains the need instead of a second item.
      const existing = active.find((i) => i.resourceId === resource.id) ?? null;
      if (existing?.needIds.includes(need.id)) {
        return new InputValidationError([
          {
            field: 'input.resourceId',
            reason: 'ALREADY_IN_PLAN',
            message: `${resource.code} is already proposed for ${need.code}`,
          },
        ]);
      }
      const [{ input: plannerInput }] = await this.inputs.load(em, [household], catalogue, { previous: false });
      const judged = checkCandidate(
        plannerInput,
        { id: need.id, code: need.code, urgency: need.urgency, status: need.status },
        resource,
        active.filter((i) => i !== existing),
      );
      if (judged.reason && judged.reason !== 'UNKNOWN_FACTS') {
        const failed = failedConditionsOf(judged)
          .map((l) => l.en)
          .join('; ');
        return new InputValidationError([
          {
            field: 'input.resourceId',
            reason: judged.reason,
            message: `${resource.code}: ${judged.text.en}${failed ? ` (${failed})` : ''}`,
          },
        ]);
      }
      const unknown = judged.reason === 'UNKNOWN_FACTS';
      if (existing) {
        await em.update(
          PlanItem,
          { id: existing.id },
          {
            needIds: [...existing.needIds, need.id],
            needCodes: [...existing.needCodes, need.code],
            rationale: [...existing.rationale, ...adviserReasons(viewer, input.reason, unknown, need.code)],
          },
        );
        return this.touch(em, plan);
      }
      const explained = resource.rule.lines(plannerInput.facts);
      await em.insert(PlanItem, {
        id: randomUUID(),
        planId: plan.id,
        position: items.length + 1,
        kind: 'REFERRAL',
        source: 'ADVISER',
        needId: need.id,
        needCode: need.code,
        needIds: [need.id],
        needCodes: [need.code],
        resourceId: resource.id,
        resourceCode: resource.code,
        tier: resource.tier,
        rationale: adviserReasons(viewer, input.reason, unknown, null),
        eligibilityResult: explained.result,
        eligibility: explained.lines,
        alternatives: [],
        expectedBenefit: expectedBenefit(resource, 'REFERRAL', plannerInput.household.memberCount),
        addedBy: viewer.id,
        addedReason: input.reason,
      });
      return this.touch(em, plan);
    });
  }

  /**
   * The plan, locked, with its household, if visible and still a draft; null if invisible;
   * InvalidTransitionError otherwise.
   */
  async draft(
    em: EntityManager,
    viewer: Viewer,
    planId: string,
  ): Promise<{ plan: Plan; household: Household } | InvalidTransitionError | null> {
    if (!isUuid(planId)) return null;
    const plan = await em
      .getRepository(Plan)
      .createQueryBuilder('p')
      .where('p.id = :planId', { planId })
      .setLock('pessimistic_write')
      .getOne();
    const household = plan && (await this.households.findVisible(viewer, plan.householdId, em));
    if (!plan || !household) return null;
    if (plan.status !== 'DRAFT')
      return new InvalidTransitionError(
        plan.status,
        'DRAFT',
        plan.status === 'SUPERSEDED'
          ? 'a newer version replaced this draft'
          : 'an approved plan is no longer edited; generate a new version',
      );
    return { plan, household };
  }

  private async touch(em: EntityManager, plan: Plan): Promise<Plan> {
    plan.updatedAt = this.clock.now();
    await em.update(Plan, { id: plan.id }, { updatedAt: plan.updatedAt });
    return plan;
  }
}

/** The rationale of an adviser's addition; `needCode` names the need when it is added to an existing item. */
function adviserReasons(
  viewer: Viewer,
  reason: string,
  unknown: boolean,
  needCode: string | null,
): RankingReasonData[] {
  return [
    {
      criterion: 'ADVISER_CHOICE',
      value: viewer.id,
      zh: needCode ? `顾问添加（${needCode}）：${reason}` : `顾问添加：${reason}`,
      en: needCode ? `added by the adviser for ${needCode}: ${reason}` : `added by the adviser: ${reason}`,
    },
    ...(unknown
      ? [
          {
            criterion: 'ADVISER_CHOICE' as const,
            value: 'UNKNOWN',
            zh: needCode ? `${needCode}资格待核实：请补充缺失信息` : '资格待核实：请补充缺失信息',
            en: `eligibility unknown${needCode ? ` for ${needCode}` : ''}: facts are missing; the provider verifies`,
          },
        ]
      : []),
  ];
}
