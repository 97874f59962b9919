import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NeedUrgency } from '../../../scoring';
import { NeedUrgencyEnum } from '../assessment/assessment.enums';
import { NeedSourceEnum, NeedStatusEnum, type NeedSource, type NeedStatus } from './need.enums';

// One row per household and need code while it is active (NEED-6); closed rows stay as history.
@ObjectType({ description: 'A row of the low-income needs list (低收入人口需求清单): one household, one need.' })
@Entity()
@Index('IDX_need_household_code', ['householdId', 'code'])
@Index('IDX_need_household_opened', ['householdId', 'openedAt', 'code', 'id'])
export class Need {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The household.' }) @Column({ type: 'uuid' }) householdId: string;
  @Field({ description: 'Need code N01–N28.' }) @Column({ type: 'varchar', length: 3 }) code: string;
  @Field(() => NeedStatusEnum, { description: 'Where the need stands.' }) @Column({ type: 'text' }) status: NeedStatus;
  @Field(() => NeedSourceEnum, { description: 'How the need was found.' }) @Column({ type: 'text' }) source: NeedSource;
  @Field(() => NeedUrgencyEnum, { description: 'EMERGENCY (red flag, ≤ 24 h) or ORDINARY.' })
  @Column({ type: 'text' })
  urgency: NeedUrgency;
  @Field(() => [String], { description: 'Indicators that triggered it (assessment needs).' })
  @Column({ type: 'text', array: true, default: '{}' })
  indicators: string[];
  @Field(() => String, { nullable: true, description: 'Note from the adviser or the source.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
  @Field(() => ID, { nullable: true, description: 'The latest assessment that raised or confirmed it.' })
  @Column({ type: 'uuid', nullable: true })
  assessmentId: string | null;
  @Field({ description: 'False when the latest assessment no longer triggers it but a referral is still under way.' })
  @Column({ type: 'boolean', default: true })
  stillTriggered: boolean;
  @Field({ description: 'When it was opened.' }) @CreateDateColumn({ type: 'timestamptz' }) openedAt: Date;
  @Field({ description: 'Last change.' }) @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was closed (MET, DECLINED or RESOLVED).' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

@ObjectType({ description: 'One change of a need: status, who, when and why.' })
@Entity()
export class NeedChange {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('IDX_need_change_need_id') @Column({ type: 'uuid' }) needId: string;
  @Field(() => NeedStatusEnum, { nullable: true, description: 'Status before; null when the need was opened.' })
  @Column({ type: 'text', nullable: true })
  fromStatus: NeedStatus | null;
  @Field(() => NeedStatusEnum, { description: 'Status after.' }) @Column({ type: 'text' }) toStatus: NeedStatus;
  @Field({ description: 'Why.' }) @Column({ type: 'text' }) reason: string;
  @Field({ description: 'Who (token subject, or "assessment").' }) @Column({ type: 'text' }) actorId: string;
  @Field({ description: 'When.' }) @CreateDateColumn({ type: 'timestamptz' }) at: Date;
}
