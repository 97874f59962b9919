import { ArrayMaxSize, IsNotEmpty, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { NeedUrgency } from '../../../scoring';
import { LocalDate } from '../../graphql/scalars';
import { NeedUrgencyEnum } from '../assessment/assessment.enums';
import { HouseholdFactsInput } from '../household/household.inputs';
import { NeedStatusEnum, type NeedStatus } from '../need/need.enums';
import { ServiceModeEnum, type ServiceMode } from './service-record.enums';

@InputType({
  description:
    'Household facts found on the visit; the same fields and rules as updateHousehold (omitted = unchanged, null = ' +
    'unknown).',
})
export class VisitHouseholdChangesInput extends HouseholdFactsInput {
  @Field(() => Int, {
    nullable: true,
    description: 'When given, the record is refused with CONFLICT if the household changed since it was read.',
  })
  expectedVersion?: number;
}

@InputType({ description: 'A need found on the visit (source VISIT).' })
export class VisitNeedInput {
  @Field({ description: 'Need code N01–N28.' }) @Matches(/^N\d{2}$/) code: string;
  @Field(() => NeedUrgencyEnum, { nullable: true, description: 'Urgency; ORDINARY when omitted.' })
  urgency?: NeedUrgency;
  @Field({ description: 'What was seen or reported.' }) @IsNotEmpty() @MaxLength(2000) note: string;
}

@InputType({ description: 'A need of this household closed or moved on by the visit.' })
export class VisitNeedStatusInput {
  @Field(() => ID, { description: 'The need (of the same household).' }) needId: string;
  @Field(() => NeedStatusEnum, {
    description: 'New status, e.g. MET or DECLINED (RESOLVED is set by reassessment only).',
  })
  @Matches(/^(OPEN|REFERRED|IN_PROGRESS|MET|PARTIALLY_MET|NO_RESOURCE|DECLINED)$/, {
    message: 'status RESOLVED is set by reassessment only',
  })
  status: NeedStatus;
  @Field({ description: 'Why.' }) @IsNotEmpty() @MaxLength(2000) reason: string;
}

@InputType({
  description: 'A service record (服务记录). Everything in it is written in one transaction, or nothing is.',
})
export class RecordServiceInput {
  @Field(() => ID, { description: 'The household served.' }) householdId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The adviser who delivered it: omit as an ADVISER (it is you); required as ADMIN.',
  })
  adviserId?: string;
  @Field({ description: 'Service code, ADV-BRIEF … ADV-EMERG (adviserServices).' })
  @Matches(/^ADV-[A-Z]+$/)
  serviceCode: string;
  @Field(() => ServiceModeEnum, {
    description: 'Mode; HOME_VISIT (and STATION for ADV-VISIT / ADV-FOLLOW) counts as a visit.',
  })
  mode: ServiceMode;
  @Field({ description: 'When it took place; not in the future.' }) occurredAt: Date;
  @Field({ description: "Findings: changes in the household's situation." })
  @IsNotEmpty()
  @MaxLength(5000)
  findings: string;
  @Field(() => String, { nullable: true, description: 'Next action.' }) @MaxLength(2000) nextAction?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'When the next action is due.' }) nextActionDue?:
    string | null;
  @Field(() => VisitHouseholdChangesInput, {
    nullable: true,
    description: 'Household facts to update, validated as updateHousehold does.',
  })
  @ValidateNested()
  householdChanges?: VisitHouseholdChangesInput;
  @Field(() => [VisitNeedInput], {
    nullable: true,
    description: 'Needs found (source VISIT); an active need of the same code is updated, not duplicated.',
  })
  @ArrayMaxSize(28)
  @ValidateNested()
  addNeeds?: VisitNeedInput[];
  @Field(() => [VisitNeedStatusInput], {
    nullable: true,
    description: 'Needs of this household to move to another status.',
  })
  @ArrayMaxSize(28)
  @ValidateNested()
  needStatusChanges?: VisitNeedStatusInput[];
  @Field(() => Boolean, {
    nullable: true,
    description:
      'ADV-FOLLOW only: the household has been out of assistance over a year with a stable income; stops the exit ' +
      'follow-up.',
  })
  followUpCompleted?: boolean;
}

@InputType({ description: 'Filters for service records; give a household or an adviser.' })
export class ServiceRecordFilter {
  @Field(() => ID, { nullable: true, description: 'The household.' }) householdId?: string;
  @Field(() => ID, { nullable: true, description: 'The adviser.' }) adviserId?: string;
  @Field(() => LocalDate, { nullable: true, description: 'From this date (inclusive).' }) from?: string;
  @Field(() => LocalDate, { nullable: true, description: 'To this date (inclusive).' }) to?: string;
}
