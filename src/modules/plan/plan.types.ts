// GraphQL shapes of what a plan stores as JSON: ranking reasons, candidate verdicts, expected
// benefits, unmet and covered needs, changes between versions. The data comes from planner.ts.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult } from '../../graphql/errors';
import { NeedUrgencyEnum } from '../assessment/assessment.enums';
import { Tier } from '../catalogue/catalogue.enums';
import { EligibilityTraceLine } from '../catalogue/resource-eligibility.types';
import { CandidateReasonEnum, CoveredReasonEnum, PlanChangeKindEnum, RankingCriterionEnum } from './plan.enums';

@ObjectType({ description: 'One reason a resource was chosen (排序依据), in Chinese and English.' })
export class RankingReason {
  @Field(() => RankingCriterionEnum, {
    description:
      'Which criterion: tier, needs covered, locality, capacity, processing time, emergency route, adviser choice.',
  })
  criterion: string;
  @Field(() => String, {
    nullable: true,
    description: 'The value behind it, e.g. STREET, 3, ENTITLEMENT; null when not known.',
  })
  value: string | null;
  @Field({ description: 'Chinese.' }) zh: string;
  @Field({ description: 'English.' }) en: string;
}

@ObjectType({ description: 'A candidate resource for a need and why it was not chosen (为何未选).' })
export class CandidateVerdict {
  @Field(() => ID, { description: 'The resource.' }) resourceId: string;
  @Field({ description: 'Its catalogue code, e.g. R31.' }) resourceCode: string;
  @Field({ description: 'Chinese name.' }) nameZh: string;
  @Field({ description: 'English name.' }) nameEn: string;
  @Field(() => Tier, { description: 'Its tier in the order of help.' }) tier: string;
  @Field(() => CandidateReasonEnum, { description: 'Why it was not chosen.' }) reason: string;
  @Field(() => Int, { nullable: true, description: 'For OUTRANKED: its rank among the eligible (1 = the chosen one).' })
  rank: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The need it was weighed for (需求编码); null in plans made before items listed several needs.',
  })
  needCode: string | null;
  @Field(() => RankingCriterionEnum, {
    nullable: true,
    description:
      'For an eligible candidate not chosen (OUTRANKED, LOWER_LAYER): the criterion that decided (决定因素).',
  })
  decidedBy: string | null;
  @Field({ description: 'Chinese explanation.' }) zh: string;
  @Field({ description: 'English explanation.' }) en: string;
  @Field(() => [EligibilityTraceLine], {
    description: 'For INELIGIBLE and UNKNOWN_FACTS: the conditions that failed or lack facts.',
  })
  failedConditions: EligibilityTraceLine[];
}

@ObjectType({ description: 'What an item is expected to give (预期待遇); figures in yuan, null when not stated.' })
export class ExpectedBenefit {
  @Field(() => Float, { nullable: true, description: 'Amount in yuan.' }) amount: number | null;
  @Field(() => Float, { nullable: true, description: 'Ceiling in yuan (for 小金额救助: 500 × members).' }) cap:
    number | null;
  @Field(() => String, { nullable: true, description: 'Unit of amount and cap, e.g. PER_PERSON_MONTH, PER_HOUSEHOLD.' })
  unit: string | null;
  @Field(() => Int, { nullable: true, description: 'Sessions.' }) sessions: number | null;
  @Field(() => Float, { nullable: true, description: 'Hours of service.' }) hours: number | null;
  @Field({ description: 'Chinese.' }) zh: string;
  @Field({ description: 'English.' }) en: string;
}

@ObjectType({ description: 'A need the plan cannot meet (无资源), with every candidate and why it was not usable.' })
export class UnmetNeed {
  @Field(() => ID, { description: 'The need.' }) needId: string;
  @Field({ description: 'Need code N01–N28.' }) needCode: string;
  @Field(() => NeedUrgencyEnum, { description: 'EMERGENCY or ORDINARY.' }) urgency: string;
  @Field({ description: 'Chinese summary.' }) zh: string;
  @Field({ description: 'English summary.' }) en: string;
  @Field(() => [CandidateVerdict], { description: 'Every resource meeting this need code, and why not.' })
  candidates: CandidateVerdict[];
}

@ObjectType({ description: 'A need not referred again because something already meets it (no duplicate assistance).' })
export class CoveredNeed {
  @Field(() => ID, { description: 'The need.' }) needId: string;
  @Field({ description: 'Need code.' }) needCode: string;
  @Field(() => CoveredReasonEnum, { description: 'ALREADY_RECEIVING or ACTIVE_REFERRAL.' }) reason: string;
  @Field(() => String, { nullable: true, description: 'The resource received, when known.' }) resourceCode:
    string | null;
  @Field({ description: 'Chinese.' }) zh: string;
  @Field({ description: 'English.' }) en: string;
}

@ObjectType({ description: 'One difference from the previous plan version (与上一版相比).' })
export class PlanChange {
  @Field(() => PlanChangeKindEnum, { description: 'What changed.' }) kind: string;
  @Field(() => String, { nullable: true, description: 'The need code concerned, if any.' }) needCode: string | null;
  @Field(() => String, { nullable: true, description: 'Resource code(s) before.' }) from: string | null;
  @Field(() => String, { nullable: true, description: 'Resource code(s) after.' }) to: string | null;
  @Field({ description: 'Chinese.' }) zh: string;
  @Field({ description: 'English.' }) en: string;
}

@ObjectType({ description: 'A resource version the plan was based on (catalogue state marker).' })
export class ResourceVersionRef {
  @Field(() => ID, { description: 'The resource.' }) resourceId: string;
  @Field({ description: 'Catalogue code.' }) code: string;
  @Field(() => Int, { description: 'Its version when the plan was made.' }) version: number;
}

@ObjectType({
  implements: ErrorResult,
  description:
    "The approving adviser has filed a near relative (近亲属备案) among the household's members (POL-INT-9): another " +
    'person, e.g. ADMIN, must approve. Nothing was written.',
})
export class ConflictOfInterestError extends ErrorResult {
  @Field(() => Int, { description: 'How many members are filed near relatives of the adviser.' }) filedMembers: number;

  constructor(filedMembers = 0) {
    super();
    this.errorCode = ErrorCode.CONFLICT;
    this.filedMembers = filedMembers;
    this.message =
      "您已对该户成员作近亲属备案，须由他人（如区民政 ADMIN）审批 you have filed a near relative among this household's members; ADMIN must " +
      'approve instead';
  }
}
