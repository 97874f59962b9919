// GraphQL enums of the registry. The value sets are declared by scoring/facts.ts (the scoring
// contract); `satisfies` keeps these objects and those types in lock-step.
import { registerEnumType } from 'type-graphql';
import type * as F from '../../../scoring/facts';
import { CATEGORY_CODES } from '../../../scoring/facts';
import { enumOf } from '../../graphql/enums';

const values =
  <T extends string>() =>
  <O extends { [K in T]: K }>(o: O) =>
    o;

export const Sex = values<F.Sex>()({ MALE: 'MALE', FEMALE: 'FEMALE' });
export const Hukou = values<F.Hukou>()({ LOCAL: 'LOCAL', RESIDENCE_PERMIT: 'RESIDENCE_PERMIT', OTHER: 'OTHER' });
export const Relation = values<F.Relation>()({
  HEAD: 'HEAD',
  SPOUSE: 'SPOUSE',
  CHILD: 'CHILD',
  PARENT: 'PARENT',
  GRANDCHILD: 'GRANDCHILD',
  GRANDPARENT: 'GRANDPARENT',
  SIBLING: 'SIBLING',
  OTHER_RELATIVE: 'OTHER_RELATIVE',
  OTHER: 'OTHER',
});
export const EmploymentStatus = values<F.EmploymentStatus>()({
  EMPLOYED_FORMAL: 'EMPLOYED_FORMAL',
  EMPLOYED_PART_TIME: 'EMPLOYED_PART_TIME',
  EMPLOYED_INFORMAL: 'EMPLOYED_INFORMAL',
  UNEMPLOYED_REGISTERED: 'UNEMPLOYED_REGISTERED',
  UNEMPLOYED_UNREGISTERED: 'UNEMPLOYED_UNREGISTERED',
  RETIRED: 'RETIRED',
  STUDENT: 'STUDENT',
  UNABLE_TO_WORK: 'UNABLE_TO_WORK',
  PRESCHOOL: 'PRESCHOOL',
});
export const EducationLevel = values<F.EducationLevel>()({
  NONE: 'NONE',
  PRIMARY: 'PRIMARY',
  JUNIOR_SECONDARY: 'JUNIOR_SECONDARY',
  SENIOR_SECONDARY: 'SENIOR_SECONDARY',
  VOCATIONAL: 'VOCATIONAL',
  COLLEGE: 'COLLEGE',
  BACHELOR_OR_ABOVE: 'BACHELOR_OR_ABOVE',
});
export const StudentStage = values<F.StudentStage>()({
  NOT_STUDENT: 'NOT_STUDENT',
  PRESCHOOL: 'PRESCHOOL',
  PRIMARY: 'PRIMARY',
  JUNIOR_SECONDARY: 'JUNIOR_SECONDARY',
  SENIOR_SECONDARY: 'SENIOR_SECONDARY',
  SECONDARY_VOCATIONAL: 'SECONDARY_VOCATIONAL',
  HIGHER_VOCATIONAL: 'HIGHER_VOCATIONAL',
  UNDERGRADUATE: 'UNDERGRADUATE',
  POSTGRADUATE: 'POSTGRADUATE',
});
export const SchoolAttendance = values<F.SchoolAttendance>()({
  REGULAR: 'REGULAR',
  LONG_ABSENCE: 'LONG_ABSENCE',
  OUT_OF_SCHOOL: 'OUT_OF_SCHOOL',
});
export const LearningDifficulty = values<F.LearningDifficulty>()({
  NONE: 'NONE',
  BELOW_PASS: 'BELOW_PASS',
  AT_RISK_OF_NOT_PROGRESSING: 'AT_RISK_OF_NOT_PROGRESSING',
});
export const MentalDisorder = values<F.MentalDisorder>()({ NONE: 'NONE', STABLE: 'STABLE', UNSTABLE: 'UNSTABLE' });
export const SpecialStatus = values<F.SpecialStatus>()({
  SERVING_SENTENCE: 'SERVING_SENTENCE',
  DRUG_REHABILITATION: 'DRUG_REHABILITATION',
  COMMUNITY_CORRECTION: 'COMMUNITY_CORRECTION',
  RECENTLY_RELEASED: 'RECENTLY_RELEASED',
});
export const Tenure = values<F.Tenure>()({
  OWNED: 'OWNED',
  PUBLIC_RENTAL: 'PUBLIC_RENTAL',
  PRIVATE_RENTAL: 'PRIVATE_RENTAL',
  LIVING_WITH_RELATIVES: 'LIVING_WITH_RELATIVES',
  NO_FIXED_HOME: 'NO_FIXED_HOME',
});
export const HousingCondition = values<F.HousingCondition>()({
  ADEQUATE: 'ADEQUATE',
  SHARED_KITCHEN_OR_BATH: 'SHARED_KITCHEN_OR_BATH',
  DILAPIDATED: 'DILAPIDATED',
});
export const ArrearsLevel = values<F.ArrearsLevel>()({
  NONE: 'NONE',
  UNDER_1_MONTH: 'UNDER_1_MONTH',
  OVERDUE_1_3_MONTHS: 'OVERDUE_1_3_MONTHS',
  OVERDUE_OVER_3_MONTHS: 'OVERDUE_OVER_3_MONTHS',
  CUTOFF_OR_EVICTION_THREATENED: 'CUTOFF_OR_EVICTION_THREATENED',
});
export const CarerCondition = values<F.CarerCondition>()({
  FINE: 'FINE',
  CANNOT_WORK_DUE_TO_CARING: 'CANNOT_WORK_DUE_TO_CARING',
  ELDERLY_ILL_OR_DISABLED: 'ELDERLY_ILL_OR_DISABLED',
  COLLAPSED_OR_HOSPITALISED: 'COLLAPSED_OR_HOSPITALISED',
});
export const Guardianship = values<F.Guardianship>()({
  NORMAL: 'NORMAL',
  SINGLE_PARENT_OR_GRANDPARENTS: 'SINGLE_PARENT_OR_GRANDPARENTS',
  PARENT_UNAVAILABLE: 'PARENT_UNAVAILABLE',
  NO_ACTUAL_CARER: 'NO_ACTUAL_CARER',
});
export const ParentSituation = values<F.ParentSituation>()({
  CARING: 'CARING',
  ABSENT: 'ABSENT',
  DECEASED: 'DECEASED',
  MISSING: 'MISSING',
  IMPRISONED: 'IMPRISONED',
  COMPULSORY_DRUG_REHAB: 'COMPULSORY_DRUG_REHAB',
  UNABLE_TO_CARE: 'UNABLE_TO_CARE',
  IMPROPER_GUARDIANSHIP: 'IMPROPER_GUARDIANSHIP',
});
export const CareServiceGap = values<F.CareServiceGap>()({
  COVERED: 'COVERED',
  PARTLY_COVERED: 'PARTLY_COVERED',
  NOT_COVERED: 'NOT_COVERED',
});
export const StudySpace = values<F.StudySpace>()({
  OWN_DESK: 'OWN_DESK',
  SHARED_OR_POOR: 'SHARED_OR_POOR',
  NONE: 'NONE',
  UNSAFE: 'UNSAFE',
});
export const FamilyStructure = values<F.FamilyStructure>()({
  ORDINARY: 'ORDINARY',
  SINGLE_PARENT: 'SINGLE_PARENT',
  CHILDLESS_ELDER: 'CHILDLESS_ELDER',
  LOST_ONLY_CHILD: 'LOST_ONLY_CHILD',
  LIVING_ALONE: 'LIVING_ALONE',
});
export const KinSupport = values<F.KinSupport>()({ RELIABLE: 'RELIABLE', WEAK: 'WEAK', NONE: 'NONE' });
export const CommunityContact = values<F.CommunityContact>()({
  REGULAR: 'REGULAR',
  OCCASIONAL: 'OCCASIONAL',
  NONE_OR_REFUSES: 'NONE_OR_REFUSES',
});
export const DigitalCapacity = values<F.DigitalCapacity>()({
  USES_ONLINE_SERVICES: 'USES_ONLINE_SERVICES',
  NEEDS_HELP: 'NEEDS_HELP',
  CANNOT_USE: 'CANNOT_USE',
});
export const CarerStrain = values<F.CarerStrain>()({ LOW: 'LOW', MODERATE: 'MODERATE', HIGH: 'HIGH' });
export const FamilyConflict = values<F.FamilyConflict>()({
  NONE: 'NONE',
  CONFLICT: 'CONFLICT',
  SIGNS_OF_VIOLENCE: 'SIGNS_OF_VIOLENCE',
});
export const AssistanceEventKind = values<F.AssistanceEventKind>()({
  TEMPORARY_ASSISTANCE: 'TEMPORARY_ASSISTANCE',
  APPLICATION_REFUSED: 'APPLICATION_REFUSED',
  ASSISTANCE_TERMINATED: 'ASSISTANCE_TERMINATED',
});
export const LifeEventKind = values<F.LifeEventKind>()({
  BEREAVEMENT: 'BEREAVEMENT',
  DIVORCE: 'DIVORCE',
  JOB_LOSS: 'JOB_LOSS',
  NEW_DIAGNOSIS: 'NEW_DIAGNOSIS',
  ACCIDENT: 'ACCIDENT',
  DEATH_OF_MAIN_EARNER: 'DEATH_OF_MAIN_EARNER',
  FIRE_OR_DISASTER: 'FIRE_OR_DISASTER',
  SERIOUS_ACCIDENT: 'SERIOUS_ACCIDENT',
  SUDDEN_CRITICAL_ILLNESS: 'SUDDEN_CRITICAL_ILLNESS',
});
export const Category = enumOf(CATEGORY_CODES);
export const AssistanceScheme = { ...Category, TEMPORARY: 'TEMPORARY' } as const;
export const HouseholdStatus = { ACTIVE: 'ACTIVE', ARCHIVED: 'ARCHIVED' } as const;
export type HouseholdStatus = keyof typeof HouseholdStatus;

