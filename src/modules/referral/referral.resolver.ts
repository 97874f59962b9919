import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, createUnionType, ID, Mutation, Query, Resolver, Info } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { ConnectionArgs, PAGE_DEPRECATION, PAGE_DESCRIPTION, PageInput, pageRequest } from '../../graphql/pagination';
import { Referral } from './referral.entity';
import {
  CompleteReferralInput,
  ReferralFilter,
  ReferralReasonInput,
  ReferralStepInput,
  WithdrawReferralInput,
} from './referral.inputs';
import { ReferralStatisticsService } from './referral-statistics.service';
import { ReferralService } from './referral.service';
import { ReferralList, ReferralStatisticsCell, ResourceAtCapacityError } from './referral.types';

export const ReferralResult = createUnionType({
  name: 'ReferralResult',
  description: 'The referral after the transition, or why it did not happen.',
  types: () =>
    [Referral, InputValidationError, NotFoundError, InvalidTransitionError, ResourceAtCapacityError] as const,
});

@Authorized('ADMIN', 'ADVISER', 'PARTNER')
@Resolver(() => Referral)
export class ReferralResolver {
  constructor(private readonly service: ReferralService) {}

  @Query(() => ReferralList, {
    description:
      'Referrals (转介) you may see, newest first: ADMIN all; ADVISER those of its streets; PARTNER its ' +
      "organisation's inbox (non-government organisations only for households that consented to charity " +
      'referral).',
  })
  referrals(
    @Arg('filter', () => ReferralFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: ReferralFilter | undefined,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: PAGE_DESCRIPTION,
      deprecationReason: PAGE_DEPRECATION,
    })
    page: PageInput | undefined,
    @Args(() => ConnectionArgs) window: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.list(viewer, filter ?? {}, pageRequest(page, window, info));
  }

  @Query(() => Referral, { description: 'One referral; NOT_FOUND when it does not exist or is not yours to see.' })
  async referral(
    @Arg('id', () => ID, { description: 'The referral id.' }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    const referral = await this.service.findVisible(viewer, id);
    if (!referral) throw new DomainError('NOT_FOUND', `Referral ${id} not found`);
    return referral;
  }

  @Mutation(() => ReferralResult, {
    description:
      'Provider: accept a PENDING referral. Takes one place atomically on a resource that counts places; ' +
      'ResourceAtCapacityError when none is left.',
  })
  acceptReferral(
    @Arg('input', { description: 'The referral.' }) input: ReferralStepInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.act(viewer, 'ACCEPT', input);
  }

  @Mutation(() => ReferralResult, {
    description:
      'Provider: decline a PENDING or ACCEPTED referral with a reason; a place taken is given back and the need ' +
      'goes back to OPEN.',
  })
  declineReferral(
    @Arg('input', { description: 'The referral and the reason.' }) input: ReferralReasonInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.act(viewer, 'DECLINE', input);
  }

  @Mutation(() => ReferralResult, {
    description: 'Provider: start delivering an ACCEPTED referral; the need becomes IN_PROGRESS.',
  })
  startReferral(
    @Arg('input', { description: 'The referral.' }) input: ReferralStepInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.act(viewer, 'START', input);
  }

  @Mutation(() => ReferralResult, {
    description:
      'Provider: complete an IN_PROGRESS referral with the outcome and what was delivered; the need becomes MET or ' +
      'PARTIALLY_MET.',
  })
  completeReferral(
    @Arg('input', { description: 'Outcome, amount and/or sessions delivered.' }) input: CompleteReferralInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.act(viewer, 'COMPLETE', input);
  }

  @Mutation(() => ReferralResult, {
    description:
      'Adviser: withdraw an open referral with a reason. A place taken is given back unless delivery had started; ' +
      'the need goes back to OPEN, or DECLINED when the household declined.',
  })
  withdrawReferral(
    @Arg('input', { description: 'The referral, the reason, and whether the household declined.' })
    input: WithdrawReferralInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.act(viewer, 'WITHDRAW', input);
  }
}

@Authorized('ADMIN', 'ADVISER', 'VIEWER')
@Resolver()
export class ReferralStatisticsResolver {
  constructor(private readonly statistics: ReferralStatisticsService) {}

  @Query(() => [ReferralStatisticsCell], {
    description:
      'Referral counts by provider and status (转介统计): ADMIN all, ADVISER its streets, VIEWER with cells under 5 ' +
      'suppressed.',
  })
  referralStatistics(
    @Arg('districtCode', () => String, { nullable: true, description: 'Only this district (6 digits).' })
    districtCode: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.statistics.byProviderAndStatus(viewer, districtCode ?? undefined);
  }
}
