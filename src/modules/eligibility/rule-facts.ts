// The fact catalogue: every name a rule may use, with its type, its zh/en label for traces and a
// getter from the precomputed EligibilityFacts. One list in code; validation, compilation, traces
// and the README table all read it. Household facts read the household; member.* facts read the
// member bound by the innermost anyMember / everyMember.
import type { EligibilityFacts, MemberEligibilityFacts } from './eligibility-facts';
import {
  CATEGORY_LABELS,
  CATEGORY_VALUES,
  CIRCLE_LABELS,
  CIRCLE_VALUES,
  EDUCATION_LABELS,
  EMPLOYMENT_LABELS,
  FAMILY_CONFLICT_LABELS,
  FAMILY_STRUCTURE_LABELS,
  GUARDIANSHIP_LABELS,
  PARENT_SITUATION_LABELS,
  HUKOU_LABELS,
  LEVEL_LABELS,
  LIFE_EVENT_LABELS,
  LIFE_EVENT_VALUES,
  MENTAL_LABELS,
  NEED_LABELS,
  NEED_VALUES,
  RELATION_LABELS,
  SEX_LABELS,
  SPECIAL_STATUS_LABELS,
  SPECIAL_STATUS_VALUES,
  STUDENT_STAGE_LABELS,
  TENURE_LABELS,
  valuesOf,
  type Labels,
} from './fact-values';
import type { Operator } from './rule.types';

export type FactValue = number | string | boolean | null;

export type FactType =
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'string' }
  | { kind: 'string-enum'; values: readonly string[]; labels: Labels<string> }
  /** Stored as a bit mask: value i is bit 1 << i. */
  | { kind: 'set'; values: readonly (string | number)[]; labels: Labels<string | number> };

/** How numbers are written in sentences (rule.sentences.ts). */
export type Unit =
  'dibao' | 'edge' | 'line' | 'assetMonths' | 'share' | 'years' | 'months' | 'sqm' | 'grade' | 'people' | 'floor';

interface FactBase {
  readonly name: string;
  readonly type: FactType;
  readonly zh: string;
  readonly en: string;
  readonly unit?: Unit;
}
export interface HouseholdFactDef extends FactBase {
  readonly scope: 'household';
  readonly get: (f: EligibilityFacts) => FactValue;
}
export interface MemberFactDef extends FactBase {
  readonly scope: 'member';
  readonly get: (m: MemberEligibilityFacts) => FactValue;
}
export type FactDef = HouseholdFactDef | MemberFactDef;

export const OPERATORS_BY_KIND: Readonly<Record<FactType['kind'], readonly Operator[]>> = {
  number: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'notIn', 'isKnown'],
  boolean: ['eq', 'ne', 'isKnown'],
  string: ['eq', 'ne', 'in', 'notIn', 'isKnown'],
  'string-enum': ['eq', 'ne', 'in', 'notIn', 'isKnown'],
  set: ['includes', 'includesAny', 'isKnown'],
};

const NUMBER: FactType = { kind: 'number' };
const BOOLEAN: FactType = { kind: 'boolean' };
const STRING: FactType = { kind: 'string' };
const enumOf = (labels: Labels<string>): FactType => ({ kind: 'string-enum', values: valuesOf(labels), labels });
const setOf = (values: readonly (string | number)[], labels: Labels<string | number>): FactType => ({
  kind: 'set',
  values,
  labels,
});

type Get<T> = (x: T) => FactValue;
const h = (
  name: string,
  type: FactType,
  zh: string,
  en: string,
  get: Get<EligibilityFacts>,
  unit?: Unit,
): HouseholdFactDef => ({ scope: 'household', name: `household.${name}`, type, zh, en, get, unit });
const m = (
  name: string,
  type: FactType,
  zh: string,
  en: string,
  get: Get<MemberEligibilityFacts>,
  unit?: Unit,
): MemberFactDef => ({ scope: 'member', name: `member.${name}`, type, zh, en, get, unit });

