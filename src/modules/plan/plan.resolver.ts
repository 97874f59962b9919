import { Arg, Authorized, createUnionType, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import type { Context } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/context';
import { ConflictError, InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { PlanEditService } from './plan-edit.service';
import { Plan } from './plan.entity';
import { AddPlanItemInput, RemovePlanItemInput } from './plan.inputs';
import { PlanService } from './plan.service';
import { PrintLink, PrintLinkResult } from './plan-print.types';

export const GeneratePlanResult = createUnionType({
  name: 'GeneratePlanResult',
  description: 'The new plan version, or why none was made.',
  types: () => [Plan, InputValidationError, NotFoundError, ConflictError] as const,
});
export const EditPlanResult = createUnionType({
  name: 'EditPlanResult',
  description: 'The draft after the change, or why nothing changed.',
  types: () => [Plan, InputValidationError, NotFoundError, InvalidTransitionError] as const,
});

/** What the resolver needs of the print links (src/modules/print/print-link.ts signs them; print comes after plan). */
export interface PlanPrintLinks {
  sign(planId: string, viewer: Viewer): { token: string; expiresAt: Date };
}

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Plan)
export class PlanResolver {
  constructor(
    private readonly plans: PlanService,
    private readonly edits: PlanEditService,
    private readonly printLinks: PlanPrintLinks | null = null,
  ) {}

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR') // the street office's supervisor reads the draft it approves
  @Query(() => Plan, {
    description:
      'One plan version (一户一策) with its items, referrals and unmet needs. A plan of a household outside your ' +
      'streets is NOT_FOUND.',
  })
  async plan(@Arg('id', () => ID, { description: 'The plan id.' }) id: string, @CurrentViewer() viewer: Viewer) {
    const plan = await this.plans.findVisible(viewer, id);
    if (!plan) throw new DomainError('NOT_FOUND', `Plan ${id} not found`);
    return plan;
  }

  @Mutation(() => GeneratePlanResult, {
    description:
      "Match the household's active needs (latest assessment) to the published catalogue and store the result as a " +
      'new draft version, with what changed since the previous one. An older draft becomes SUPERSEDED.',
  })
  async generatePlan(
    @Arg('householdId', () => ID, { description: 'The household.' }) householdId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.plans.generate(viewer, householdId);
    if (!('plan' in result)) return result;
    loaders.planItemsByPlanId.prime(result.plan.id, result.items); // just written: not read back
    return result.plan;
  }

  @Mutation(() => EditPlanResult, {
    description: 'Remove an item from a draft, with the reason (kept for the record).',
  })
  removePlanItem(
    @Arg('input', { description: 'The item and the reason.' }) input: RemovePlanItemInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.edits.removeItem(viewer, input);
  }

  @Mutation(() => EditPlanResult, {
    description:
      'Add a resource for a need to a draft, with the reason. Refused (InputValidationError on input.resourceId, ' +
      'reason = a CandidateReason) when ineligible or a duplicate; accepted and flagged when eligibility is ' +
      'UNKNOWN.',
  })
  addPlanItem(
    @Arg('input', { description: 'Plan, need, resource and reason.' }) input: AddPlanItemInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.edits.addItem(viewer, input);
  }

  @Mutation(() => PrintLinkResult, {
    description:
      'A signed link (打印链接) to the printed plan (一户一策方案) for a browser that cannot send a header: GET it within 5 ' +
      'minutes; it opens only this plan, as you. NotFoundError for a plan you may not see.',
  })
  async printLink(
    @Arg('planId', () => ID, { description: 'The plan to print.' }) planId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    const plan = await this.plans.findVisible(viewer, planId);
    if (!plan || !this.printLinks) return new NotFoundError('Plan', planId);
    const { token, expiresAt } = this.printLinks.sign(plan.id, viewer);
    return Object.assign(new PrintLink(), { url: `/plans/${plan.id}/print?token=${token}`, expiresAt });
  }
}
