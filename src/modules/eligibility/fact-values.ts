// The value vocabularies of enum- and set-valued facts, each value with its zh/en label for traces
// and summaries. Typed as Record<Union, …> so that a value added to scoring/facts.ts without a label
// here fails to compile.
import type {
  CategoryCode,
  EducationLevel,
  EmploymentStatus,
  FamilyConflict,
  FamilyStructure,
  Guardianship,
  Hukou,
  LifeEventKind,
  MentalDisorder,
  ParentSituation,
  Relation,
  Sex,
  SpecialStatus,
  StudentStage,
  Tenure,
} from '../../../scoring/facts';

export type Labels<K extends string | number> = Readonly<Record<K, readonly [zh: string, en: string]>>;

/** Category codes held now: the registry's codes plus the catalogue's group codes (CATALOGUE.md §Conventions). */
export type CategoryValue = CategoryCode | 'TK' | 'ZX' | 'LS' | 'WT' | 'QT' | 'CS' | 'ZF';
export const CATEGORY_LABELS: Labels<CategoryValue> = {
  DB: ['低保', 'dibao (DB)'],
  BY: ['低保边缘', 'dibao-edge (BY)'],
  GX: ['刚性支出困难', 'rigid-expenditure hardship (GX)'],
  TK: ['特困', 'extreme poverty (TK)'],
  TK_DISPERSED: ['特困（分散供养）', 'extreme poverty, at home'],
  TK_CENTRAL: ['特困（集中供养）', 'extreme poverty, institutional'],
  ZC: ['重残无业', 'severely disabled without work (ZC)'],
  KJ: ['困境儿童', 'child in plight (KJ)'],
  GE: ['散居孤儿', 'orphan outside institutions (GE)'],
  ZX: ['专项救助', 'special assistance (ZX)'],
  ZX_MEDICAL: ['医疗救助', 'medical assistance'],
  ZX_EDUCATION: ['教育救助', 'education assistance'],
  ZX_HOUSING: ['住房救助', 'housing assistance'],
  ZX_EMPLOYMENT: ['就业救助', 'employment assistance'],
  ZX_DISASTER: ['受灾人员救助', 'disaster-victim assistance'],
  LS: ['近两年临时救助', 'temporary assistance in 24 months (LS)'],
  WT: ['近两年申请未通过或终止', 'refused or terminated in 24 months (WT)'],
  QT: ['群团常态化帮扶对象', 'mass-organisation beneficiary (QT)'],
  CS: ['慈善重点帮扶', 'charity priority (CS)'],
  ZF: ['走访发现', 'found by visits (ZF)'],
};

export const NEED_LABELS: Labels<string> = {
  N01: ['基本生活保障', 'basic living income'],
  N02: ['医疗费用救助', 'medical cost relief'],
  N03: ['教育费用资助', 'education cost aid'],
  N04: ['住房 / 租金救助', 'housing and rent aid'],
  N05: ['急难临时救助', 'emergency cash'],
  N06: ['生活物资 / 节日帮困', 'food and goods, holiday aid'],
  N07: ['探访关爱', 'regular visiting'],
  N08: ['日常照料', 'daily care'],
  N09: ['送医陪护', 'medical escort'],
  N10: ['喘息服务', 'respite for carers'],
  N11: ['康复指导 / 辅具适配', 'rehabilitation and aids'],
  N12: ['心理疏导 / 精神抚慰', 'counselling'],
  N13: ['危机干预 / 保护', 'crisis intervention'],
  N14: ['学业辅导', 'tutoring'],
  N15: ['艺术教育', 'art education'],
  N16: ['儿童心理健康教育', 'child mental-health education'],
  N17: ['困境儿童居室微改造', 'child-room micro-renovation'],
  N18: ['升学 / 生涯指导', 'study and career transition'],
  N19: ['就业指导 / 职业介绍', 'job guidance and placement'],
  N20: ['技能培训', 'skills training'],
  N21: ['社会融入', 'social inclusion'],
  N22: ['加装电梯帮扶', 'elevator installation help'],
  N23: ['适老化改造', 'age-friendly renovation'],
  N24: ['无障碍改造', 'accessibility renovation'],
  N25: ['政策申办协助', 'help applying'],
  N26: ['法律援助 / 权益维护', 'legal aid'],
  N27: ['债务 / 理财辅导、无息周转', 'debt advice, bridging loan'],
  N28: ['个案管理', 'case management'],
};

