import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Matches, MaxLength, Max, Min } from 'class-validator';
import { ConflictError, InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { ListOf } from '../../graphql/pagination';
import { OutreachLead, OutreachLeadChange } from './outreach.entity';
import {
  LeadEligibilityEnum,
  LeadOutcomeEnum,
  LeadStatusEnum,
  SweepLevelEnum,
  type LeadEligibility,
  type LeadOutcome,
  type LeadStatus,
  type SweepLevel,
} from './outreach.enums';

@InputType({ description: 'Where a 政策找人 sweep looks.' })
export class SweepInput {
  @Field(() => SweepLevelEnum, { description: 'STREET, DISTRICT or CITY.' }) level: SweepLevel;
  @Field(() => String, {
    nullable: true,
    description: 'Street code (9 digits) or district code (6 digits); none for CITY.',
  })
  code?: string | null;
}

@ObjectType({ description: 'Leads of one target group raised by a sweep (按目标群体).' })
export class OutreachGroupCount {
  @Field(() => Int, { description: 'Target group 1–4 (POLICY.md §2.2).' }) group: number;
  @Field(() => Int, { description: 'Leads raised.' }) count: number;
}

@ObjectType({ description: 'What a 政策找人 sweep did (找人结果). Run again on the same facts, it raises nothing.' })
export class OutreachSweepReport {
  @Field(() => SweepLevelEnum, { description: 'The scope swept.' }) level: SweepLevel;
  @Field(() => String, { nullable: true, description: 'The street or district code; null for CITY.' })
  code: string | null;
  @Field({ description: 'The evaluation date (windows count back from it), YYYY-MM-DD.' }) asOf: string;
  @Field(() => Int, { description: 'Active households evaluated.' }) households: number;
  @Field(() => Int, { description: 'New leads raised.' }) raised: number;
  @Field(() => [OutreachGroupCount], { description: 'New leads by target group.' }) raisedByGroup: OutreachGroupCount[];
  @Field(() => Int, { description: 'Leads found again with unchanged facts (open or closed): not raised again.' })
  unchanged: number;
  @Field(() => Int, { description: 'Leads being worked whose facts changed: closed as SUPERSEDED by a new one.' })
  superseded: number;
  @Field(() => Int, { description: 'New leads no adviser of the street could take (none active or all full).' })
  unassigned: number;
}

export const RunOutreachSweepResult = createUnionType({
  name: 'RunOutreachSweepResult',
  description: 'The sweep report, or why nothing was swept.',
  types: () => [OutreachSweepReport, InputValidationError] as const,
});

@InputType({ description: 'Record what working a lead came to (走访结果).' })
export class RecordOutreachOutcomeInput {
  @Field(() => ID, { description: 'The lead.' }) leadId: string;
  @Field(() => LeadOutcomeEnum, { description: 'The outcome.' }) outcome: LeadOutcome;
  @Field(() => Int, { description: 'The version you read (OutreachLead.version); a stale one is a ConflictError.' })
  expectedVersion: number;
  @Field(() => String, { nullable: true, description: 'Note, up to 2000 characters (no ID numbers).' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

export const RecordOutreachOutcomeResult = createUnionType({
  name: 'RecordOutreachOutcomeResult',
  description: 'The lead after the change, or why nothing was written.',
  types: () => [OutreachLead, NotFoundError, ConflictError, InvalidTransitionError, InputValidationError] as const,
});

@InputType({ description: 'Filters for outreach leads; all optional.' })
export class OutreachLeadFilter {
  @Field(() => Int, { nullable: true, description: 'Target group 1–4.' })
  @IsOptional()
  @Min(1)
  @Max(4)
  group?: number;
  @Field(() => LeadStatusEnum, { nullable: true, description: 'Status.' }) status?: LeadStatus;
  @Field(() => LeadEligibilityEnum, { nullable: true, description: 'Group 1: ELIGIBLE or UNKNOWN.' })
  eligibility?: LeadEligibility;
  @Field(() => String, { nullable: true, description: 'Street code (9 digits).' })
  @IsOptional()
  @Matches(/^\d{9}$/)
  streetCode?: string;
  @Field(() => ID, { nullable: true, description: 'Assigned adviser.' }) adviserId?: string;
  @Field(() => ID, { nullable: true, description: 'Household.' }) householdId?: string;
}

@ObjectType({ description: 'A page of outreach leads.' })
export class OutreachLeadList extends ListOf(OutreachLead, 'The leads on this page, newest first.') {}

@ObjectType({
  description:
    'Outreach leads of one street, target group and status (找人统计). ' +
    'For VIEWER, counts are rounded to a multiple of 5 and null under 5.',
})
export class OutreachStatisticsCell {
  @Field({ description: 'Street (街镇) code.' }) streetCode: string;
  @Field(() => Int, { description: 'Target group 1–4.' }) group: number;
  @Field(() => LeadStatusEnum, {
    description: 'Status: OPEN, a step or an outcome (SUPERSEDED leads are not counted).',
  })
  status: string;
  @Field(() => Int, { nullable: true, description: 'Leads; null when suppressed.' }) leads: number | null;
  @Field({ description: 'True when the count is hidden because it is under 5 (VIEWER only).' }) suppressed: boolean;
}

export { OutreachLeadChange };