export const FACTS: readonly FactDef[] = [
  h('circle', NUMBER, '主要圈层', 'primary circle', (f) => f.circle),
  h('circles', setOf(CIRCLE_VALUES, CIRCLE_LABELS), '所属圈层', 'circles matched', (f) => f.circles),
  h('categories', setOf(CATEGORY_VALUES, CATEGORY_LABELS), '现享救助类别', 'categories held', (f) => f.categories),
  h('level', enumOf(LEVEL_LABELS), '困难等级', 'hardship level', (f) => f.level),
  h('needs', setOf(NEED_VALUES, NEED_LABELS), '待满足需求', 'open needs', (f) => f.needs),
  h('incomeRatio', NUMBER, '人均收入', 'per-capita income', (f) => f.incomeRatio, 'dibao'),
  h('edgeIncomeRatio', NUMBER, '人均收入', 'per-capita income', (f) => f.edgeIncomeRatio, 'edge'),
  h(
    'incomeRatioAfterRigidSpending',
    NUMBER,
    '扣除刚性支出后的人均收入',
    'per-capita income after rigid spending',
    (f) => f.incomeRatioAfterRigidSpending,
    'dibao',
  ),
  h('dibaoLineRatio', NUMBER, '家庭收入', 'household income', (f) => f.dibaoLineRatio, 'line'),
  h('assetMonths', NUMBER, '人均金融资产', 'per-capita liquid assets', (f) => f.assetMonths, 'assetMonths'),
  h(
    'medicalSpendingShare',
    NUMBER,
    '近12个月医疗支出',
    '12-month medical spending',
    (f) => f.medicalSpendingShare,
    'share',
  ),
  h('rigidSpendingShare', NUMBER, '近12个月刚性支出', '12-month rigid spending', (f) => f.rigidSpendingShare, 'share'),
  h('streetCode', STRING, '街镇代码', 'street code', (f) => f.streetCode),
  h('districtCode', STRING, '区代码', 'district code', (f) => f.districtCode),
  h('memberCount', NUMBER, '家庭人数', 'household size', (f) => f.memberCount, 'people'),
  h('registeredElsewhere', BOOLEAN, '人户分离', 'registered elsewhere (人户分离)', (f) => f.registeredElsewhere),
  h('tenure', enumOf(TENURE_LABELS), '住房性质', 'housing tenure', (f) => f.tenure),
  h('floor', NUMBER, '居住楼层', 'floor', (f) => f.floor, 'floor'),
  h('hasElevator', BOOLEAN, '楼内有电梯', 'building has an elevator', (f) => f.hasElevator),
  h(
    'buildingElevatorProject',
    BOOLEAN,
    '楼栋列入加装电梯项目',
    'building in an elevator project',
    (f) => f.buildingElevatorProject,
  ),
  h('livingAreaPerPerson', NUMBER, '人均居住面积', 'living area per person', (f) => f.livingAreaPerPerson, 'sqm'),
  h(
    'charityReferralConsent',
    BOOLEAN,
    '同意转介慈善组织',
    'consent to charity referral',
    (f) => f.charityReferralConsent,
  ),
  h('hasChildUnder18', BOOLEAN, '有未满18岁的成员', 'has a member under 18', (f) => f.hasChildUnder18),
  h(
    'tempAssistanceWithin24m',
    BOOLEAN,
    '近两年享受过临时救助',
    'temporary assistance within 24 months',
    (f) => f.tempAssistanceWithin24m,
  ),
  h(
    'massOrganisationBeneficiary',
    BOOLEAN,
    '群团常态化帮扶对象',
    'mass-organisation beneficiary',
    (f) => f.massOrganisationBeneficiary,
  ),
  h('familyStructure', enumOf(FAMILY_STRUCTURE_LABELS), '家庭结构', 'family structure', (f) => f.familyStructure),
  h('guardianship', enumOf(GUARDIANSHIP_LABELS), '未成年人监护状况', 'guardianship of minors', (f) => f.guardianship),
  h('childInPlight', BOOLEAN, '有困境未成年人', 'has a child in plight', (f) => f.childInPlight),
  h('lowIncome', BOOLEAN, '低收入家庭', 'low-income household', (f) => f.lowIncome),
  h('headLocalHukou', BOOLEAN, '户主为本市户籍', 'head holds Shanghai hukou', (f) => f.headLocalHukou),
  h(
    'assetsWithinDibaoLimit',
    BOOLEAN,
    '人均金融资产在低保限额内',
    'per-capita assets within the dibao limit',
    (f) => f.assetsWithinDibaoLimit,
  ),
  h('dibaoEligible', BOOLEAN, '符合低保条件', 'dibao-eligible', (f) => f.dibaoEligible),
  h('familyConflict', enumOf(FAMILY_CONFLICT_LABELS), '家庭冲突', 'family conflict', (f) => f.familyConflict),
  h(
    'lifeEvents12m',
    setOf(LIFE_EVENT_VALUES, LIFE_EVENT_LABELS),
    '近12个月生活事件',
    'life events in 12 months',
    (f) => f.lifeEvents12m,
  ),

  m('age', NUMBER, '年龄', 'age', (x) => x.age, 'years'),
  m('sex', enumOf(SEX_LABELS), '性别', 'sex', (x) => x.sex),
  m('hukou', enumOf(HUKOU_LABELS), '户籍', 'hukou', (x) => x.hukou),
  m('relation', enumOf(RELATION_LABELS), '与户主关系', 'relation to the head', (x) => x.relation),
  m('disabilityGrade', NUMBER, '残疾等级', 'disability grade', (x) => x.disabilityGrade, 'grade'),
  m('hasDisability', BOOLEAN, '有残疾', 'has a disability', (x) => x.hasDisability),
  m('severelyDisabled', BOOLEAN, '重度残疾（一、二级）', 'severely disabled (grade 1–2)', (x) => x.severelyDisabled),
  m('mobilityImpaired', BOOLEAN, '行动不便', 'mobility impaired', (x) => x.mobilityImpaired),
  m('seriousIllness', BOOLEAN, '患重大疾病', 'serious illness', (x) => x.seriousIllness),
  m('mentalDisorder', enumOf(MENTAL_LABELS), '精神障碍', 'mental disorder', (x) => x.mentalDisorder),
  m('careNeedsGrade', NUMBER, '照护需求等级', 'care-needs grade', (x) => x.careNeedsGrade, 'grade'),
  m('employmentStatus', enumOf(EMPLOYMENT_LABELS), '就业状况', 'employment status', (x) => x.employmentStatus),
  m('monthsUnemployed', NUMBER, '失业时长', 'time unemployed', (x) => x.monthsUnemployed, 'months'),
  m('recentGraduate', BOOLEAN, '近两年毕业', 'graduated within 24 months', (x) => x.recentGraduate),
  m('educationLevel', enumOf(EDUCATION_LABELS), '文化程度', 'education level', (x) => x.educationLevel),
  m('studentStage', enumOf(STUDENT_STAGE_LABELS), '在读学段', 'student stage', (x) => x.studentStage),
  m(
    'specialEducationalNeeds',
    BOOLEAN,
    '有特殊教育需要',
    'special educational needs',
    (x) => x.specialEducationalNeeds,
  ),
  m('fatherSituation', enumOf(PARENT_SITUATION_LABELS), '父亲情况', "father's situation", (x) => x.fatherSituation),
  m('motherSituation', enumOf(PARENT_SITUATION_LABELS), '母亲情况', "mother's situation", (x) => x.motherSituation),
  m('childInPlight', BOOLEAN, '困境儿童', 'child in plight', (x) => x.childInPlight),
  m('socialInsured', BOOLEAN, '参加社会保险', 'covered by social insurance', (x) => x.socialInsured),
  m('medicalInsured', BOOLEAN, '参加基本医疗保险', 'covered by medical insurance', (x) => x.medicalInsured),
  m('unemploymentInsured', BOOLEAN, '参加失业保险', 'covered by unemployment insurance', (x) => x.unemploymentInsured),
  m('unionMember', BOOLEAN, '工会会员', 'trade-union member', (x) => x.unionMember),
  m(
    'specialStatuses',
    setOf(SPECIAL_STATUS_VALUES, SPECIAL_STATUS_LABELS),
    '特殊身份',
    'special statuses',
    (x) => x.specialStatuses,
  ),
];

export const FACTS_BY_NAME: ReadonlyMap<string, FactDef> = new Map(FACTS.map((f) => [f.name, f]));

export function factDef(name: string): FactDef | undefined {
  return FACTS_BY_NAME.get(name);
}

/** A short type description, e.g. "string-enum(LOCAL|RESIDENCE_PERMIT|OTHER)". */
export function typeName(t: FactType): string {
  return t.kind === 'string-enum' || t.kind === 'set' ? `${t.kind}(${t.values.join('|')})` : t.kind;
}