export const CIRCLE_LABELS: Labels<number> = {
  1: ['第一圈层', 'circle 1'],
  2: ['第二圈层', 'circle 2'],
  3: ['第三圈层', 'circle 3'],
  4: ['第四圈层', 'circle 4'],
};

export type LevelValue = 'HIGH' | 'MODERATE' | 'LOW' | 'WATCH';
export const LEVEL_LABELS: Labels<LevelValue> = {
  HIGH: ['高度', 'high'],
  MODERATE: ['中度', 'moderate'],
  LOW: ['低度', 'low'],
  WATCH: ['关注', 'watch'],
};

export const HUKOU_LABELS: Labels<Hukou> = {
  LOCAL: ['本市户籍', 'Shanghai hukou'],
  RESIDENCE_PERMIT: ['居住证', 'residence permit'],
  OTHER: ['其他', 'other'],
};

export const SEX_LABELS: Labels<Sex> = { MALE: ['男', 'male'], FEMALE: ['女', 'female'] };

export const RELATION_LABELS: Labels<Relation> = {
  HEAD: ['户主', 'head'],
  SPOUSE: ['配偶', 'spouse'],
  CHILD: ['子女', 'child'],
  PARENT: ['父母', 'parent'],
  GRANDCHILD: ['孙辈', 'grandchild'],
  GRANDPARENT: ['祖辈', 'grandparent'],
  SIBLING: ['兄弟姐妹', 'sibling'],
  OTHER_RELATIVE: ['其他亲属', 'other relative'],
  OTHER: ['其他', 'other'],
};

export const EMPLOYMENT_LABELS: Labels<EmploymentStatus> = {
  EMPLOYED_FORMAL: ['正式就业', 'formally employed'],
  EMPLOYED_PART_TIME: ['非全日制就业', 'part-time'],
  EMPLOYED_INFORMAL: ['灵活就业', 'informal work'],
  UNEMPLOYED_REGISTERED: ['登记失业', 'registered unemployed'],
  UNEMPLOYED_UNREGISTERED: ['未登记失业', 'unregistered unemployed'],
  RETIRED: ['退休', 'retired'],
  STUDENT: ['在校学生', 'student'],
  UNABLE_TO_WORK: ['无劳动能力', 'unable to work'],
  PRESCHOOL: ['学龄前', 'preschool'],
};

export const STUDENT_STAGE_LABELS: Labels<StudentStage> = {
  NOT_STUDENT: ['非在校', 'not a student'],
  PRESCHOOL: ['学前', 'preschool'],
  PRIMARY: ['小学', 'primary'],
  JUNIOR_SECONDARY: ['初中', 'junior secondary'],
  SENIOR_SECONDARY: ['高中', 'senior secondary'],
  SECONDARY_VOCATIONAL: ['中职', 'secondary vocational'],
  HIGHER_VOCATIONAL: ['高职', 'higher vocational'],
  UNDERGRADUATE: ['本科', 'undergraduate'],
  POSTGRADUATE: ['研究生', 'postgraduate'],
};

export const EDUCATION_LABELS: Labels<EducationLevel> = {
  NONE: ['未上学', 'none'],
  PRIMARY: ['小学', 'primary'],
  JUNIOR_SECONDARY: ['初中', 'junior secondary'],
  SENIOR_SECONDARY: ['高中', 'senior secondary'],
  VOCATIONAL: ['中职 / 技校', 'vocational'],
  COLLEGE: ['大专', 'college'],
  BACHELOR_OR_ABOVE: ['本科及以上', "bachelor's or above"],
};

export const MENTAL_LABELS: Labels<MentalDisorder> = {
  NONE: ['无', 'none'],
  STABLE: ['稳定期', 'stable'],
  UNSTABLE: ['不稳定', 'unstable'],
};

export const SPECIAL_STATUS_LABELS: Labels<SpecialStatus> = {
  SERVING_SENTENCE: ['服刑', 'serving a sentence'],
  DRUG_REHABILITATION: ['戒毒', 'in drug rehabilitation'],
  COMMUNITY_CORRECTION: ['社区矫正', 'community correction'],
  RECENTLY_RELEASED: ['刑满释放不久', 'recently released'],
};

