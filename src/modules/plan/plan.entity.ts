import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Tier } from '../catalogue/catalogue.enums';
import { EligibilityResultEnum, EligibilityTraceLine } from '../catalogue/resource-eligibility.types';
import {
  DEPRECATED_ONE_NEED,
  PlanItemKind,
  PlanItemKindEnum,
  PlanItemSource,
  PlanItemSourceEnum,
  PlanStatus,
  PlanStatusEnum,
} from './plan.enums';
import type {
  CandidateVerdictData,
  CoveredNeedData,
  ExpectedBenefitData,
  RankingReasonData,
  ResourceRef,
  TraceLine,
  UnmetNeedData,
} from './planner';
import {
  CandidateVerdict,
  CoveredNeed,
  ExpectedBenefit,
  PlanChange,
  RankingReason,
  ResourceVersionRef,
  UnmetNeed,
} from './plan.types';

// One row per version; the household's current plan is its highest version.
@ObjectType({
  description:
    'A household plan (一户一策): one version of the referral plan, with its items, unmet needs and what it was based on.',
})
@Entity()
@Index('IDX_plan_household_version', ['householdId', 'version'], { unique: true })
export class Plan {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The household.' }) @Column({ type: 'uuid' }) householdId: string;
  @Field(() => Int, { description: "Version 1, 2, 3 … of this household's plan." })
  @Column({ type: 'integer' })
  version: number;
  @Field(() => PlanStatusEnum, { description: 'DRAFT, APPROVED or SUPERSEDED.' })
  @Column({ type: 'text' })
  status: PlanStatus;
  @Field(() => ID, { nullable: true, description: 'The assessment it was based on.' })
  @Column({ type: 'uuid', nullable: true })
  assessmentId: string | null;
  @Field(() => [ResourceVersionRef], {
    description: 'Catalogue state it was based on: every resource considered, with its version.',
  })
  @Column({ type: 'jsonb' })
  catalogueState: ResourceRef[];
  @Field(() => [UnmetNeed], { description: 'Needs no resource can meet now (无资源), with per-candidate reasons.' })
  @Column({ type: 'jsonb', default: [] })
  unmet: UnmetNeedData[];
  @Field(() => [CoveredNeed], { description: 'Needs not referred again: already received, or an active referral.' })
  @Column({ type: 'jsonb', default: [] })
  covered: CoveredNeedData[];
  @Field(() => [PlanChange], { description: 'What changed from the previous version.' })
  @Column({ type: 'jsonb', default: [] })
  changes: PlanChange[];
  @Field({ description: 'Who generated it (token subject).' }) @Column({ type: 'text' }) generatedBy: string;
  @Field({ description: 'When it was generated.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  generatedAt: Date;
  @Field(() => String, { nullable: true, description: 'Who approved it.' })
  @Column({ type: 'text', nullable: true })
  approvedBy: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The approver's role (ADVISER, or ADMIN instead of an adviser with a near-relative filing).",
  })
  @Column({ type: 'text', nullable: true })
  approvedRole: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was approved.' })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;
  @Field({ description: 'Last change.' }) @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({
  description:
    'One item of a plan: one resource proposed for the household, every need it meets, why, and what it should give.',
})
@Entity()
export class PlanItem {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('IDX_plan_item_plan_id') @Column({ type: 'uuid' }) planId: string;
  @Field(() => Int, { description: 'Order in the plan (1 = first): statutory first, emergencies first within a tier.' })
  @Column({ type: 'integer' })
  position: number;
  @Field(() => PlanItemKindEnum, { description: 'REFERRAL, SMALL_AMOUNT_AID or CASE_PROPOSAL.' })
  @Column({ type: 'text' })
  kind: PlanItemKind;
  @Field(() => PlanItemSourceEnum, { description: 'PLANNER or ADVISER.' })
  @Column({ type: 'text' })
  source: PlanItemSource;
  @Field(() => ID, { description: 'The lead need (the first of needIds).', deprecationReason: DEPRECATED_ONE_NEED })
  @Column({ type: 'uuid' })
  needId: string;
  @Field({ description: 'Code of the lead need.', deprecationReason: DEPRECATED_ONE_NEED })
  @Column({ type: 'varchar', length: 3 })
  needCode: string;
  @Field(() => [ID], { description: 'Every need this resource meets for the household, lead need first.' })
  @Column({ type: 'uuid', array: true })
  needIds: string[];
  @Field(() => [String], { description: 'Their codes N01–N28, in the same order as needIds.' })
  @Column({ type: 'text', array: true })
  needCodes: string[];
  @Field(() => ID, { description: 'The resource.' }) @Column({ type: 'uuid' }) resourceId: string;
  @Field({ description: 'Resource code.' }) @Column({ type: 'varchar', length: 40 }) resourceCode: string;
  @Field(() => Tier, { description: 'Tier of the resource.' }) @Column({ type: 'text' }) tier: Tier;
  @Field(() => [RankingReason], { description: 'Why it was chosen.' })
  @Column({ type: 'jsonb', default: [] })
  rationale: RankingReasonData[];
  @Field(() => EligibilityResultEnum, {
    description: "Eligibility when planned (UNKNOWN only for an adviser's addition or the emergency route).",
  })
  @Column({ type: 'text' })
  eligibilityResult: string;
  @Field(() => [EligibilityTraceLine], {
    description: 'The resource rule, condition by condition, for this household.',
  })
  @Column({ type: 'jsonb', default: [] })
  eligibility: TraceLine[];
  @Field(() => [CandidateVerdict], { description: 'The other candidates for this need and why they were not chosen.' })
  @Column({ type: 'jsonb', default: [] })
  alternatives: CandidateVerdictData[];
  @Field(() => ExpectedBenefit, { description: 'What it should give.' })
  @Column({ type: 'jsonb' })
  expectedBenefit: ExpectedBenefitData;
  @Field({ description: 'Who added it: the generating user, or the adviser.' })
  @Column({ type: 'text' })
  addedBy: string;
  @Field(() => String, { nullable: true, description: "The adviser's reason for adding it." })
  @Column({ type: 'text', nullable: true })
  addedReason: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was removed from the draft; removed items are kept for the record.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Who removed it.' })
  @Column({ type: 'text', nullable: true })
  removedBy: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was removed.' })
  @Column({ type: 'text', nullable: true })
  removedReason: string | null;
}
