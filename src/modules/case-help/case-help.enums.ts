import { registerEnumType } from 'type-graphql';
import {
  CASE_STEPS,
  CASE_TASKS,
  PANEL_ROLES,
  type CaseStep,
  type CaseTask,
  type PanelRole,
} from '../../../policy/case-help';
import { enumOf } from '../../graphql/enums';

export type { CaseStep, CaseTask, PanelRole };

export const CaseStepEnum = enumOf(CASE_STEPS);
registerEnumType(CaseStepEnum, {
  name: 'CaseStep',
  description: 'The step a case help (个案帮扶) is in (POL-CH-1); it stays there until that step’s work is recorded.',
  valuesConfig: {
    APPLICATION: { description: '个人申请 applied: the application is in; the dishonesty list was checked.' },
    ASSESSMENT: { description: '评估审核 being assessed: a home visit unless fast-tracked (POL-CH-5).' },
    PANEL_REVIEW: { description: '民主评议 before the review panel, then its outcome approved by a second person.' },
    DISBURSEMENT: { description: '资金发放 approved: waiting for its fund payment (purpose CASE_HELP).' },
    FOLLOW_UP: { description: '回访反馈 paid: the follow-up visit is scheduled; recording it closes the case.' },
    CLOSED: { description: '结案 closed: followed up, or refused by the panel.' },
  },
});

export const CaseTaskEnum = enumOf(CASE_TASKS);
registerEnumType(CaseTaskEnum, {
  name: 'CaseTask',
  description:
    'A step a help-first case (先帮扶、事后补办手续, POL-CH-4) still owes; it blocks closing until recorded.',
  valuesConfig: {
    ASSESSMENT: { description: '补办评估审核 the assessment, recorded after the payment.' },
    PANEL_REVIEW: { description: '补办民主评议 the panel review, recorded after the payment.' },
  },
});

export const PanelRoleEnum = enumOf(PANEL_ROLES);
registerEnumType(PanelRoleEnum, {
  name: 'PanelRole',
  description: 'A review-panel member’s role (评议小组, POL-CH-3); the chair is a district or street cadre.',
  valuesConfig: {
    DISTRICT_CADRE: { description: '区救助干部 a district assistance cadre (may chair).' },
    STREET_CADRE: { description: '街镇救助干部 a street/town assistance cadre (may chair).' },
    NEIGHBOURHOOD_CADRE: { description: '居村干部 a neighbourhood or village committee cadre.' },
    BUILDING_HEAD: { description: '楼组长 a building head.' },
    VOLUNTEER: { description: '社区志愿者 a community volunteer (POL-CH-6).' },
    RESIDENT_REPRESENTATIVE: { description: '居民代表 a resident representative.' },
  },
});

export const CASE_ORIGINS = ['PLAN_ITEM', 'OUTREACH_LEAD', 'ADVISER'] as const;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];
export const CaseOriginEnum = enumOf(CASE_ORIGINS);
registerEnumType(CaseOriginEnum, {
  name: 'CaseOrigin',
  description: 'How a case was opened.',
  valuesConfig: {
    PLAN_ITEM: { description: '一户一策 from a plan’s CASE_PROPOSAL item.' },
    OUTREACH_LEAD: { description: '政策找人 from an outreach lead.' },
    ADVISER: { description: '顾问发现 by an adviser directly (主动发现, POL-CH-2).' },
  },
});

export const PANEL_OUTCOMES = ['APPROVED', 'REJECTED'] as const;
export type PanelOutcome = (typeof PANEL_OUTCOMES)[number];
export const PanelOutcomeEnum = enumOf(PANEL_OUTCOMES);
registerEnumType(PanelOutcomeEnum, {
  name: 'PanelOutcome',
  description: 'The review panel’s outcome (评议结果).',
  valuesConfig: {
    APPROVED: { description: '同意 help approved, with an amount; a second person then confirms it.' },
    REJECTED: { description: '不同意 refused: the case closes (unless help-first already paid).' },
  },
});

export const DECISION_STATUSES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DecisionStatusEnum = enumOf(DECISION_STATUSES);
registerEnumType(DecisionStatusEnum, {
  name: 'CaseDecisionStatus',
  description: 'The second person’s decision on the panel’s outcome (四眼原则, CASE_DECISION).',
  valuesConfig: {
    PENDING: { description: '待审批 waiting for a SUPERVISOR of the street or ADMIN.' },
    APPROVED: { description: '已批准 approved: the case goes on to disbursement.' },
    REFUSED: { description: '未批准 refused: the case goes back to the panel.' },
  },
});

/** What a history row records beside the move itself. */
export const CASE_EVENT_KINDS = [
  'OPENED',
  'APPLICATION_ACCEPTED',
  'HELP_FIRST',
  'ASSESSED',
  'FAST_TRACK',
  'PANEL_REVIEWED',
  'DECISION_APPROVED',
  'DECISION_REFUSED',
  'TASK_DONE',
  'DISBURSED',
  'FOLLOWED_UP',
  'CLOSED',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];
export const CaseEventKindEnum = enumOf(CASE_EVENT_KINDS);
registerEnumType(CaseEventKindEnum, {
  name: 'CaseEventKind',
  description: 'What happened at a case history row (处理记录).',
  valuesConfig: {
    OPENED: { description: '立案 opened (application recorded).' },
    APPLICATION_ACCEPTED: { description: '受理 the application accepted: assessment begins.' },
    HELP_FIRST: { description: '先帮扶 help first (POL-CH-4): straight to disbursement, steps kept as open tasks.' },
    ASSESSED: { description: '评估审核 recorded, with its home visit.' },
    FAST_TRACK: { description: '快速通道 assessed without the home visit (POL-CH-5).' },
    PANEL_REVIEWED: { description: '民主评议 the panel’s opinion and outcome recorded.' },
    DECISION_APPROVED: { description: '审批通过 the second person approved the panel’s outcome.' },
    DECISION_REFUSED: { description: '审批未通过 the second person refused it.' },
    TASK_DONE: { description: '补办完成 an open task of help-first recorded.' },
    DISBURSED: { description: '资金发放 the fund payment linked; follow-up scheduled.' },
    FOLLOWED_UP: { description: '回访 the follow-up visit recorded.' },
    CLOSED: { description: '结案 closed.' },
  },
});
