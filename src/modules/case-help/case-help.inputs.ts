import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { Money, NotInFuture } from '../../common/validators';
import { LocalDate } from '../../graphql/scalars';
import {
  CaseOriginEnum,
  CaseStepEnum,
  PanelOutcomeEnum,
  PanelRoleEnum,
  type CaseOrigin,
  type CaseStep,
  type PanelOutcome,
  type PanelRole,
} from './case-help.enums';

@InputType({ description: 'Open a case (个案帮扶立案): the application (个人申请) of a household.' })
export class OpenCaseInput {
  @Field(() => ID, { description: 'The household.' }) householdId: string;
  @Field(() => CaseOriginEnum, { description: 'How it comes: PLAN_ITEM, OUTREACH_LEAD or ADVISER.' })
  origin: CaseOrigin;
  @Field(() => ID, { nullable: true, description: 'For PLAN_ITEM: the household’s CASE_PROPOSAL plan item.' })
  planItemId?: string | null;
  @Field(() => ID, { nullable: true, description: 'For OUTREACH_LEAD: the household’s 政策找人 lead.' })
  outreachLeadId?: string | null;
  @Field({ description: 'The difficulty (困难情况) in a few words; no ID numbers.' })
  @IsNotEmpty()
  @MaxLength(1000)
  difficulty: string;
  @Field(() => Float, { nullable: true, description: 'Amount applied for, yuan.' })
  @Money()
  requestedAmount?: number | null;
}

@InputType({
  description:
    'Accept the application (受理): assessment begins, or, with helpFirst, disbursement comes first (POL-CH-4).',
})
export class AcceptCaseInput {
  @Field(() => ID, { description: 'The case, in APPLICATION.' }) caseId: string;
  @Field({
    defaultValue: false,
    description:
      '先帮扶、事后补办手续 (POL-CH-4): go straight to disbursement; assessment and panel become open tasks.',
  })
  helpFirst: boolean;
  @Field({
    defaultValue: false,
    description: 'For helpFirst: the family cannot solve an acute difficulty on its own (attested by you).',
  })
  acuteDifficulty: boolean;
  @Field({
    defaultValue: false,
    description: 'For helpFirst: no policy can yet cover it, the statutory schemes tried or ruled out (POL-ORD-3).',
  })
  notCoveredByPolicy: boolean;
  @Field(() => String, { nullable: true, description: 'Note; for helpFirst, the acute difficulty.' })
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'Who assessed (综合帮扶评估员), when not the person recording it: one of the two.' })
export class CaseActorInput {
  @Field(() => ID, { nullable: true, description: 'Their adviser-roster entry.' }) adviserId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Their entry in the register of people acting on cases.' })
  personId?: string | null;
}

@InputType({ description: 'Record the assessment (评估审核) of a case, or its owed ASSESSMENT task after help-first.' })
export class RecordCaseAssessmentInput {
  @Field(() => ID, { description: 'The case.' }) caseId: string;
  @Field({ defaultValue: false, description: '快速通道 (POL-CH-5): no home visit; only for DB, BY or GX households.' })
  fastTrack: boolean;
  @Field(() => LocalDate, { nullable: true, description: '入户核查 the home visit; required unless fastTrack.' })
  @NotInFuture()
  homeVisitOn?: string | null;
  @Field({ description: 'What the assessment found (评估意见).' }) @IsNotEmpty() @MaxLength(2000) findings: string;
  @Field(() => Float, { nullable: true, description: 'Amount proposed, yuan.' }) @Money() proposedAmount?:
    number | null;
  @Field(() => CaseActorInput, {
    nullable: true,
    description: 'The assessor, when someone else assessed: their near-relative filings are checked too (ASSESSOR).',
  })
  @ValidateNested()
  assessor?: CaseActorInput | null;
}