type Described = Record<string, { description: string }>;
const register = (enumObj: object, name: string, description: string, valuesConfig?: Described) =>
  registerEnumType(enumObj, { name, description, valuesConfig });

register(Sex, 'Sex', 'Sex (性别).', { MALE: { description: '男 male' }, FEMALE: { description: '女 female' } });
register(Hukou, 'Hukou', 'Household registration (户籍) status.', {
  LOCAL: { description: '本市户籍 Shanghai hukou' },
  RESIDENCE_PERMIT: { description: '居住证 Shanghai residence permit' },
  OTHER: { description: '其他 other (neither)' },
});
register(Relation, 'Relation', 'Relation to the head of household (与户主关系).', {
  HEAD: { description: '户主 head' },
  SPOUSE: { description: '配偶 spouse' },
  CHILD: { description: '子女 child' },
  PARENT: { description: '父母 parent' },
  GRANDCHILD: { description: '孙子女 grandchild' },
  GRANDPARENT: { description: '祖父母 grandparent' },
  SIBLING: { description: '兄弟姐妹 sibling' },
  OTHER_RELATIVE: { description: '其他亲属 other relative' },
  OTHER: { description: '其他 other' },
});
register(EmploymentStatus, 'EmploymentStatus', 'Employment status (就业状况).', {
  EMPLOYED_FORMAL: { description: '正规就业 formal job with social insurance' },
  EMPLOYED_PART_TIME: { description: '非全日制 part-time' },
  EMPLOYED_INFORMAL: { description: '灵活就业/无社保 informal, no social insurance' },
  UNEMPLOYED_REGISTERED: { description: '登记失业 registered unemployed' },
  UNEMPLOYED_UNREGISTERED: { description: '未登记失业 unemployed, not registered' },
  RETIRED: { description: '退休 retired' },
  STUDENT: { description: '在校学生 student' },
  UNABLE_TO_WORK: { description: '无劳动能力 unable to work' },
  PRESCHOOL: { description: '学龄前 pre-school child' },
});
register(EducationLevel, 'EducationLevel', 'Highest education completed (文化程度).', {
  NONE: { description: '未上学 none' },
  PRIMARY: { description: '小学 primary' },
  JUNIOR_SECONDARY: { description: '初中 junior secondary' },
  SENIOR_SECONDARY: { description: '高中 senior secondary' },
  VOCATIONAL: { description: '中专/职校 vocational' },
  COLLEGE: { description: '大专 college' },
  BACHELOR_OR_ABOVE: { description: '本科及以上 bachelor or above' },
});
register(StudentStage, 'StudentStage', 'Current study stage (在读学段).', {
  NOT_STUDENT: { description: '不在读 not studying' },
  PRESCHOOL: { description: '学前 pre-school' },
  PRIMARY: { description: '小学 primary' },
  JUNIOR_SECONDARY: { description: '初中 junior secondary' },
  SENIOR_SECONDARY: { description: '高中 senior secondary' },
  SECONDARY_VOCATIONAL: { description: '中职 secondary vocational' },
  HIGHER_VOCATIONAL: { description: '高职 higher vocational' },
  UNDERGRADUATE: { description: '本科 undergraduate' },
  POSTGRADUATE: { description: '研究生 postgraduate' },
});
register(SchoolAttendance, 'SchoolAttendance', 'School attendance of a school-age member (就学状况).', {
  REGULAR: { description: '正常就学 regular' },
  LONG_ABSENCE: { description: '长期缺课 long absence' },
  OUT_OF_SCHOOL: { description: '失学/辍学 out of school' },
});
register(LearningDifficulty, 'LearningDifficulty', 'Learning difficulty reported by school or parent (学业困难).', {
  NONE: { description: '无 none' },
  BELOW_PASS: { description: '主科不及格 below pass in core subjects' },
  AT_RISK_OF_NOT_PROGRESSING: { description: '有升级/毕业风险 at risk of not progressing' },
});
register(MentalDisorder, 'MentalDisorder', 'Severe mental disorder or psychiatric disability (严重精神障碍).', {
  NONE: { description: '无 none' },
  STABLE: { description: '有，病情稳定 present, stable' },
  UNSTABLE: { description: '有，病情不稳定 present, unstable' },
});
register(SpecialStatus, 'SpecialStatus', 'Special statuses relevant to support (特殊身份).', {
  SERVING_SENTENCE: { description: '服刑 serving a sentence' },
  DRUG_REHABILITATION: { description: '戒毒 in drug rehabilitation' },
  COMMUNITY_CORRECTION: { description: '社区矫正 under community correction' },
  RECENTLY_RELEASED: { description: '刑满释放 recently released' },
});
register(Tenure, 'Tenure', 'Housing tenure (住房性质).', {
  OWNED: { description: '自有 owned' },
  PUBLIC_RENTAL: { description: '公房/公租房/廉租房 public rental' },
  PRIVATE_RENTAL: { description: '私房租赁 private rental' },
  LIVING_WITH_RELATIVES: { description: '借住亲友 living with relatives' },
  NO_FIXED_HOME: { description: '无固定住所 no fixed home' },
});
register(HousingCondition, 'HousingCondition', 'Physical condition of the dwelling (居住状况).', {
  ADEQUATE: { description: '基本良好 adequate' },
  SHARED_KITCHEN_OR_BATH: { description: '合用厨卫 shared kitchen or bathroom' },
  DILAPIDATED: { description: '危旧 dilapidated' },
});
register(ArrearsLevel, 'ArrearsLevel', 'Arrears and debt (欠费/债务): rent, utilities, property fees, overdue loans.', {
  NONE: { description: '无 none' },
  UNDER_1_MONTH: { description: '少量，不足1个月 small, under one month' },
  OVERDUE_1_3_MONTHS: { description: '逾期1–3个月 overdue 1–3 months' },
  OVERDUE_OVER_3_MONTHS: { description: '逾期3个月以上 overdue over 3 months' },
  CUTOFF_OR_EVICTION_THREATENED: { description: '面临断供或驱逐 cut-off or eviction threatened' },
});
register(CarerCondition, 'CarerCondition', "Main carer's condition (主要照护者状况), adviser-observed.", {
  FINE: { description: '良好 fine' },
  CANNOT_WORK_DUE_TO_CARING: { description: '因照护无法工作 cannot work because of caring' },
  ELDERLY_ILL_OR_DISABLED: { description: '照护者≥70岁或患病/残疾 carer aged 70+, ill or disabled' },
  COLLAPSED_OR_HOSPITALISED: { description: '照护者崩溃或住院 carer collapsed or hospitalised' },
});
register(
  ParentSituation,
  'ParentSituation',
  "A parent's situation of a minor (父母监护情况), POLICY.md §3.2: MISSING, IMPRISONED, COMPULSORY_DRUG_REHAB, " +
    'UNABLE_TO_CARE and IMPROPER_GUARDIANSHIP make the child a child in plight (困境儿童); both DECEASED an orphan ' +
    '(散居孤儿).',
  {
    CARING: { description: '共同生活并照料 lives with the child and cares for them' },
    ABSENT: { description: '不在身边 alive and able but not caring for the child (left, works away)' },
    DECEASED: { description: '死亡 deceased' },
    MISSING: { description: '失踪 / 失联 missing' },
    IMPRISONED: { description: '服刑在押 serving a sentence' },
    COMPULSORY_DRUG_REHAB: { description: '强制隔离戒毒 in compulsory drug rehabilitation' },
    UNABLE_TO_CARE: { description: '重病、重残等无力监护 severely ill or disabled, unable to care' },
    IMPROPER_GUARDIANSHIP: { description: '监护不当 abuses or abandons the child' },
  },
);
register(
  Guardianship,
  'Guardianship',
  "Guardianship of minors (未成年人监护), the household-level summary recorded before each parent's situation could " +
    "be: it stands for a minor none of whose parents is recorded. Prefer the members' fatherSituation / " +
    'motherSituation.',
  {
    NORMAL: { description: '正常 normal' },
    SINGLE_PARENT_OR_GRANDPARENTS: { description: '单亲或隔代抚养 single parent or grandparents raising' },
    PARENT_UNAVAILABLE: { description: '父母服刑/戒毒/重病 a parent in prison, rehab or seriously ill' },
    NO_ACTUAL_CARER: { description: '事实无人抚养 de facto no carer' },
  },
);
register(CareServiceGap, 'CareServiceGap', 'Care needs versus care services received (照护服务缺口).', {
  COVERED: { description: '已覆盖 covered' },
  PARTLY_COVERED: { description: '部分覆盖 partly covered' },
  NOT_COVERED: { description: '未覆盖 not covered' },
});
register(StudySpace, 'StudySpace', "School-age children's study space (儿童学习空间).", {
  OWN_DESK: { description: '有独立书桌和照明 own desk and light' },
  SHARED_OR_POOR: { description: '共用或条件差 shared or poor' },
  NONE: { description: '无书桌/空间 none' },
  UNSAFE: { description: '居室不安全（潮湿、无门、无光） unsafe room' },
});
register(FamilyStructure, 'FamilyStructure', 'Family structure (家庭结构).', {
  ORDINARY: { description: '一般 ordinary' },
  SINGLE_PARENT: { description: '单亲 single parent' },
  CHILDLESS_ELDER: { description: '孤老 elder with no children' },
  LOST_ONLY_CHILD: { description: '失独 lost only child' },
  LIVING_ALONE: { description: '独居 living alone' },
});
register(KinSupport, 'KinSupport', 'Support from relatives (亲属支持).', {
  RELIABLE: { description: '可靠 reliable' },
  WEAK: { description: '薄弱 weak' },
  NONE: { description: '无可联系或无力支持 none' },
});
register(CommunityContact, 'CommunityContact', 'Contact with the community (社区联系).', {
  REGULAR: { description: '经常 regular' },
  OCCASIONAL: { description: '偶尔 occasional' },
  NONE_OR_REFUSES: { description: '3个月无联系或拒绝联系 none in 3 months, or refuses' },
});
register(DigitalCapacity, 'DigitalCapacity', 'Information and digital capacity (信息/数字能力).', {
  USES_ONLINE_SERVICES: { description: '能使用线上服务 uses online services' },
  NEEDS_HELP: { description: '需协助 needs help' },
  CANNOT_USE: { description: '完全不会且不了解政策 cannot use, unaware of policies' },
});
register(CarerStrain, 'CarerStrain', 'Carer strain, Zarit short form (照护者压力).', {
  LOW: { description: '低 low' },
  MODERATE: { description: '中 moderate' },
  HIGH: { description: '高 high' },
});
register(FamilyConflict, 'FamilyConflict', 'Family conflict or signs of violence (家庭冲突/暴力迹象).', {
  NONE: { description: '无 none' },
  CONFLICT: { description: '有冲突 conflict' },
  SIGNS_OF_VIOLENCE: { description: '有暴力迹象 signs of violence' },
});
register(AssistanceEventKind, 'AssistanceEventKind', 'Kinds of assistance history entries.', {
  TEMPORARY_ASSISTANCE: { description: '临时救助 temporary assistance received' },
  APPLICATION_REFUSED: { description: '申请未通过 application refused' },
  ASSISTANCE_TERMINATED: { description: '终止救助 assistance terminated' },
});
register(
  LifeEventKind,
  'LifeEventKind',
  'Major life events (重大事件); crisis events within 30 days raise a red flag.',
  {
    BEREAVEMENT: { description: '丧亲 bereavement' },
    DIVORCE: { description: '离婚 divorce' },
    JOB_LOSS: { description: '失业 job loss' },
    NEW_DIAGNOSIS: { description: '新确诊重病 new diagnosis' },
    ACCIDENT: { description: '意外 accident' },
    DEATH_OF_MAIN_EARNER: { description: '主要劳动力死亡 death of the main earner (crisis)' },
    FIRE_OR_DISASTER: { description: '火灾或灾害 fire or disaster (crisis)' },
    SERIOUS_ACCIDENT: { description: '严重事故 serious accident (crisis)' },
    SUDDEN_CRITICAL_ILLNESS: { description: '突发危重疾病 sudden critical illness (crisis)' },
  },
);
const categoryText: Record<F.CategoryCode, string> = {
  DB: '低保 minimum living allowance (dibao)',
  BY: '低保边缘 dibao-edge household',
  GX: '刚性支出困难 rigid-expenditure hardship',
  TK_DISPERSED: '特困 分散供养 extreme poverty, supported at home',
  TK_CENTRAL: '特困 集中供养 extreme poverty, institutional care',
  ZC: '重残无业 severely disabled without work',
  KJ: '困境儿童 child in plight',
  GE: '散居孤儿 orphan living outside institutions',
  ZX_MEDICAL: '医疗救助 medical assistance (special)',
  ZX_EDUCATION: '教育救助 education assistance (special)',
  ZX_HOUSING: '住房救助 housing assistance (special)',
  ZX_EMPLOYMENT: '就业救助 employment assistance (special)',
  ZX_DISASTER: '受灾人员救助 disaster-victim assistance (special)',
};
register(
  Category,
  'AssistanceCategory',
  'Assistance categories (救助类别) a household can hold; they place it in the four circles (四个圈层).',
  Object.fromEntries(Object.entries(categoryText).map(([k, v]) => [k, { description: v }])),
);
register(
  AssistanceScheme,
  'AssistanceScheme',
  'The scheme an assistance-history entry concerns: a category, or TEMPORARY (临时救助).',
  {
    ...Object.fromEntries(Object.entries(categoryText).map(([k, v]) => [k, { description: v }])),
    TEMPORARY: { description: '临时救助 temporary assistance' },
  },
);
register(HouseholdStatus, 'HouseholdStatus', 'Lifecycle of a registry record.', {
  ACTIVE: { description: '在册 active' },
  ARCHIVED: { description: '已归档 archived (kept for history)' },
});
