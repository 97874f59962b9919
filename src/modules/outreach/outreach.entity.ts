// A 政策找人 lead (outreach task): one household, one target group of POLICY.md §2.2, the reasons that
// raised it and the hash of their facts, worked by the street's adviser to an outcome, with history.
// Key: (household, group, facts hash): a sweep never raises the same facts twice, open or closed.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import {
  LeadEligibilityEnum,
  LeadOutcomeEnum,
  LeadStatusEnum,
  type LeadEligibility,
  type LeadOutcome,
  type LeadStatus,
} from './outreach.enums';

@ObjectType({ description: 'Why a household is a lead (找人理由): a rule that holds, with its ids and words.' })
export class OutreachReason {
  @Field(() => [String], { description: 'Rule ids: the OUT-… id first, then the POLICY.md ids or resource codes.' })
  ruleIds: string[];
  @Field({ description: 'The reason in Chinese.' }) zh: string;
  @Field({ description: 'The reason in English.' }) en: string;
  @Field(() => [String], {
    description: 'Group 1, UNKNOWN: the facts to ask the household (待核实事实), in the rule language; else empty.',
  })
  factsToAsk: string[];
}

@ObjectType({ description: 'A 政策找人 lead: a household of one target group (POLICY.md §2.2) to be visited.' })
@Entity()
@Index('IDX_outreach_lead_key', ['householdId', 'targetGroup', 'factsHash'], { unique: true })
@Index('IDX_outreach_lead_raised', ['raisedAt', 'id'])
@Index('IDX_outreach_lead_street_raised', ['streetCode', 'raisedAt', 'id'])
@Index('IDX_outreach_lead_status_raised', ['status', 'raisedAt', 'id'])
@Index('IDX_outreach_lead_adviser_raised', ['adviserId', 'raisedAt', 'id'])
@Index('IDX_outreach_lead_group_raised', ['targetGroup', 'raisedAt', 'id'])
@Index('IDX_outreach_lead_eligibility_raised', ['eligibility', 'raisedAt', 'id'], {
  where: '"eligibility" IS NOT NULL',
})
export class OutreachLead {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The household.' }) @Column({ type: 'uuid' }) householdId: string;
  @Field({ description: 'Street (街镇) of the household when the lead was raised.' })
  @Column({ type: 'varchar', length: 9 })
  streetCode: string;
  @Field(() => Int, {
    name: 'group',
    description:
      'Target group (目标群体, POLICY.md §2.2): 1 potentially eligible, 2 refused or terminated and in hardship, ' +
      '3 covered with further needs, 4 others needing attention.',
  })
  @Column({ type: 'smallint' })
  targetGroup: number;
  @Field(() => LeadEligibilityEnum, { nullable: true, description: 'Group 1: ELIGIBLE or UNKNOWN; null otherwise.' })
  @Column({ type: 'text', nullable: true })
  eligibility: LeadEligibility | null;
  @Field(() => [OutreachReason], { description: 'Why (理由), each with its rule ids.' })
  @Column({ type: 'jsonb' })
  reasons: OutreachReason[];
  /** sha256 of the reasons' evidence (policy/outreach-groups.ts leadFactsKey); not a GraphQL field. */
  @Column({ type: 'text' }) factsHash: string;
  @Field(() => LeadStatusEnum, { description: 'Where the lead stands.' })
  @Column({ type: 'text', default: 'OPEN' })
  status: LeadStatus;
  @Field(() => ID, {
    nullable: true,
    description: 'Adviser the task is assigned to; null when the street has none free.',
  })
  @Column({ type: 'uuid', nullable: true })
  adviserId: string | null;
  @Field({ description: 'When a sweep raised it.' }) @Column({ type: 'timestamptz' }) raisedAt: Date;
  @Field({ description: 'When its status last changed.' }) @Column({ type: 'timestamptz' }) statusChangedAt: Date;
  @Field(() => Int, { description: 'Version; increases with every change (pass as expectedVersion).' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

@ObjectType({ description: 'One step in a lead’s history (处理记录).' })
@Entity()
@Index('IDX_outreach_lead_change_lead', ['leadId', 'at'])
export class OutreachLeadChange {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) leadId: string;
  @Field(() => LeadStatusEnum, { nullable: true, description: 'Status before; null when the lead was raised.' })
  @Column({ type: 'text', nullable: true })
  fromStatus: LeadStatus | null;
  @Field(() => LeadStatusEnum, { description: 'Status after.' }) @Column({ type: 'text' }) toStatus: LeadStatus;
  @Field(() => String, { nullable: true, description: 'Note of the adviser (no ID numbers).' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
  @Field({ description: 'Who (token subject, or "sweep").' }) @Column({ type: 'text' }) actorId: string;
  @Field({ description: 'When.' }) @Column({ type: 'timestamptz' }) at: Date;
}

export type { LeadOutcome };
export { LeadOutcomeEnum };
