// Household-fact builders for the scoring tests. The defaults describe a household with nothing
// wrong and every fact known, so each test states only what makes its case.
import type { HardshipProfile, HouseholdFacts, IndicatorResult, MemberFacts } from '../../../scoring';

export const AS_OF = '2024-06-15';
/** 低保 standard used by the fixtures (POLICY.md §3.3 lists 1,510 for 2023-07 [U]); a test input only. */
export const DIBAO = 1510;

/** Birth date for someone `age` years old on AS_OF (born on 1 January). */
export function bornAged(age: number): string {
  return `${2024 - age}-01-01`;
}

export function member(overrides: Partial<MemberFacts> = {}): MemberFacts {
  return {
    relation: 'HEAD',
    birthDate: bornAged(40),
    sex: 'FEMALE',
    hukou: 'LOCAL',
    disabilityGrade: null,
    hasDisability: false,
    mobilityImpaired: false,
    bedridden: false,
    seriousIllness: false,
    chronicIllness: false,
    mentalDisorder: 'NONE',
    careNeedsGrade: 0,
    hospitalStays12m: 0,
    hospitalDays12m: 0,
    employmentStatus: 'EMPLOYED_FORMAL',
    monthsUnemployed: null,
    recentGraduate: false,
    isMainEarner: null,
    isMainCarer: false,
    educationLevel: 'COLLEGE',
    studentStage: 'NOT_STUDENT',
    schoolAttendance: null,
    learningDifficulty: null,
    specialEducationalNeeds: null,
    culturalActivityLastYear: null,
    specialStatuses: [],
    phq9Score: 2,
    suicidalThoughts: false,
    fatherSituation: null,
    motherSituation: null,
    ...overrides,
  };
}

/** A school child of `age` with nothing wrong. */
export function child(age: number, overrides: Partial<MemberFacts> = {}): MemberFacts {
  return member({
    relation: 'CHILD',
    birthDate: bornAged(age),
    employmentStatus: age < 6 ? 'PRESCHOOL' : 'STUDENT',
    educationLevel: 'PRIMARY',
    studentStage: age < 6 ? 'PRESCHOOL' : age <= 11 ? 'PRIMARY' : age <= 14 ? 'JUNIOR_SECONDARY' : 'SENIOR_SECONDARY',
    schoolAttendance: 'REGULAR',
    learningDifficulty: 'NONE',
    specialEducationalNeeds: false,
    culturalActivityLastYear: true,
    phq9Score: null,
    suicidalThoughts: null,
    fatherSituation: null,
    motherSituation: null,
    ...overrides,
  });
}

export function household(overrides: Partial<HouseholdFacts> = {}): HouseholdFacts {
  return {
    asOf: AS_OF,
    reference: { dibaoStandard: DIBAO, edgeMultiplier: 2 },
    streetCode: '310105001',
    registeredElsewhere: false,
    members: [member({ isMainEarner: true })],
    incomeMonthly: { wages: 9000, pensions: 0, benefits: 0, maintenance: 0, other: 0 },
    liquidAssets: 200000,
    rigidSpending12m: { medical: 0, education: 0, care: 0, rehab: 0 },
    arrears: 'NONE',
    wageArrears: false,
    floor: 2,
    hasElevator: false,
    buildingElevatorProject: false,
    tenure: 'OWNED',
    livingAreaSqm: 60,
    monthlyRent: null,
    housingCondition: 'ADEQUATE',
    evictionThreatened: false,
    homeAdapted: true,
    falls12m: 0,
    fallInjury: false,
    studySpace: null,
    categories: [],
    assistanceEvents: [],
    massOrganisationBeneficiary: false,
    charityPriority: false,
    foundByVisit: false,
    mainCarerCondition: null,
    guardianship: null,
    careServiceGap: null,
    familyStructure: 'ORDINARY',
    kinSupport: 'RELIABLE',
    communityContact: 'REGULAR',
    digitalCapacity: 'USES_ONLINE_SERVICES',
    carerStrain: null,
    familyConflict: 'NONE',
    lifeEvents: [],
    ...overrides,
  };
}

/** Monthly income giving per-capita ratio r for `members` people. */
export function incomeFor(r: number, members: number): HouseholdFacts['incomeMonthly'] {
  return { wages: 0, pensions: 0, benefits: Math.round(r * DIBAO * members), maintenance: 0, other: 0 };
}

/** The result of one indicator in a profile. */
export function indicatorOf(profile: HardshipProfile, code: string): IndicatorResult {
  const found = profile.indicators.find((i) => i.code === code);
  if (found === undefined) throw new Error(`no indicator ${code}`);
  return found;
}
