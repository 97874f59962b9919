// The plain household facts the scoring engine reads. This is the contract between the registry
// (src/modules/household) and scoring/: the registry stores these facts, the assessment service
// maps its rows onto this shape, and scoring/ never sees an entity. Unknown is null, never 0:
// a null fact leaves what it decides undecided: the engine bounds each indicator by what the known
// facts allow (README "Partial knowledge"), and a fact no bound can replace makes it missing.
import type { GuardianshipSummary, ParentSituation } from '../policy/child-in-plight';

export type { ParentSituation };

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** Assistance categories (救助类别). Codes follow CATALOGUE.md §Conventions. */
export const CATEGORY_CODES = [
  'DB', // 低保 minimum living allowance
  'BY', // 低保边缘 dibao-edge household
  'GX', // 刚性支出困难家庭 rigid-expenditure hardship
  'TK_DISPERSED', // 特困 分散供养 extreme poverty, supported at home
  'TK_CENTRAL', // 特困 集中供养 extreme poverty, institutional
  'ZC', // 重残无业 severely disabled without work
  'KJ', // 困境儿童 child in plight
  'GE', // 散居孤儿 orphan outside institutions
  'ZX_MEDICAL', // 专项: 医疗救助 medical assistance
  'ZX_EDUCATION', // 专项: 教育救助 education assistance
  'ZX_HOUSING', // 专项: 住房救助 housing assistance
  'ZX_EMPLOYMENT', // 专项: 就业救助 employment assistance
  'ZX_DISASTER', // 专项: 受灾人员救助 disaster-victim assistance
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

export interface CategoryHolding {
  category: CategoryCode;
  since: IsoDate | null;
  /** null while the category is still held. */
  until: IsoDate | null;
}

export type AssistanceEventKind = 'TEMPORARY_ASSISTANCE' | 'APPLICATION_REFUSED' | 'ASSISTANCE_TERMINATED';
export interface AssistanceEvent {
  kind: AssistanceEventKind;
  /** Scheme applied for, refused or terminated (a category code, or TEMPORARY for 临时救助). */
  scheme: CategoryCode | 'TEMPORARY';
  date: IsoDate;
  amount: number | null;
}

export type LifeEventKind =
  | 'BEREAVEMENT'
  | 'DIVORCE'
  | 'JOB_LOSS'
  | 'NEW_DIAGNOSIS'
  | 'ACCIDENT' // P3 negative events
  | 'DEATH_OF_MAIN_EARNER'
  | 'FIRE_OR_DISASTER'
  | 'SERIOUS_ACCIDENT'
  | 'SUDDEN_CRITICAL_ILLNESS'; // crisis events (red flag within 30 days; also count for P3)
export interface LifeEvent {
  kind: LifeEventKind;
  date: IsoDate;
}

export type Sex = 'MALE' | 'FEMALE';
export type Hukou = 'LOCAL' | 'RESIDENCE_PERMIT' | 'OTHER'; // 本市户籍 / 居住证 / 其他
export type EmploymentStatus =
  | 'EMPLOYED_FORMAL'
  | 'EMPLOYED_PART_TIME'
  | 'EMPLOYED_INFORMAL'
  | 'UNEMPLOYED_REGISTERED'
  | 'UNEMPLOYED_UNREGISTERED'
  | 'RETIRED'
  | 'STUDENT'
  | 'UNABLE_TO_WORK'
  | 'PRESCHOOL';
export type EducationLevel =
  'NONE' | 'PRIMARY' | 'JUNIOR_SECONDARY' | 'SENIOR_SECONDARY' | 'VOCATIONAL' | 'COLLEGE' | 'BACHELOR_OR_ABOVE';
export type StudentStage =
  | 'NOT_STUDENT'
  | 'PRESCHOOL'
  | 'PRIMARY'
  | 'JUNIOR_SECONDARY'
  | 'SENIOR_SECONDARY'
  | 'SECONDARY_VOCATIONAL'
  | 'HIGHER_VOCATIONAL'
  | 'UNDERGRADUATE'
  | 'POSTGRADUATE';
export type SchoolAttendance = 'REGULAR' | 'LONG_ABSENCE' | 'OUT_OF_SCHOOL';
export type LearningDifficulty = 'NONE' | 'BELOW_PASS' | 'AT_RISK_OF_NOT_PROGRESSING';
export type MentalDisorder = 'NONE' | 'STABLE' | 'UNSTABLE';
export type SpecialStatus = 'SERVING_SENTENCE' | 'DRUG_REHABILITATION' | 'COMMUNITY_CORRECTION' | 'RECENTLY_RELEASED';
export type Relation =
  'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'GRANDCHILD' | 'GRANDPARENT' | 'SIBLING' | 'OTHER_RELATIVE' | 'OTHER';

export interface MemberFacts {
  relation: Relation | null;
  birthDate: IsoDate | null;
  sex: Sex | null;
  hukou: Hukou | null;
  /** 残疾证 grade 1 (most severe) – 4; null when the member has no certificate or it is unknown. */
  disabilityGrade: 1 | 2 | 3 | 4 | null;
  hasDisability: boolean | null;
  /** Disability that affects getting up and down stairs (physical, visual, or any grade 1–2). */
  mobilityImpaired: boolean | null;
  bedridden: boolean | null;
  /** 门诊大病 / cancer / uremia / severe mental disorder. */
  seriousIllness: boolean | null;
  /** On long-term medication for a chronic condition. */
  chronicIllness: boolean | null;
  mentalDisorder: MentalDisorder | null;
  /** 老年照护统一需求评估 grade 0 (none) – 6. */
  careNeedsGrade: number | null;
  hospitalStays12m: number | null;
  hospitalDays12m: number | null;
  employmentStatus: EmploymentStatus | null;
  monthsUnemployed: number | null;
  /** Graduated (school, vocational or university) within the last 24 months. */
  recentGraduate: boolean | null;
  isMainEarner: boolean | null;
  isMainCarer: boolean | null;
  educationLevel: EducationLevel | null;
  studentStage: StudentStage | null;
  schoolAttendance: SchoolAttendance | null;
  learningDifficulty: LearningDifficulty | null;
  specialEducationalNeeds: boolean | null;
  /** Children 3–12: took part in an out-of-school cultural activity in the last year. */
  culturalActivityLastYear: boolean | null;
  specialStatuses: SpecialStatus[] | null;
  /** PHQ-9 total 0–27 from an adviser or social-worker screen. */
  phq9Score: number | null;
  suicidalThoughts: boolean | null;
  /** For a minor: each parent's situation (POLICY.md §3.2, policy/child-in-plight.ts); null = unknown. */
  fatherSituation: ParentSituation | null;
  motherSituation: ParentSituation | null;
  /** Registry cover (社会保险 / 医疗保险 / 失业保险) and trade-union membership (工会会员); null or absent = unknown. */
  socialInsured?: boolean | null;
  medicalInsured?: boolean | null;
  unemploymentInsured?: boolean | null;
  unionMember?: boolean | null;
}

export type Tenure = 'OWNED' | 'PUBLIC_RENTAL' | 'PRIVATE_RENTAL' | 'LIVING_WITH_RELATIVES' | 'NO_FIXED_HOME';
export type HousingCondition = 'ADEQUATE' | 'SHARED_KITCHEN_OR_BATH' | 'DILAPIDATED';
export type ArrearsLevel =
  'NONE' | 'UNDER_1_MONTH' | 'OVERDUE_1_3_MONTHS' | 'OVERDUE_OVER_3_MONTHS' | 'CUTOFF_OR_EVICTION_THREATENED';
export type CarerCondition =
  'FINE' | 'CANNOT_WORK_DUE_TO_CARING' | 'ELDERLY_ILL_OR_DISABLED' | 'COLLAPSED_OR_HOSPITALISED';
/** The household-level guardianship summary recorded before per-parent facts; it stands for a minor
 *  none of whose parents is recorded (policy/child-in-plight.ts). */
export type Guardianship = GuardianshipSummary;
export type CareServiceGap = 'COVERED' | 'PARTLY_COVERED' | 'NOT_COVERED';
export type StudySpace = 'OWN_DESK' | 'SHARED_OR_POOR' | 'NONE' | 'UNSAFE';
export type FamilyStructure = 'ORDINARY' | 'SINGLE_PARENT' | 'CHILDLESS_ELDER' | 'LOST_ONLY_CHILD' | 'LIVING_ALONE';
export type KinSupport = 'RELIABLE' | 'WEAK' | 'NONE';
export type CommunityContact = 'REGULAR' | 'OCCASIONAL' | 'NONE_OR_REFUSES';
export type DigitalCapacity = 'USES_ONLINE_SERVICES' | 'NEEDS_HELP' | 'CANNOT_USE';
export type CarerStrain = 'LOW' | 'MODERATE' | 'HIGH';
export type FamilyConflict = 'NONE' | 'CONFLICT' | 'SIGNS_OF_VIOLENCE';

export interface HouseholdFacts {
  /** The evaluation date: ages, 30-day and 24-month windows are counted back from it. */
  asOf: IsoDate;
  /** Dated reference data in force on asOf (POLICY.md POL-PAR-1). */
  reference: { dibaoStandard: number; edgeMultiplier: number };
  streetCode: string | null;
  /** 人户分离: the registered (hukou) address differs from where the household lives. */
  registeredElsewhere: boolean | null;
  members: MemberFacts[];

  // Economics, yuan. Monthly income by source; 12-month rigid spending (out of pocket).
  incomeMonthly: {
    wages: number | null;
    pensions: number | null;
    benefits: number | null;
    maintenance: number | null;
    other: number | null;
  };
  liquidAssets: number | null;
  rigidSpending12m: { medical: number | null; education: number | null; care: number | null; rehab: number | null };
  arrears: ArrearsLevel | null;
  wageArrears: boolean | null;

  // Housing.
  floor: number | null;
  hasElevator: boolean | null;
  buildingElevatorProject: boolean | null;
  tenure: Tenure | null;
  livingAreaSqm: number | null;
  monthlyRent: number | null;
  housingCondition: HousingCondition | null;
  evictionThreatened: boolean | null;
  homeAdapted: boolean | null; // grab bars, non-slip floor
  falls12m: number | null;
  fallInjury: boolean | null;
  studySpace: StudySpace | null;

  // Assistance status and history.
  categories: CategoryHolding[];
  assistanceEvents: AssistanceEvent[];
  massOrganisationBeneficiary: boolean | null;
  charityPriority: boolean | null;
  foundByVisit: boolean | null;

  // Adviser-observed facts.
  mainCarerCondition: CarerCondition | null;
  guardianship: Guardianship | null;
  careServiceGap: CareServiceGap | null;
  familyStructure: FamilyStructure | null;
  kinSupport: KinSupport | null;
  communityContact: CommunityContact | null;
  digitalCapacity: DigitalCapacity | null;
  carerStrain: CarerStrain | null;
  familyConflict: FamilyConflict | null;
  lifeEvents: LifeEvent[];
}