@InputType({ description: 'A member of the review panel (评议小组成员).' })
export class PanelMemberInput {
  @Field({ description: 'Name (姓名).' }) @IsNotEmpty() @MaxLength(100) name: string;
  @Field(() => PanelRoleEnum, { description: 'Role.' }) role: PanelRole;
  @Field({ defaultValue: false, description: 'The chair (组长): a DISTRICT_CADRE or STREET_CADRE.' }) chair: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'Who they are, by their adviser-roster entry: its near-relative filings are checked (POL-INT-9).',
  })
  adviserId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Or by their entry in the register of people acting on cases (actingPeople): its filings are checked.',
  })
  personId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Or by their own ID number: a registered person is found by it and checked; only a keyed hash and a masked ' +
      'copy are kept. Exactly one of adviserId, personId and idNumber.',
  })
  idNumber?: string | null;
}

@InputType({ description: 'Record the review panel (民主评议, POL-CH-3): who sat, when, its opinion and outcome.' })
export class RecordCasePanelInput {
  @Field(() => ID, { description: 'The case.' }) caseId: string;
  @Field(() => LocalDate, { description: '评议日期 the hearing; not in the future.' })
  @NotInFuture()
  hearingOn: string;
  @Field(() => [PanelMemberInput], { description: 'The members, one of them the chair; 3 to 15.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  members: PanelMemberInput[];
  @Field({ description: '评议意见 the opinion.' }) @IsNotEmpty() @MaxLength(2000) opinion: string;
  @Field(() => PanelOutcomeEnum, { description: 'The outcome.' }) outcome: PanelOutcome;
  @Field(() => Float, { nullable: true, description: 'For APPROVED: the amount approved, yuan (required).' })
  @Money()
  approvedAmount?: number | null;
}

@InputType({ description: 'Approve or refuse the panel’s outcome (四眼原则, CASE_DECISION): SUPERVISOR or ADMIN.' })
export class DecideCaseInput {
  @Field(() => ID, { description: 'The case, in PANEL_REVIEW with its outcome APPROVED.' }) caseId: string;
  @Field({ description: 'True approves (disbursement next); false sends it back to the panel.' }) approve: boolean;
  @Field(() => String, { nullable: true, description: 'Note.' }) @MaxLength(500) note?: string | null;
}

@InputType({ description: 'Link the fund payment that disburses the case (资金发放): then follow-up is scheduled.' })
export class RecordCaseDisbursementInput {
  @Field(() => ID, { description: 'The case, in DISBURSEMENT.' }) caseId: string;
  @Field(() => ID, {
    description: 'A PAID payment to the household, purpose CASE_HELP, of no other case (payFromFund, then approval).',
  })
  paymentId: string;
}

@InputType({ description: 'Close a case (结案): followed up and no open task left.' })
export class CloseCaseInput {
  @Field(() => ID, { description: 'The case.' }) caseId: string;
  @Field(() => String, { nullable: true, description: 'Note.' }) @MaxLength(500) note?: string | null;
}

@InputType({ description: 'Record a dishonesty record (失信记录, POL-INT-2): on a household or a person’s ID number.' })
export class RecordDishonestyInput {
  @Field(() => ID, { nullable: true, description: 'The household; give this or idNumber.' })
  householdId?: string | null;
  @Field(() => String, { nullable: true, description: 'The person’s ID number; only a hash of it is kept.' })
  idNumber?: string | null;
  @Field({ description: 'Why (虚报、隐瞒、欺骗 …).' }) @IsNotEmpty() @MaxLength(500) reason: string;
  @Field({ description: 'Who reported it (来源).' }) @IsNotEmpty() @MaxLength(200) source: string;
  @Field(() => LocalDate, { description: 'When it was established; not in the future.' })
  @NotInFuture()
  recordedOn: string;
}

@InputType({ description: 'Filters of the case list; all optional.' })
export class CaseFilter {
  @Field(() => CaseStepEnum, { nullable: true, description: 'Only cases in this step.' }) step?: CaseStep | null;
  @Field(() => String, { nullable: true, description: 'Only this street (9 digits).' }) streetCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this household.' }) householdId?: string | null;
}
