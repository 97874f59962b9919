import { IsInt, IsNotEmpty, Matches, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../common/validators';
import { ReferralOutcome, ReferralOutcomeEnum, ReferralStatus, ReferralStatusEnum } from './referral.enums';

@InputType({ description: 'Accept a referral or start delivering it.' })
export class ReferralStepInput {
  @Field(() => ID, { description: 'The referral.' }) id: string;
  @Field(() => String, { nullable: true, description: 'Optional note.' }) @MaxLength(2000) note?: string;
}

@InputType({ description: 'Decline a referral (provider) or withdraw it (adviser): a reason is required.' })
export class ReferralReasonInput {
  @Field(() => ID, { description: 'The referral.' }) id: string;
  @Field({ description: 'Why.' }) @IsNotEmpty() @MaxLength(2000) reason: string;
}

@InputType({ description: 'Withdraw a referral (adviser), with the reason.' })
export class WithdrawReferralInput extends ReferralReasonInput {
  @Field({
    defaultValue: false,
    description:
      'True when the household itself declined the help: the need becomes DECLINED (closed) instead of OPEN.',
  })
  householdDeclined: boolean = false;
}

@InputType({
  description: 'Complete a referral with its outcome and what was delivered (an amount, sessions, or both).',
})
export class CompleteReferralInput {
  @Field(() => ID, { description: 'The referral.' }) id: string;
  @Field(() => ReferralOutcomeEnum, { description: 'MET or PARTIALLY_MET.' })
  @Matches(/^(MET|PARTIALLY_MET)$/)
  outcome: ReferralOutcome;
  @Field(() => Float, { nullable: true, description: 'Amount delivered, yuan (at most two decimals).' })
  @Money()
  amountDelivered?: number;
  @Field(() => Int, { nullable: true, description: 'Sessions delivered.' }) @IsInt() @Min(0) sessionsDelivered?: number;
  @Field(() => String, { nullable: true, description: 'Outcome note.' }) @MaxLength(2000) note?: string;
}

@InputType({ description: 'Which referrals to list; every field optional.' })
export class ReferralFilter {
  @Field(() => ReferralStatusEnum, { nullable: true, description: 'Only this status.' }) status?: ReferralStatus;
  @Field(() => String, { nullable: true, description: 'Only this provider organisation.' }) providerId?: string;
  @Field(() => String, { nullable: true, description: 'Only households of this street (9 digits).' })
  @Matches(/^\d{9}$/)
  streetCode?: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only PENDING referrals not answered within the resource's processing time; false: only those not overdue.",
  })
  overdue?: boolean;
}
