import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import {
  ConflictError,
  ErrorCode,
  ErrorResult,
  InputValidationError,
  InvalidTransitionError,
  NotFoundError,
} from '../../graphql/errors';
import { ListOf } from '../../graphql/pagination';
import { SecondPersonRequiredError } from '../auth/four-eyes';
import { CaseHelp } from './case-help.entity';
import { LocalDate } from '../../graphql/scalars';
import { CaseStepEnum, type CaseStep } from './case-help.enums';

export const CASE_ACTING_ROLES = ['ADVISER', 'ASSESSOR', 'PANEL_MEMBER', 'APPROVER'] as const;
export type CaseActingRole = (typeof CASE_ACTING_ROLES)[number];

@ObjectType({
  implements: ErrorResult,
  description:
    '近亲属回避 (POL-INT-9): a person acting on the case has filed a member of the household as a near relative; ' +
    'another person must take this step. Nothing was written.',
})
export class CaseConflictOfInterestError extends ErrorResult {
  @Field({ description: 'ADVISER, ASSESSOR, PANEL_MEMBER or APPROVER: the part refused.' }) actingAs: string;
  @Field(() => ID, { description: 'The near-relative filing (近亲属备案) that links them to the household.' })
  filingId: string;
  @Field(() => ID, { nullable: true, description: 'The person refused, when on the adviser roster: their roster id.' })
  adviserId: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The person refused, when in the register of people acting on cases: their register id.',
  })
  personId: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'For a panel member: the input field (e.g. input.members.2) to replace.',
  })
  field: string | null;

  constructor(
    actingAs: CaseActingRole = 'ADVISER',
    filingId = '',
    adviserId: string | null = null,
    field: string | null = null,
    personId: string | null = null,
  ) {
    super();
    this.errorCode = ErrorCode.RULE_NOT_MET;
    this.actingAs = actingAs;
    this.filingId = filingId;
    this.adviserId = adviserId;
    this.personId = personId;
    this.field = field;
    this.message =
      `近亲属回避 near-relative filing ${filingId} links this ${actingAs.toLowerCase().replace('_', ' ')} to the ` +
      'household: another person must act for this step (POL-INT-9)';
  }
}

const CASE_FAILURES = [
  InputValidationError,
  NotFoundError,
  ConflictError,
  InvalidTransitionError,
  CaseConflictOfInterestError,
] as const;

export const OpenCaseResult = createUnionType({
  name: 'OpenCaseResult',
  description: 'The new case (APPLICATION, dishonesty hits shown), or why not.',
  types: () => [CaseHelp, InputValidationError, NotFoundError, CaseConflictOfInterestError] as const,
});

export const CaseStepResult = createUnionType({
  name: 'CaseStepResult',
  description: 'The case after the step, or why it was refused.',
  types: () => [CaseHelp, ...CASE_FAILURES] as const,
});

export const DecideCaseResult = createUnionType({
  name: 'DecideCaseResult',
  description: 'The case after the second person’s decision, or why it was refused.',
  types: () => [CaseHelp, ...CASE_FAILURES, SecondPersonRequiredError] as const,
});

@ObjectType('DishonestyRecord', {
  description:
    '失信记录 a dishonesty record (POL-INT-2): of a household, or of a person by ID number (kept only as a hash, never ' +
    'shown). ADMIN and SUPERVISOR record them; cases show the hits (POL-INT-10).',
})
export class DishonestyRecordView {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field({ description: 'HOUSEHOLD (recorded on a household) or PERSON (on an ID number, any household).' })
  subject: 'HOUSEHOLD' | 'PERSON';
  @Field({ description: 'Why (失信原因): false reporting, concealment or deception (虚报、隐瞒、欺骗).' })
  reason: string;
  @Field({ description: 'Who reported it (来源).' }) source: string;
  @Field(() => LocalDate, { description: 'When it was established (认定日期).' }) recordedOn: string;
  @Field({ description: 'Who entered it (token subject).' }) recordedBy: string;
  @Field({ description: 'When it was entered.' }) recordedAt: Date;
  // No householdId property unless it is a household's record (set by the service): the object scope
  // (src/graphql/object-scope.ts) then checks it like any household data, and a person's record is none.
}

export const RecordDishonestyResult = createUnionType({
  name: 'RecordDishonestyResult',
  description: 'The record, or why not.',
  types: () => [DishonestyRecordView, InputValidationError, NotFoundError] as const,
});

@ObjectType({ description: 'A page of cases (个案帮扶), newest first.' })
export class CaseList extends ListOf(CaseHelp, 'Cases on this page, newest first.') {}

@ObjectType({
  description:
    'Cases by step (个案统计): for a VIEWER counts are rounded to 5 and a cell under 5 cases is withheld (null).',
})
export class CaseStatisticsCell {
  @Field({ description: 'Street (街镇) code.' }) streetCode: string;
  @Field(() => CaseStepEnum, { description: 'Step.' }) step: CaseStep;
  @Field(() => Int, { nullable: true, description: 'Cases; null when suppressed.' }) cases: number | null;
  @Field({ description: 'True when withheld from a VIEWER (fewer than 5 cases).' }) suppressed: boolean;
}
