import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

export const PLAN_STATUSES = ['DRAFT', 'APPROVED', 'SUPERSEDED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What kind of help an item proposes: an ordinary referral, the emergency 小金额救助, or a 市民综合帮扶 case. */
export const PLAN_ITEM_KINDS = ['REFERRAL', 'SMALL_AMOUNT_AID', 'CASE_PROPOSAL'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

export const PLAN_ITEM_SOURCES = ['PLANNER', 'ADVISER'] as const;
export type PlanItemSource = (typeof PLAN_ITEM_SOURCES)[number];

/** Why a candidate resource was not chosen for a need (or why an adviser's addition was refused). */
export const CANDIDATE_REASONS = [
  'NOT_PUBLISHED',
  'NOT_YET_VALID',
  'EXPIRED',
  'OUT_OF_AREA',
  'INELIGIBLE',
  'UNKNOWN_FACTS',
  'NO_CAPACITY',
  'ALREADY_RECEIVING',
  'ACTIVE_REFERRAL',
  'EXCLUSIVE_GROUP',
  'COST_COVERED_BY_STATUTORY',
  'STATUTORY_NOT_RULED_OUT',
  'NO_REFERRAL_CONSENT',
  'OUTRANKED',
  'ALREADY_IN_PLAN',
  'FORM_MISMATCH',
  'NOT_AN_EMERGENCY',
  'GATEWAY_HIGHER_FIRST',
  'LOWER_LAYER',
] as const;
export type CandidateReason = (typeof CANDIDATE_REASONS)[number];

export const RANKING_CRITERIA = [
  'TIER',
  'NEEDS_COVERED',
  'LOCALITY',
  'CAPACITY',
  'PROCESSING_TIME',
  'EMERGENCY_ROUTE',
  'ADVISER_CHOICE',
  'DESIGNATED_CHANNEL',
  'COMPLEMENT',
  'POLICY_GAP',
  'FEWER_REFERRALS',
  'FEWER_PROVIDERS',
  'CODE_ORDER',
] as const;
export type RankingCriterion = (typeof RANKING_CRITERIA)[number];

export const COVERED_REASONS = ['ALREADY_RECEIVING', 'ACTIVE_REFERRAL'] as const;
export type CoveredReason = (typeof COVERED_REASONS)[number];

export const PLAN_CHANGE_KINDS = [
  'ITEM_ADDED',
  'ITEM_DROPPED',
  'RESOURCE_CHANGED',
  'NOW_UNMET',
  'NOW_COVERED',
  'ASSESSMENT_CHANGED',
  'CATALOGUE_CHANGED',
  'FIRST_VERSION',
] as const;
export type PlanChangeKind = (typeof PLAN_CHANGE_KINDS)[number];

export const PlanStatusEnum = enumOf(PLAN_STATUSES);
export const PlanItemKindEnum = enumOf(PLAN_ITEM_KINDS);
export const PlanItemSourceEnum = enumOf(PLAN_ITEM_SOURCES);
export const CandidateReasonEnum = enumOf(CANDIDATE_REASONS);
export const RankingCriterionEnum = enumOf(RANKING_CRITERIA);
export const CoveredReasonEnum = enumOf(COVERED_REASONS);
export const PlanChangeKindEnum = enumOf(PLAN_CHANGE_KINDS);

const d = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { description: v }]));
registerEnumType(PlanStatusEnum, {
  name: 'PlanStatus',
  description: 'Lifecycle of a plan version (一户一策).',
  valuesConfig: d({
    DRAFT: '草稿 draft: the adviser may edit and approve it',
    APPROVED: '已审批 approved: its referrals are issued',
    SUPERSEDED: '已被替代 superseded by a newer version before approval',
  }),
});
registerEnumType(PlanItemKindEnum, {
  name: 'PlanItemKind',
  description: 'What an item proposes.',
  valuesConfig: d({
    REFERRAL: '转介 an ordinary referral to a resource',
    SMALL_AMOUNT_AID: '小金额救助 emergency small-amount aid, ≤ 500 yuan per person (POL-EMG-2)',
    CASE_PROPOSAL: '市民综合帮扶个案 a citizen comprehensive-help case proposal (沪民救发〔2025〕1号)',
  }),
});
registerEnumType(PlanItemSourceEnum, {
  name: 'PlanItemSource',
  description: 'Who put an item in the plan.',
  valuesConfig: d({
    PLANNER: '系统匹配 chosen by the matcher',
    ADVISER: '顾问添加 added by the adviser, with a reason',
  }),
});
registerEnumType(CandidateReasonEnum, {
  name: 'CandidateReason',
  description: 'Why a candidate resource was not chosen for a need (为何未选).',
  valuesConfig: d({
    NOT_PUBLISHED: '未发布 suspended or retired',
    NOT_YET_VALID: '未生效 not valid yet',
    EXPIRED: '已过期 past its validity',
    OUT_OF_AREA: '不在服务范围 the household lives outside its area',
    INELIGIBLE: '不符合条件 a condition of its rule fails (see failedConditions)',
    UNKNOWN_FACTS: '待核实 a fact its rule needs is unknown (see failedConditions)',
    NO_CAPACITY: '名额已满 no places left',
    ALREADY_RECEIVING: '已享受 the household already receives it',
    ACTIVE_REFERRAL: '已在转介中 an active referral to it exists',
    EXCLUSIVE_GROUP: '互斥 a resource of the same exclusive group is received, referred or in the plan',
    COST_COVERED_BY_STATUTORY:
      '法定已覆盖 charity cash for a cost a statutory item in the plan covers (no duplicate assistance)',
    STATUTORY_NOT_RULED_OUT:
      '需先用尽法定 offered only after statutory schemes are used or ruled out, and one is still undecided',
    NO_REFERRAL_CONSENT: '未授权慈善转介 the household has not consented to referral to non-government organisations',
    OUTRANKED: '排序靠后 eligible, but another resource ranked higher',
    ALREADY_IN_PLAN: '已在方案中 already an item of this plan for this need',
    FORM_MISMATCH: '形式不符 a service need is not met by cash or goods alone (NEEDS.md form of help)',
    NOT_AN_EMERGENCY: '非紧急 small-amount aid is only for an emergency need (POL-EMG-2)',
    GATEWAY_HIGHER_FIRST:
      '须先排除上位救助 a gateway certification, offered only once the higher scheme (低保) is ruled out (POL-ORD-1)',
    LOWER_LAYER:
      '层级靠后 eligible, but a higher layer of help or the designated channel meets this need (POL-ORD-1, POL-ORD-2)',
  }),
});
registerEnumType(RankingCriterionEnum, {
  name: 'RankingCriterion',
  description: 'A reason recorded for choosing a resource (排序依据).',
  valuesConfig: d({
    TIER: '层级 order of help: statutory, special, mass organisation, charity and community',
    NEEDS_COVERED: '覆盖需求数 how many open needs it meets',
    LOCALITY: '就近 street before district before city',
    CAPACITY: '名额 uncapped or more places left',
    PROCESSING_TIME: '办理时限 faster processing',
    EMERGENCY_ROUTE: '急难 small-amount aid first, beside the scheme that addresses an emergency need (POL-EMG-2)',
    ADVISER_CHOICE: '顾问选择 added by the adviser',
    DESIGNATED_CHANNEL: "指定渠道 the need's designated channel, e.g. 区残联 for barrier-free renovation (POL-ORD-2)",
    COMPLEMENT: '配套 planned beside the resource it complements, not instead of it (CATALOGUE.md R16 + R21)',
    POLICY_GAP: '政策缺口 basic living still short under 低保: the next layers meet the gap (NEED-2)',
    FEWER_REFERRALS: '转介更少 the plan needs fewer referrals',
    FEWER_PROVIDERS: '机构更少 the plan involves fewer providers',
    CODE_ORDER: '编号 all else equal, by resource code',
  }),
});
registerEnumType(CoveredReasonEnum, {
  name: 'CoveredReason',
  description: 'Why a need is not referred again.',
  valuesConfig: d({
    ALREADY_RECEIVING: '已享受 a benefit the household receives meets it',
    ACTIVE_REFERRAL: '转介中 an active referral is working on it',
  }),
});
registerEnumType(PlanChangeKindEnum, {
  name: 'PlanChangeKind',
  description: 'What changed between a plan version and the one before.',
  valuesConfig: d({
    ITEM_ADDED: '新增 a need now gets a resource it did not get before',
    ITEM_DROPPED: '删除 a resource the previous version proposed is no longer proposed',
    RESOURCE_CHANGED: '更换 the need gets a different resource',
    NOW_UNMET: '无资源 a need is now unmet',
    NOW_COVERED: '已覆盖 a need is now covered elsewhere',
    ASSESSMENT_CHANGED: '评估更新 based on a newer assessment',
    CATALOGUE_CHANGED: '资源更新 a resource considered changed version',
    FIRST_VERSION: '首版 the first plan of the household',
  }),
});

/** Deprecation of the one-need fields of PlanItem and Referral: both list every need now (issue 11). */
export const DEPRECATED_ONE_NEED = 'an item meets several needs: use needIds/needCodes/needs';
