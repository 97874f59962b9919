import { createUnionType, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { FollowUpEnd } from '../../../policy/exit';
import { ConflictError, ErrorCode, ErrorResult, InputValidationError, NotFoundError } from '../../graphql/errors';
import { enumOf } from '../../graphql/enums';
import { ListOf } from '../../graphql/pagination';
import { LocalDate } from '../../graphql/scalars';
import { ServiceRecord } from './service-record.entity';

type Refusal = Exclude<FollowUpEnd, { ends: true }>;
export const FollowUpContinuesReasonEnum = enumOf([
  'NOT_IN_FOLLOW_UP',
  'OUT_LESS_THAN_A_YEAR',
  'NO_STABLE_INCOME',
  'STABLE_INCOME_UNKNOWN',
] as const satisfies readonly Refusal['reason'][]);
registerEnumType(FollowUpContinuesReasonEnum, {
  name: 'FollowUpContinuesReason',
  description: 'Why exit follow-up (退出回访) cannot end yet (POL-CAD-9).',
  valuesConfig: {
    NOT_IN_FOLLOW_UP: { description: '不在退出回访期 the household has not left assistance' },
    OUT_LESS_THAN_A_YEAR: { description: '退出未满一年 out of assistance for a year or less' },
    NO_STABLE_INCOME: {
      description:
        '无稳定收入 the recorded income shows no stable income: pensions and wages of formal employment under the 低保 ' +
        'standard per person',
    },
    STABLE_INCOME_UNKNOWN: {
      description: '收入情况不明 the facts needed to judge a stable income are not recorded (see missingFacts)',
    },
  },
});

@ObjectType({
  implements: ErrorResult,
  description:
    'The record would end exit follow-up, but POL-CAD-9 needs more than a year out AND a stable income, shown by ' +
    'the recorded facts. Nothing was written; follow-up goes on.',
})
export class FollowUpContinuesError extends ErrorResult {
  @Field(() => FollowUpContinuesReasonEnum, { description: 'The condition not met.' }) reason: Refusal['reason'];
  @Field(() => LocalDate, { nullable: true, description: 'The exit date (退出日期) follow-up counts from.' })
  exitOn: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'For OUT_LESS_THAN_A_YEAR: the first day the household has been out more than a year.',
  })
  outOverAYearFrom: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Steady monthly income per person ÷ the 低保 standard, when the facts decide it (below 1: not stable).',
  })
  stableIncomeRatio: number | null;
  @Field(() => [String], {
    description:
      'For STABLE_INCOME_UNKNOWN: the facts to record, e.g. economics.incomePensions, members[0].employmentStatus.',
  })
  missingFacts: string[];

  static of(refusal: Refusal, exitOn: string | null, stableIncomeRatio: number | null): FollowUpContinuesError {
    const messages: Record<Refusal['reason'], string> = {
      NOT_IN_FOLLOW_UP: 'the household is not in exit follow-up',
      OUT_LESS_THAN_A_YEAR:
        `the household left assistance on ${exitOn}; follow-up goes on until it has been out ` +
        `over a year (from ${refusal.outOverAYearFrom})`,
      NO_STABLE_INCOME:
        'the recorded income is not stable (pensions and formal wages under the 低保 standard per person)',
      STABLE_INCOME_UNKNOWN:
        `record ${refusal.missingFacts.join(', ')} first: ` + 'a stable income must be shown by the facts',
    };
    return Object.assign(new FollowUpContinuesError(), {
      errorCode: ErrorCode.RULE_NOT_MET,
      message: `POL-CAD-9: ${messages[refusal.reason]}`,
      reason: refusal.reason,
      exitOn,
      outOverAYearFrom: refusal.outOverAYearFrom,
      stableIncomeRatio,
      missingFacts: refusal.missingFacts,
    });
  }
}

@ObjectType({ description: 'A page of service records.' })
export class ServiceRecordList extends ListOf(ServiceRecord, 'Records on this page, newest first.') {}

export const RecordServiceResult = createUnionType({
  name: 'RecordServiceResult',
  description:
    'The stored record, or why nothing was written (not the record, not the household facts, not the needs).',
  types: () => [ServiceRecord, InputValidationError, NotFoundError, ConflictError, FollowUpContinuesError] as const,
});
