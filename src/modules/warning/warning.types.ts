import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  ErrorCode,
  ErrorResult,
  InputValidationError,
  InvalidTransitionError,
  NotFoundError,
} from '../../graphql/errors';
import { ListOf } from '../../graphql/pagination';
import { Warning, WarningBatch } from './warning.entity';
import { WarningType } from './warning-type.entity';
import { WarningOutcomeEnum, WarningStatusEnum, type WarningOutcome, type WarningStatus } from './warning.enums';
import type { WarningRowProblem } from './warning-rows';

@InputType({
  description:
    'One data-comparison event. Fields are strings so that a bad row is reported with its line, not refused as a ' +
    'whole request.',
})
export class WarningEventInput {
  @Field(() => Int, {
    nullable: true,
    description:
      'Line to report problems against (e.g. the line of the source file); the 1-based position in the list when ' +
      'omitted.',
  })
  @Min(1)
  line?: number;
  @Field({ description: "The source system's event id; ingestion is idempotent by it." }) eventId: string;
  @Field({ description: 'A warning type code (warningTypes), e.g. HOSPITALISATION or DRUG_USE.' }) type: string;
  @Field({ description: 'ID number (身份证号码) of the person concerned; matched to members.' }) idNumber: string;
  @Field({ description: 'Date of the event, YYYY-MM-DD; not in the future.' }) date: string;
  @Field({ defaultValue: '', description: 'Detail from the source.' }) detail: string;
}

@InputType({ description: 'A batch of data-comparison events (预警批次).' })
export class IngestWarningsInput {
  @Field({ description: 'Data source (数据来源), e.g. 医保局 2026-03.' }) @IsNotEmpty() @MaxLength(200) source: string;
  @Field(() => [WarningEventInput], { description: '1–5000 events.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested()
  events: WarningEventInput[];
}

@InputType({
  description:
    'A warning type (预警类型) to add or change: POL-WRN-3 makes the list of compared items configuration, so a new ' +
    'kind of data comparison needs no code change.',
})
export class SaveWarningTypeInput {
  @Field({ description: 'Code, upper case letters and underscores, e.g. DRUG_USE. An existing code is updated.' })
  @Matches(/^[A-Z][A-Z_]{1,39}$/)
  code: string;
  @Field({ description: 'Chinese name (中文名称).' }) @IsNotEmpty() @MaxLength(100) nameZh: string;
  @Field({ description: 'English name.' }) @IsNotEmpty() @MaxLength(200) nameEn: string;
  @Field(() => String, {
    nullable: true,
    description: 'Need code (N01–N28) a matched warning of this type raises; null for none.',
  })
  needCode?: string | null;
  @Field({ description: 'What it is and why this need: the source it comes from.' })
  @IsNotEmpty()
  @MaxLength(2000)
  description: string;
}

export const SaveWarningTypeResult = createUnionType({
  name: 'SaveWarningTypeResult',
  description: 'The saved warning type, or why nothing was written.',
  types: () => [WarningType, InputValidationError] as const,
});

@InputType({ description: 'Close a verified warning with its outcome (POL-MON-2).' })
export class CloseWarningInput {
  @Field(() => ID, { description: 'The warning.' }) id: string;
  @Field(() => WarningOutcomeEnum, { description: 'Outcome.' }) outcome: WarningOutcome;
  @Field({ description: 'What was verified.' }) @IsNotEmpty() @MaxLength(2000) note: string;
}

@InputType({ description: 'Filters for warnings; all optional.' })
export class WarningFilter {
  @Field(() => WarningStatusEnum, { nullable: true, description: 'Status; UNMATCHED warnings are for ADMIN only.' })
  status?: WarningStatus;
  @Field(() => ID, { nullable: true, description: 'The household.' }) householdId?: string;
  @Field(() => ID, { nullable: true, description: 'The batch.' }) batchId?: string;
  @Field(() => String, { nullable: true, description: 'Street (街镇) code of the household.' })
  @MaxLength(9)
  streetCode?: string;
}

@ObjectType({ description: 'A row of a batch that was not applied as a new warning, with why.' })
export class WarningRowReport {
  @Field(() => Int, { description: 'Line (CSV line, or position in the mutation).' }) line: number;
  @Field({ description: 'Event id.' }) eventId: string;
  @Field({
    description:
      'NO_MEMBER (no member has this ID number; stored as UNMATCHED), HOUSEHOLD_ARCHIVED (stored as UNMATCHED) ' +
      'or ALREADY_INGESTED (duplicate; nothing changed).',
  })
  reason: string;
}

@ObjectType({ description: 'A malformed row and what is wrong with it.' })
export class WarningRowProblemView implements WarningRowProblem {
  @Field(() => Int, { description: 'Line (CSV line, or position in the mutation).' }) line: number;
  @Field(() => String, { nullable: true, description: 'Event id, when the row has one.' }) eventId: string | null;
  @Field({ description: 'The field: eventId, type, idNumber, date, detail, header or line.' }) field: string;
  @Field({
    description:
      'Machine-readable reason, e.g. INVALID_CHECK_DIGIT, UNKNOWN_TYPE, DUPLICATE_IN_BATCH, WRONG_FIELD_COUNT.',
  })
  reason: string;
  @Field({ description: 'Human-readable explanation (never quotes the ID number).' }) message: string;
}

@ObjectType({ description: 'What an applied batch did.' })
export class WarningBatchReport {
  @Field(() => WarningBatch, { description: 'The stored batch with its counts.' }) batch: WarningBatch;
  @Field(() => [Warning], {
    description: 'New warnings matched to households: each flags its household for reassessment and a visit.',
  })
  matched: Warning[];
  @Field(() => [WarningRowReport], {
    description: 'New events with no matching member, stored as UNMATCHED so they can be matched later.',
  })
  unmatched: WarningRowReport[];
  @Field(() => [WarningRowReport], {
    description: 'Events already ingested (same event id); nothing changed for them.',
  })
  duplicates: WarningRowReport[];
}

@ObjectType({
  implements: ErrorResult,
  description: 'The batch had malformed rows: nothing was applied. Every problem is listed with its line.',
})
export class WarningBatchRejected extends ErrorResult {
  @Field(() => [WarningRowProblemView], { description: 'Every problem, by line.' }) problems: WarningRowProblemView[];

  constructor(problems: WarningRowProblem[] = []) {
    super();
    this.errorCode = ErrorCode.INVALID_INPUT;
    this.problems = problems.map((p) => Object.assign(new WarningRowProblemView(), p));
    this.message = `${problems.length} problem(s); nothing was applied: ${problems
      .slice(0, 5)
      .map((p) => `line ${p.line} ${p.field}: ${p.reason}`)
      .join('; ')}`;
  }
}

export const IngestWarningsResult = createUnionType({
  name: 'IngestWarningsResult',
  description: 'What the batch did, or why none of it was applied.',
  types: () => [WarningBatchReport, WarningBatchRejected, InputValidationError] as const,
});

export const CloseWarningResult = createUnionType({
  name: 'CloseWarningResult',
  description: 'The closed warning, or why nothing changed.',
  types: () => [Warning, NotFoundError, InvalidTransitionError] as const,
});

@ObjectType({ description: 'A page of warnings.' })
export class WarningList extends ListOf(Warning, 'Warnings on this page, newest first.') {}

@ObjectType({ description: 'Result of matching UNMATCHED warnings again.' })
export class MatchWarningsReport {
  @Field(() => Int, { description: 'Warnings now matched to a household.' }) matched: number;
  @Field(() => Int, { description: 'Warnings still unmatched.' }) stillUnmatched: number;
}
