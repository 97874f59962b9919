// Household builders for the eligibility tests. Defaults describe a Changning household with every
// fact known and nothing wrong, so each test states only what makes its case.
import type { HouseholdFacts, MemberFacts } from '../../../scoring/facts';
import {
  buildEligibilityFacts,
  type DibaoReference,
  type EligibilityExtra,
  type EligibilityFacts,
} from '../../../src/modules/eligibility';

export const AS_OF = '2024-06-15';
/** 1,510 is the 2023-07 row of dibao-standards.json ([U]); a test input only. */
export const STANDARD: DibaoReference = { dibaoStandard: 1510, edgeMultiplier: 2, minorMultiplier: 1.3 };

export const bornAged = (age: number): string => `${2024 - age}-01-01`;

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
    isMainEarner: true,
    isMainCarer: false,
    educationLevel: 'COLLEGE',
    studentStage: 'NOT_STUDENT',
    schoolAttendance: null,
    learningDifficulty: null,
    specialEducationalNeeds: null,
    culturalActivityLastYear: null,
    specialStatuses: [],
    phq9Score: null,
    suicidalThoughts: null,
    fatherSituation: null,
    motherSituation: null,
    ...overrides,
  };
}

export function child(age: number, overrides: Partial<MemberFacts> = {}): MemberFacts {
  return member({
    relation: 'CHILD',
    birthDate: bornAged(age),
    employmentStatus: age < 6 ? 'PRESCHOOL' : 'STUDENT',
    isMainEarner: false,
    educationLevel: 'PRIMARY',
    studentStage: age < 6 ? 'PRESCHOOL' : age <= 11 ? 'PRIMARY' : 'JUNIOR_SECONDARY',
    specialEducationalNeeds: false,
    ...overrides,
  });
}

/** Household income is `r` × standard × size, all from wages. */
export function household(overrides: Partial<HouseholdFacts> = {}, r = 3): HouseholdFacts {
  const members = overrides.members ?? [member()];
  return {
    asOf: AS_OF,
    reference: { dibaoStandard: STANDARD.dibaoStandard, edgeMultiplier: STANDARD.edgeMultiplier },
    streetCode: '310105001',
    registeredElsewhere: false,
    members,
    incomeMonthly: {
      wages: Math.round(r * STANDARD.dibaoStandard * members.length),
      pensions: 0,
      benefits: 0,
      maintenance: 0,
      other: 0,
    },
    liquidAssets: 10000,
    rigidSpending12m: { medical: 0, education: 0, care: 0, rehab: 0 },
    arrears: 'NONE',
    wageArrears: false,
    floor: 2,
    hasElevator: false,
    buildingElevatorProject: false,
    tenure: 'OWNED',
    livingAreaSqm: 30 * members.length,
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
    mainCarerCondition: 'FINE',
    guardianship: 'NORMAL',
    careServiceGap: 'COVERED',
    familyStructure: 'ORDINARY',
    kinSupport: 'RELIABLE',
    communityContact: 'REGULAR',
    digitalCapacity: 'USES_ONLINE_SERVICES',
    carerStrain: 'LOW',
    familyConflict: 'NONE',
    lifeEvents: [],
    ...overrides,
  };
}

export const NO_EXTRA: EligibilityExtra = {
  circle: null,
  circles: [],
  level: null,
  needCodes: [],
  charityReferralConsent: null,
};

export function facts(h: Partial<HouseholdFacts> = {}, extra: Partial<EligibilityExtra> = {}, r = 3): EligibilityFacts {
  return buildEligibilityFacts(household(h, r), { ...NO_EXTRA, ...extra }, STANDARD);
}

/** Leaves with a fixed verdict on any household built by `facts()` (floor is made unknown there). */
export const LEAF = {
  E: { fact: 'household.memberCount', op: 'gte', value: 0 },
  I: { fact: 'household.memberCount', op: 'lt', value: 0 },
  U: { fact: 'household.floor', op: 'eq', value: 1 },
} as const;
export const WITH_UNKNOWN_FLOOR: Partial<HouseholdFacts> = { floor: null };
