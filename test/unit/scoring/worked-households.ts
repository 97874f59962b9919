// The six illustrative households of INDICATOR-MODEL.md §8, built as facts. The doc records only
// S, k and the level (its indicator scores are "not recorded"), so these facts are one reading of
// each one-line description; the level is what must hold.
import type { HouseholdFacts } from '../../../scoring';
import { AS_OF, bornAged, child, household, incomeFor, member } from './fixtures';

const daysBefore = (days: number): string => {
  const d = new Date(`${AS_OF}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

/** 低保 elderly person living alone, loss of function, 5th floor with no elevator (doc: S 54.4, k 5, high). */
export const dibaoElderAlone: HouseholdFacts = household({
  members: [
    member({
      birthDate: bornAged(82),
      employmentStatus: 'RETIRED',
      educationLevel: 'PRIMARY',
      careNeedsGrade: 4,
      mobilityImpaired: true,
      chronicIllness: true,
      hospitalStays12m: 1,
      hospitalDays12m: 12,
      phq9Score: 8,
    }),
  ],
  incomeMonthly: { wages: 0, pensions: 900, benefits: 610, maintenance: 0, other: 0 },
  liquidAssets: 3000,
  rigidSpending12m: { medical: 3000, education: 0, care: 1200, rehab: 0 },
  floor: 5,
  hasElevator: false,
  livingAreaSqm: 30,
  homeAdapted: false,
  falls12m: 1,
  fallInjury: false,
  categories: [{ category: 'DB', since: '2020-01-01', until: null }],
  careServiceGap: 'PARTLY_COVERED',
  familyStructure: 'LIVING_ALONE',
  kinSupport: 'WEAK',
  communityContact: 'OCCASIONAL',
  digitalCapacity: 'CANNOT_USE',
});

/** 低保-edge single mother, unemployed, depressed, child behind at school (doc: S 45.9, k 5, high). */
export const edgeSingleMother: HouseholdFacts = household({
  members: [
    member({
      birthDate: bornAged(38),
      employmentStatus: 'UNEMPLOYED_REGISTERED',
      monthsUnemployed: 14,
      educationLevel: 'JUNIOR_SECONDARY',
      phq9Score: 16,
      isMainCarer: true,
    }),
    child(10, { learningDifficulty: 'AT_RISK_OF_NOT_PROGRESSING', culturalActivityLastYear: false }),
  ],
  incomeMonthly: { wages: 0, pensions: 0, benefits: 2500, maintenance: 800, other: 0 },
  liquidAssets: 12000,
  arrears: 'OVERDUE_1_3_MONTHS',
  tenure: 'PRIVATE_RENTAL',
  monthlyRent: 1800,
  livingAreaSqm: 18,
  studySpace: 'SHARED_OR_POOR',
  categories: [{ category: 'BY', since: '2023-03-01', until: null }],
  guardianship: 'SINGLE_PARENT_OR_GRANDPARENTS',
  familyStructure: 'SINGLE_PARENT',
  kinSupport: 'WEAK',
  communityContact: 'OCCASIONAL',
  digitalCapacity: 'NEEDS_HELP',
  lifeEvents: [
    { kind: 'DIVORCE', date: '2023-11-02' },
    { kind: 'JOB_LOSS', date: '2023-04-10' },
  ],
});

const cancerFamilyFacts = (lifeEvents: HouseholdFacts['lifeEvents']): HouseholdFacts =>
  household({
    members: [
      member({
        birthDate: bornAged(46),
        sex: 'MALE',
        isMainEarner: true,
        seriousIllness: true,
        chronicIllness: true,
        employmentStatus: 'EMPLOYED_FORMAL',
        hospitalStays12m: 3,
        hospitalDays12m: 40,
        educationLevel: 'SENIOR_SECONDARY',
      }),
      member({
        relation: 'SPOUSE',
        birthDate: bornAged(44),
        employmentStatus: 'EMPLOYED_PART_TIME',
        educationLevel: 'SENIOR_SECONDARY',
        isMainCarer: true,
        chronicIllness: true,
        phq9Score: 9,
      }),
      child(15),
    ],
    incomeMonthly: { wages: 6300, pensions: 0, benefits: 0, maintenance: 0, other: 0 },
    liquidAssets: 40000,
    rigidSpending12m: { medical: 41580, education: 0, care: 0, rehab: 0 }, // 55% of 75,600 a year
    arrears: 'OVERDUE_1_3_MONTHS',
    livingAreaSqm: 45,
    studySpace: 'OWN_DESK',
    categories: [{ category: 'GX', since: '2023-09-01', until: null }],
    mainCarerCondition: 'CANNOT_WORK_DUE_TO_CARING',
    careServiceGap: 'COVERED',
    carerStrain: 'MODERATE',
    guardianship: 'NORMAL',
    kinSupport: 'WEAK',
    lifeEvents,
  });

/** Rigid-expenditure family with a cancer patient, medical costs 55% of income (doc: S 42.8, k 2, moderate). */
export const rigidExpenditureCancer: HouseholdFacts = cancerFamilyFacts([
  { kind: 'NEW_DIAGNOSIS', date: '2023-08-20' },
]);

/** The same family when a crisis event is flagged (doc: "high if a crisis event is flagged"). */
export const rigidExpenditureCancerCrisis: HouseholdFacts = cancerFamilyFacts([
  { kind: 'NEW_DIAGNOSIS', date: '2023-08-20' },
  { kind: 'SUDDEN_CRITICAL_ILLNESS', date: daysBefore(10) },
]);

/** 低保 single man unemployed > 12 months (doc: S 29.0, k 3, moderate). */
export const dibaoUnemployedMan: HouseholdFacts = household({
  members: [
    member({
      birthDate: bornAged(51),
      sex: 'MALE',
      employmentStatus: 'UNEMPLOYED_REGISTERED',
      monthsUnemployed: 18,
      educationLevel: 'JUNIOR_SECONDARY',
      phq9Score: 3,
    }),
  ],
  incomeMonthly: incomeFor(0.8, 1),
  liquidAssets: 12000,
  livingAreaSqm: 16,
  tenure: 'PUBLIC_RENTAL',
  categories: [{ category: 'DB', since: '2022-05-01', until: null }],
  familyStructure: 'LIVING_ALONE',
  communityContact: 'OCCASIONAL',
});

/** Not-covered elderly couple, one disabled, 4th floor with no elevator (doc: S 30.2, k 3, moderate). */
export const uncoveredElderlyCouple: HouseholdFacts = household({
  members: [
    member({
      birthDate: bornAged(68),
      sex: 'MALE',
      employmentStatus: 'RETIRED',
      educationLevel: 'JUNIOR_SECONDARY',
      chronicIllness: true,
      isMainCarer: true,
    }),
    member({
      relation: 'SPOUSE',
      birthDate: bornAged(66),
      employmentStatus: 'RETIRED',
      educationLevel: 'PRIMARY',
      hasDisability: true,
      disabilityGrade: 2,
      mobilityImpaired: true,
      chronicIllness: true,
      careNeedsGrade: 2,
      hospitalStays12m: 1,
      hospitalDays12m: 9,
    }),
  ],
  incomeMonthly: { wages: 0, pensions: 4800, benefits: 0, maintenance: 0, other: 0 },
  liquidAssets: 80000,
  rigidSpending12m: { medical: 6000, education: 0, care: 0, rehab: 2400 },
  floor: 4,
  hasElevator: false,
  livingAreaSqm: 38,
  homeAdapted: false,
  falls12m: 0,
  fallInjury: false,
  mainCarerCondition: 'FINE',
  careServiceGap: 'NOT_COVERED',
  carerStrain: 'LOW',
  digitalCapacity: 'NEEDS_HELP',
  foundByVisit: true,
});

/** Household with mild income shortfall only (doc: S 12.9, k 0, low). */
export const mildIncomeShortfall: HouseholdFacts = household({
  members: [
    member({ isMainEarner: true, employmentStatus: 'EMPLOYED_FORMAL' }),
    member({ relation: 'SPOUSE', employmentStatus: 'EMPLOYED_PART_TIME' }),
    child(9),
  ],
  incomeMonthly: { wages: 5600, pensions: 0, benefits: 0, maintenance: 0, other: 0 },
  liquidAssets: 60000,
  arrears: 'UNDER_1_MONTH',
  studySpace: 'OWN_DESK',
  guardianship: 'NORMAL',
});
