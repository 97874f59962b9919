// approvePlan: the plan's approval issues its referrals, so it is resolved in referral/ (plan comes before it).
import { Arg, Authorized, createUnionType, ID, Mutation, Resolver } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { ConflictError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { Plan } from '../plan/plan.entity';
import { ConflictOfInterestError } from '../plan/plan.types';
import { PlanApprovalService } from './plan-approval.service';
import { SecondPersonRequiredError } from '../auth/four-eyes';

export const ApprovePlanResult = createUnionType({
  name: 'ApprovePlanResult',
  description: 'The approved plan with its referrals issued, or why it was not approved.',
  types: () =>
    [
      Plan,
      NotFoundError,
      InvalidTransitionError,
      ConflictError,
      ConflictOfInterestError,
      SecondPersonRequiredError,
    ] as const,
});

@Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
@Resolver(() => Plan)
export class PlanApprovalResolver {
  constructor(private readonly approval: PlanApprovalService) {}

  @Mutation(() => ApprovePlanResult, {
    description:
      "Approve a draft: one PENDING referral per item to the resource's provider; the needs become REFERRED, unmet " +
      'ones NO_RESOURCE. Refused with ConflictOfInterestError when you filed a near relative (近亲属备案) among the ' +
      "household's members: ADMIN approves instead. Four eyes (四眼原则): where the district requires it (the default), " +
      'a SUPERVISOR of the street or ADMIN approves, never whoever generated or edited the draft ' +
      '(SecondPersonRequiredError); ADMIN approving its own draft is recorded in the audit.',
  })
  approvePlan(
    @Arg('planId', () => ID, { description: 'The draft plan.' }) planId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.approval.approve(viewer, planId);
  }
}
