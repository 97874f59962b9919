// 个案帮扶 cases (POL-CH-1…8) with their history and review panels, and the dishonesty list
// (失信记录, POL-INT-2, POL-INT-10). The rules are policy/case-help.ts; case-help.service.ts applies them.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Generated, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MoneyColumn } from '../../db/columns';
import { LocalDate } from '../../graphql/scalars';
import {
  CaseEventKindEnum,
  CaseOriginEnum,
  CaseStepEnum,
  CaseTaskEnum,
  DecisionStatusEnum,
  PanelOutcomeEnum,
  PanelRoleEnum,
  type CaseEventKind,
  type CaseOrigin,
  type CaseStep,
  type CaseTask,
  type DecisionStatus,
  type PanelOutcome,
  type PanelRole,
} from './case-help.enums';

@ObjectType({
  description:
    '失信记录 found on the household or a member when the case was checked (POL-INT-10): shown to the case worker, ' +
    'never a rejection by itself.',
})
export class DishonestyHit {
  @Field(() => ID, { description: 'The dishonesty record.' }) recordId: string;
  @Field({ description: 'HOUSEHOLD (the household itself) or MEMBER (a member, matched by ID number).' })
  subject: 'HOUSEHOLD' | 'MEMBER';
  @Field({ description: 'Why it was recorded (失信原因), e.g. 虚报收入.' }) reason: string;
  @Field({ description: 'Who reported it (来源), e.g. 区联席会议办公室.' }) source: string;
  @Field(() => LocalDate, { description: 'When it was recorded.' }) recordedOn: string;
  @Field(() => CaseStepEnum, { description: 'The step at which the check found it: APPLICATION or PANEL_REVIEW.' })
  checkedAt: CaseStep;
}

