import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { ConnectionArgs, pageRequest } from '../../graphql/pagination';
import { FundPayment } from '../fund/fund.entity';
import { Household } from '../household/household.entity';
import { Plan } from '../plan/plan.entity';
import { CaseHelp } from './case-help.entity';
import { PendingApproval } from './pending-approval.entity';
import { approvalVerdict, PendingApprovalService } from './pending-approval.service';
import { PendingApprovalFilter, PendingApprovalList } from './pending-approval.types';

// 待审批 for the second person: the SUPERVISOR of the streets, and ADMIN. Nested fields go through loaders.
@Authorized('ADMIN', 'SUPERVISOR')
@Resolver(() => PendingApproval)
export class PendingApprovalResolver {
  constructor(private readonly service: PendingApprovalService) {}

  @Query(() => PendingApprovalList, {
    description:
      '待审批 what waits for a second person (四眼原则) in your streets (ADMIN: all), oldest first: draft plans ' +
      '(where the district asks for a second person on plans), panel outcomes and payments waiting for approval. ' +
      'What you drafted yourself is listed with draftedByYou true and mayApprove false.',
  })
  pendingApprovals(
    @Arg('filter', () => PendingApprovalFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: PendingApprovalFilter | undefined,
    @Args(() => ConnectionArgs) window: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.list(viewer, filter ?? {}, pageRequest(null, window, info));
  }

  @FieldResolver(() => Boolean, { description: 'True when you drafted it (generated or edited, opened, entered).' })
  draftedByYou(@Root() a: PendingApproval, @CurrentViewer() viewer: Viewer) {
    return approvalVerdict(viewer, a).draftedByYou;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may take the decision: false for what you drafted (ADMIN may, recorded as an override).',
  })
  mayApprove(@Root() a: PendingApproval, @CurrentViewer() viewer: Viewer) {
    return approvalVerdict(viewer, a).mayApprove;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Why not (DRAFTER_CANNOT_APPROVE), or FOUR_EYES_OVERRIDE when ADMIN would approve its own draft; null otherwise.',
  })
  reason(@Root() a: PendingApproval, @CurrentViewer() viewer: Viewer) {
    return approvalVerdict(viewer, a).reason;
  }

  @FieldResolver(() => Household, { description: 'The household.' })
  household(@Root() a: PendingApproval, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(a.householdId);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The draft plan, for PLAN_APPROVAL.' })
  plan(@Root() a: PendingApproval, @Ctx() { loaders }: Context) {
    return a.kind === 'PLAN_APPROVAL' ? loaders.planById.load(a.id) : null;
  }

  @FieldResolver(() => CaseHelp, { nullable: true, description: 'The case, for CASE_DECISION.' })
  caseHelp(@Root() a: PendingApproval, @Ctx() { loaders }: Context) {
    return a.kind === 'CASE_DECISION' ? loaders.caseHelpById.load(a.id) : null;
  }

  @FieldResolver(() => FundPayment, { nullable: true, description: 'The payment, for CASE_PAYMENT.' })
  payment(@Root() a: PendingApproval, @Ctx() { loaders }: Context) {
    return a.kind === 'CASE_PAYMENT' ? loaders.fundPaymentById.load(a.id) : null;
  }
}