export const TENURE_LABELS: Labels<Tenure> = {
  OWNED: ['自有住房', 'owned'],
  PUBLIC_RENTAL: ['公房租赁', 'public rental'],
  PRIVATE_RENTAL: ['私房租赁', 'private rental'],
  LIVING_WITH_RELATIVES: ['借住亲属家', 'living with relatives'],
  NO_FIXED_HOME: ['无固定住所', 'no fixed home'],
};

export const FAMILY_STRUCTURE_LABELS: Labels<FamilyStructure> = {
  ORDINARY: ['一般家庭', 'ordinary'],
  SINGLE_PARENT: ['单亲家庭', 'single parent'],
  CHILDLESS_ELDER: ['孤寡老人', 'childless elder'],
  LOST_ONLY_CHILD: ['失独家庭', 'lost only child'],
  LIVING_ALONE: ['独居', 'living alone'],
};

export const GUARDIANSHIP_LABELS: Labels<Guardianship> = {
  NORMAL: ['正常监护', 'normal'],
  SINGLE_PARENT_OR_GRANDPARENTS: ['单亲或隔代抚养', 'single parent or grandparents'],
  PARENT_UNAVAILABLE: ['父母无法履行监护', 'parent unavailable'],
  NO_ACTUAL_CARER: ['事实无人抚养', 'no actual carer'],
};

export const PARENT_SITUATION_LABELS: Labels<ParentSituation> = {
  CARING: ['共同生活并照料', 'caring'],
  ABSENT: ['不在身边', 'absent'],
  DECEASED: ['死亡', 'deceased'],
  MISSING: ['失踪', 'missing'],
  IMPRISONED: ['服刑在押', 'imprisoned'],
  COMPULSORY_DRUG_REHAB: ['强制隔离戒毒', 'in compulsory drug rehabilitation'],
  UNABLE_TO_CARE: ['重病重残无力监护', 'unable to care'],
  IMPROPER_GUARDIANSHIP: ['监护不当', 'improper guardianship'],
};

export const FAMILY_CONFLICT_LABELS: Labels<FamilyConflict> = {
  NONE: ['无', 'none'],
  CONFLICT: ['家庭矛盾', 'conflict'],
  SIGNS_OF_VIOLENCE: ['家暴迹象', 'signs of violence'],
};

export const LIFE_EVENT_LABELS: Labels<LifeEventKind> = {
  BEREAVEMENT: ['丧亲', 'bereavement'],
  DIVORCE: ['离婚', 'divorce'],
  JOB_LOSS: ['失业', 'job loss'],
  NEW_DIAGNOSIS: ['新确诊疾病', 'new diagnosis'],
  ACCIDENT: ['意外', 'accident'],
  DEATH_OF_MAIN_EARNER: ['主要收入者死亡', 'death of the main earner'],
  FIRE_OR_DISASTER: ['火灾或灾害', 'fire or disaster'],
  SERIOUS_ACCIDENT: ['严重事故', 'serious accident'],
  SUDDEN_CRITICAL_ILLNESS: ['突发重病', 'sudden critical illness'],
};

/** The ordered values of a label table; a set-valued fact stores value i as bit 1 << i. */
export function valuesOf<K extends string>(labels: Labels<K>): readonly K[] {
  return Object.keys(labels) as K[];
}

export const CATEGORY_VALUES = valuesOf(CATEGORY_LABELS);
export const NEED_VALUES = valuesOf(NEED_LABELS);
export const CIRCLE_VALUES: readonly number[] = [1, 2, 3, 4];
export const SPECIAL_STATUS_VALUES = valuesOf(SPECIAL_STATUS_LABELS);
export const LIFE_EVENT_VALUES = valuesOf(LIFE_EVENT_LABELS);
export const LEVEL_VALUES = valuesOf(LEVEL_LABELS);

/** Bit mask of `present` over `values`; throws on a value outside the vocabulary. */
export function maskOf<V extends string | number>(values: readonly V[], present: Iterable<V>, what: string): number {
  let mask = 0;
  for (const v of present) {
    const i = values.indexOf(v);
    if (i < 0) throw new RangeError(`unknown ${what}: ${String(v)}`);
    mask |= 1 << i;
  }
  return mask;
}

/** The values whose bits are set in `mask`, in vocabulary order. */
export function valuesInMask<V>(values: readonly V[], mask: number): V[] {
  const out: V[] = [];
  for (let i = 0; i < values.length; i++) if ((mask & (1 << i)) !== 0) out.push(values[i]);
  return out;
}