@ObjectType({
  description:
    '个案帮扶 a case of citizen comprehensive help (POL-CH-1): application → assessment → panel review → ' +
    'disbursement → follow-up, with its fast track (POL-CH-5) and help-first (POL-CH-4) recorded as such. ' +
    'ADMIN sees all; ADVISER and SUPERVISOR the cases of their streets.',
})
@Entity()
@Unique('UQ_case_help_payment', ['paymentId'])
@Index('IDX_case_help_opened', ['openedAt', 'id'])
@Index('IDX_case_help_street_opened', ['streetCode', 'openedAt', 'id'])
@Index('IDX_case_help_street_step_opened', ['streetCode', 'step', 'openedAt', 'id'])
@Index('IDX_case_help_step_opened', ['step', 'openedAt', 'id'])
@Index('IDX_case_help_household', ['householdId', 'openedAt', 'id'])
export class CaseHelp {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The household helped.' }) @Column({ type: 'uuid' }) householdId: string;
  @Field({ description: 'Street (街镇) code of the household when opened.' })
  @Column({ type: 'varchar', length: 9 })
  streetCode: string;
  @Field(() => CaseStepEnum, { description: 'The step it is in (POL-CH-1).' }) @Column({ type: 'text' }) step: CaseStep;
  @Field(() => CaseOriginEnum, { description: 'How it was opened.' }) @Column({ type: 'text' }) origin: CaseOrigin;
  @Field(() => ID, { nullable: true, description: 'The CASE_PROPOSAL plan item it came from.' })
  @Column({ type: 'uuid', nullable: true })
  planItemId: string | null;
  @Field(() => ID, { nullable: true, description: 'The 政策找人 lead it came from.' })
  @Column({ type: 'uuid', nullable: true })
  outreachLeadId: string | null;
  @Field({ description: 'The difficulty applied for (困难情况), as the applicant described it.' })
  @Column({ type: 'text' })
  difficulty: string;
  @Field(() => Float, { nullable: true, description: 'Amount applied for, yuan.' })
  @MoneyColumn()
  requestedAmount: number | null;
  @Field({ description: '先帮扶、事后补办手续 (POL-CH-4): paid before assessment; the skipped steps are openTasks.' })
  @Column({ type: 'boolean', default: false })
  helpFirst: boolean;
  @Field(() => String, { nullable: true, description: 'Why help came first (the acute difficulty).' })
  @Column({ type: 'text', nullable: true })
  helpFirstReason: string | null;
  @Field({ description: '快速通道 (POL-CH-5): assessed without the home visit (DB, BY or GX household).' })
  @Column({ type: 'boolean', default: false })
  fastTrack: boolean;
  @Field(() => [CaseTaskEnum], { description: 'Steps still owed after help-first; the case cannot close before.' })
  @Column({ type: 'text', array: true, default: '{}' })
  openTasks: CaseTask[];
  @Field(() => LocalDate, { nullable: true, description: '入户核查 the home visit of the assessment.' })
  @Column({ type: 'date', nullable: true })
  homeVisitOn: string | null;
  @Field(() => String, { nullable: true, description: 'What the assessment found (评估意见).' })
  @Column({ type: 'text', nullable: true })
  assessmentFindings: string | null;
  @Field(() => String, { nullable: true, description: 'Who assessed (综合帮扶评估员, token subject).' })
  @Column({ type: 'text', nullable: true })
  assessedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) assessedAt: Date | null;
  @Field(() => Float, { nullable: true, description: 'Amount the assessment proposes, yuan.' })
  @MoneyColumn()
  proposedAmount: number | null;
  @Field(() => LocalDate, { nullable: true, description: '评议日期 the panel’s hearing.' })
  @Column({ type: 'date', nullable: true })
  hearingOn: string | null;
  @Field(() => String, { nullable: true, description: '评议意见 the panel’s opinion.' })
  @Column({ type: 'text', nullable: true })
  panelOpinion: string | null;
  @Field(() => PanelOutcomeEnum, { nullable: true, description: '评议结果 the panel’s outcome.' })
  @Column({ type: 'text', nullable: true })
  panelOutcome: PanelOutcome | null;
  @Field(() => String, { nullable: true, description: 'Who recorded the panel (its drafter for four eyes).' })
  @Column({ type: 'text', nullable: true })
  panelRecordedBy: string | null;
  @Field(() => Float, { nullable: true, description: 'Amount the panel approved, yuan; a payment may not exceed it.' })
  @MoneyColumn()
  approvedAmount: number | null;
  @Field(() => DecisionStatusEnum, {
    nullable: true,
    description: 'The second person’s decision on the panel’s outcome (CASE_DECISION); null before the panel.',
  })
  @Column({ type: 'text', nullable: true })
  decisionStatus: DecisionStatus | null;
  @Field(() => String, { nullable: true, description: 'Who decided (SUPERVISOR or ADMIN).' })
  @Column({ type: 'text', nullable: true })
  decidedBy: string | null;
  @Field(() => String, { nullable: true, description: 'Their role.' })
  @Column({ type: 'text', nullable: true })
  decidedRole: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
  @Field({ description: 'True when ADMIN approved a case it drafted (four-eyes override, audited).' })
  @Column({ type: 'boolean', default: false })
  fourEyesOverride: boolean;
  @Field(() => ID, { nullable: true, description: 'The fund payment (资金发放, purpose CASE_HELP) it disbursed.' })
  @Column({ type: 'uuid', nullable: true })
  paymentId: string | null;
  @Field(() => LocalDate, { nullable: true, description: '回访 the follow-up visit is due by then.' })
  @Column({ type: 'date', nullable: true })
  followUpDueOn: string | null;
  @Field(() => ID, { nullable: true, description: 'The service record of the follow-up visit.' })
  @Column({ type: 'uuid', nullable: true })
  followUpRecordId: string | null;
  @Field(() => Date, { nullable: true, description: 'When the follow-up visit was recorded.' })
  @Column({ type: 'timestamptz', nullable: true })
  followUpDoneAt: Date | null;
  @Field(() => [DishonestyHit], {
    description: '失信记录 found at application and at review (POL-INT-10): for the case worker to weigh.',
  })
  @Column({ type: 'jsonb', default: [] })
  dishonestyHits: DishonestyHit[];
  @Field({ description: 'Who opened it (token subject): a drafter for four eyes.' })
  @Column({ type: 'text' })
  openedBy: string;
  @Field({ description: 'Their role.' }) @Column({ type: 'text' }) openedRole: string;
  @Field({ description: 'When it was opened.' }) @Column({ type: 'timestamptz' }) openedAt: Date;
  @Field({ description: 'When it entered its step.' }) @Column({ type: 'timestamptz' }) stepChangedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it closed.' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
  @Field(() => Int, { description: 'Version; every change adds one.' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

@ObjectType({ description: 'One move of a case (处理记录): who, when, from which step to which, and why.' })
@Entity()
@Index('IDX_case_help_history_case', ['caseId', 'seq'])
export class CaseHelpHistory {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The case.' }) @Column({ type: 'uuid' }) caseId: string;
  @Field(() => CaseStepEnum, { nullable: true, description: 'Step before; null when opened.' })
  @Column({ type: 'text', nullable: true })
  fromStep: CaseStep | null;
  @Field(() => CaseStepEnum, { description: 'Step after (the same for a task recorded afterwards).' })
  @Column({ type: 'text' })
  toStep: CaseStep;
  @Field(() => CaseEventKindEnum, { description: 'What happened.' }) @Column({ type: 'text' }) kind: CaseEventKind;
  @Field(() => String, { nullable: true, description: 'Note.' }) @Column({ type: 'text', nullable: true }) note:
    string | null;
  @Field({ description: 'Who (token subject).' }) @Column({ type: 'text' }) actorId: string;
  @Field({ description: 'Their role.' }) @Column({ type: 'text' }) actorRole: string;
  @Field({ description: 'When.' }) @Column({ type: 'timestamptz' }) at: Date;
  /** Order of writing: rows of one transaction share their instant. */
  @Generated('increment') @Column({ type: 'bigint', select: false, insert: false }) seq: string;
}

@ObjectType({ description: 'A member of a case’s review panel (评议小组成员, POL-CH-3).' })
@Entity()
@Index('IDX_case_panel_member_case', ['caseId', 'position'])
export class CasePanelMember {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The case.' }) @Column({ type: 'uuid' }) caseId: string;
  @Field({ description: 'Name (姓名) of the member.' }) @Column({ type: 'text' }) name: string;
  @Field(() => PanelRoleEnum, { description: 'Role on the panel.' }) @Column({ type: 'text' }) role: PanelRole;
  @Field({ description: 'The chair (组长): a district or street cadre.' })
  @Column({ type: 'boolean', default: false })
  chair: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'Their adviser-roster entry, when they have one: its near-relative filings are checked (POL-INT-9).',
  })
  @Column({ type: 'uuid', nullable: true })
  adviserId: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Their entry in the register of people acting on cases (actingPeople), when they have one.',
  })
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;
  /** Keyed hash of the ID number given for a member outside both registers (src/common/id-hash.ts). */
  @Column({ type: 'varchar', length: 64, nullable: true }) idNumberHash: string | null;
  @Field(() => String, { nullable: true, description: 'The ID number given for them, masked.' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumberMasked: string | null;
  /** Order as entered. */
  @Column({ type: 'smallint' }) position: number;
}

// 失信记录 (POL-INT-2): reaches GraphQL as DishonestyRecordView (case-help.types.ts), so that a record of a
// person (no household) is not mistaken for household data by the object scope.
@Entity()
export class DishonestyRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('IDX_dishonesty_household')
  @Column({ type: 'uuid', nullable: true })
  householdId: string | null;
  @Index('IDX_dishonesty_id_number_hash')
  @Column({ type: 'varchar', length: 64, nullable: true })
  idNumberHash: string | null;
  @Column({ type: 'text' })
  reason: string;
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'date' })
  recordedOn: string;
  @Column({ type: 'text' }) recordedBy: string;
  @Column({ type: 'timestamptz' }) recordedAt: Date;
}
