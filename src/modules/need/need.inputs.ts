import { IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { NeedUrgency } from '../../../scoring';
import { NeedUrgencyEnum } from '../assessment/assessment.enums';
import { NeedSourceEnum, NeedStatusEnum, type NeedSource, type NeedStatus } from './need.enums';

const MANUAL_SOURCES = ['SELF_REPORT', 'VISIT', 'DATA_WARNING'] as const;

@InputType({ description: 'A need an adviser records by hand.' })
export class AddNeedInput {
  @Field(() => ID, { description: 'The household.' }) householdId: string;
  @Field({ description: 'Need code N01–N28.' }) @Matches(/^N\d{2}$/) code: string;
  @Field(() => NeedSourceEnum, {
    description: 'SELF_REPORT, VISIT or DATA_WARNING (ASSESSMENT needs come from assessments).',
  })
  @Matches(new RegExp(`^(${MANUAL_SOURCES.join('|')})$`), {
    message: 'source must be SELF_REPORT, VISIT or DATA_WARNING',
  })
  source: NeedSource;
  @Field(() => NeedUrgencyEnum, { nullable: true, description: 'Urgency; ORDINARY when omitted.' })
  urgency?: NeedUrgency;
  @Field({ description: 'What was reported or seen.' }) @IsNotEmpty() @MaxLength(2000) note: string;
}

@InputType({ description: 'Move a need to another status, with the reason.' })
export class ChangeNeedStatusInput {
  @Field(() => ID, { description: 'The need.' }) id: string;
  @Field(() => NeedStatusEnum, { description: 'New status (RESOLVED is set by reassessment only).' })
  @Matches(/^(OPEN|REFERRED|IN_PROGRESS|MET|PARTIALLY_MET|NO_RESOURCE|DECLINED)$/, {
    message: 'status RESOLVED is set by reassessment only',
  })
  status: NeedStatus;
  @Field({ description: 'Why.' }) @IsNotEmpty() @MaxLength(2000) reason: string;
}
