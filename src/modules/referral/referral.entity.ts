import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MoneyColumn } from '../../db/columns';
import { NeedUrgencyEnum } from '../assessment/assessment.enums';
import { DEPRECATED_ONE_NEED } from '../plan/plan.enums';
import { ReferralOutcome, ReferralOutcomeEnum, ReferralStatus, ReferralStatusEnum } from './referral.enums';

// Household, need, plan and member details reach GraphQL through referral-fields.resolver.ts, which
// decides per role: a PARTNER gets the minimal subject view, never the household.
@ObjectType({
  description:
    "A referral (转介): one plan item (one resource, all the needs it meets) sent to the resource's provider, worked " +
    'through to an outcome.',
})
@Entity()
export class Referral {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) planId: string;
  @Index('IDX_referral_plan_item', { unique: true }) @Column({ type: 'uuid' }) planItemId: string;
  @Column({ type: 'uuid' }) householdId: string;
  @Field({ description: 'Street (街镇) of the household.' }) @Column({ type: 'varchar', length: 9 }) streetCode: string;
  /** The lead need (the first of needIds). */
  @Column({ type: 'uuid' }) needId: string;
  @Field({ description: 'Code of the lead need (N01–N28).', deprecationReason: DEPRECATED_ONE_NEED })
  @Column({ type: 'varchar', length: 3 })
  needCode: string;
  // needIds reaches GraphQL through referral-fields.resolver.ts (ADMIN and ADVISER only, like need).
  @Column({ type: 'uuid', array: true }) needIds: string[];
  @Field(() => [String], { description: 'Codes N01–N28 of every need it works on, lead need first.' })
  @Column({ type: 'text', array: true })
  needCodes: string[];
  @Field(() => NeedUrgencyEnum, {
    description: 'EMERGENCY (answer within 24 h) when any of its needs is, else ORDINARY.',
  })
  @Column({ type: 'text' })
  urgency: string;
  @Field(() => ID, { description: 'The resource.' }) @Column({ type: 'uuid' }) resourceId: string;
  @Field({ description: 'The provider organisation it was sent to.' })
  @Column({ type: 'varchar', length: 40 })
  providerId: string;
  @Field(() => ReferralStatusEnum, { description: 'Where it stands.' })
  @Column({ type: 'text' })
  status: ReferralStatus;
  @Field({
    description: "True while it holds one of the resource's counted places (QUOTA resources with a known number).",
  })
  @Column({ type: 'boolean', default: false })
  placeTaken: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The quota period (名额周期) whose place it holds or held, e.g. 2026; null when it took none.',
  })
  @Column({ type: 'text', nullable: true })
  placePeriod: string | null;
  @Field({ description: 'Withdrawn because the household declined the help (the need is then DECLINED).' })
  @Column({ type: 'boolean', default: false })
  householdDeclined: boolean;
  @Field({ description: 'Who issued it (the approver).' }) @Column({ type: 'text' }) issuedBy: string;
  @Field({ description: 'When it was issued.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  issuedAt: Date;
  @Field({
    description:
      'When the provider should have answered: 24 calendar hours after issue when any of its needs is EMERGENCY ' +
      "(NEED-3), else the resource's processing time in working days (10 when unstated).",
  })
  @Column({ type: 'timestamptz' })
  answerDueAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the provider answered (accepted or declined).' })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it closed (DECLINED, COMPLETED or WITHDRAWN).' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
  @Field(() => ReferralOutcomeEnum, { nullable: true, description: 'Outcome of a completed referral.' })
  @Column({ type: 'text', nullable: true })
  outcome: ReferralOutcome | null;
  @Field(() => Float, { nullable: true, description: 'Amount delivered, yuan.' }) @MoneyColumn() amountDelivered:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Sessions delivered.' })
  @Column({ type: 'integer', nullable: true })
  sessionsDelivered: number | null;
  @Field(() => String, { nullable: true, description: 'The latest reason or outcome note.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
  @Field({ description: 'Last change.' }) @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: 'One transition of a referral: who, when, from, to, why.' })
@Entity()
export class ReferralChange {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('IDX_referral_change_referral_id') @Column({ type: 'uuid' }) referralId: string;
  @Field(() => ReferralStatusEnum, { nullable: true, description: 'Status before; null when issued.' })
  @Column({ type: 'text', nullable: true })
  fromStatus: ReferralStatus | null;
  @Field(() => ReferralStatusEnum, { description: 'Status after.' }) @Column({ type: 'text' }) toStatus: ReferralStatus;
  @Field(() => String, { nullable: true, description: 'Reason or outcome note.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
  @Field({ description: 'Who (token subject).' }) @Column({ type: 'text' }) actorId: string;
  @Field({ description: 'Their role.' }) @Column({ type: 'text' }) actorRole: string;
  @Field({ description: 'When.' }) @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
}
