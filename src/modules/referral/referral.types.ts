import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult } from '../../graphql/errors';
import { ListOf } from '../../graphql/pagination';
import { EligibilityTraceLine } from '../catalogue/resource-eligibility.types';
import { ExpectedBenefit } from '../plan/plan.types';
import { Referral } from './referral.entity';
import { ReferralStatusEnum } from './referral.enums';

@ObjectType({
  implements: ErrorResult,
  description:
    'The resource has no place left, or is no longer published: the referral was not accepted. Nothing was written.',
})
export class ResourceAtCapacityError extends ErrorResult {
  @Field(() => ID, { description: 'The resource.' }) resourceId: string;
  @Field({ description: 'Its catalogue code.' }) resourceCode: string;
  @Field({ description: 'NO_PLACES_LEFT or NOT_PUBLISHED.' }) reason: string;

  constructor(resourceId = '', resourceCode = '', reason = 'NO_PLACES_LEFT') {
    super();
    this.errorCode = ErrorCode.CONFLICT;
    this.resourceId = resourceId;
    this.resourceCode = resourceCode;
    this.reason = reason;
    this.message =
      reason === 'NO_PLACES_LEFT'
        ? `资源${resourceCode}名额已满 resource ${resourceCode} has no places left`
        : `资源${resourceCode}未发布 resource ${resourceCode} is not published`;
  }
}

@ObjectType({
  description:
    'What a provider sees of the household behind a referral: enough to act, nothing more (no names, no ID numbers, ' +
    'no health facts the resource does not require).',
})
export class ReferralSubject {
  @Field({ description: 'Street (街镇) code.' }) streetCode: string;
  @Field(() => String, {
    nullable: true,
    description: 'Neighbourhood committee (居村委), to arrange the first contact through the adviser.',
  })
  neighbourhood: string | null;
  @Field(() => Int, { description: 'Household size.' }) memberCount: number;
  @Field(() => [EligibilityTraceLine], {
    description:
      "The conditions of the resource's own rule that the household meets, as evaluated when planned: only the " +
      'facts the resource requires.',
  })
  requiredFacts: EligibilityTraceLine[];
  @Field(() => ExpectedBenefit, { nullable: true, description: 'What the plan expects the resource to give.' })
  expectedBenefit: ExpectedBenefit | null;
  @Field({ description: 'The adviser (or ADMIN) who issued it; the provider contacts the household through them.' })
  referredBy: string;
}

@ObjectType({ description: 'A page of referrals.' })
export class ReferralList extends ListOf(Referral, 'The referrals on this page, newest first.') {}

@ObjectType({
  description:
    'Referral counts for one provider and status (转介统计). For VIEWER, cells under 5 are suppressed and counts ' +
    'rounded to a multiple of 5.',
})
export class ReferralStatisticsCell {
  @Field({ description: 'Provider organisation.' }) providerId: string;
  @Field(() => ReferralStatusEnum, { description: 'Status.' }) status: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Number of referrals; null when suppressed; for VIEWER rounded to a multiple of 5, null under 5.',
  })
  referrals: number | null;
  @Field({ description: 'True when the count is hidden because it is under 5 (VIEWER only).' }) suppressed: boolean;
}
