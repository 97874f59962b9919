// Deterministic synthetic households for the eligibility bench and property tests: a seeded PRNG
// spreads ages, incomes around the 低保 and edge lines, categories, needs, circles and streets across
// Shanghai (mostly Changning), and leaves a share of facts unknown so UNKNOWN paths are exercised.
import type {
  AssistanceEvent,
  CategoryCode,
  CategoryHolding,
  EmploymentStatus,
  HouseholdFacts,
  LifeEvent,
  MemberFacts,
  StudentStage,
} from '../../../../scoring/facts';
import { CATEGORY_CODES } from '../../../../scoring/facts';
import type { DibaoReference, EligibilityExtra } from '../eligibility-facts';
import { LEVEL_VALUES, LIFE_EVENT_VALUES, NEED_VALUES } from '../fact-values';

import { mulberry32, type Random } from '../../../../scoring/random';

export { mulberry32, type Random };

export interface SyntheticHousehold {
  facts: HouseholdFacts;
  extra: EligibilityExtra;
}

export const SYNTHETIC_AS_OF = '2024-06-15';
/** The 2023-07 row of dibao-standards.json (1,510 [U]); a test input only. */
export const SYNTHETIC_STANDARD: DibaoReference = { dibaoStandard: 1510, edgeMultiplier: 2, minorMultiplier: 1.3 };
const UNKNOWN_SHARE = 0.06;
const STREETS = [
  '310105001',
  '310105002',
  '310105004',
  '310105005',
  '310105006',
  '310105008',
  '310105009',
  '310105010',
  '310105011',
  '310105102',
];
const OTHER_STREETS = ['310101002', '310104003', '310106011', '310115004'];

const pick = <T>(rand: Random, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const chance = (rand: Random, p: number): boolean => rand() < p;
const int = (rand: Random, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
const maybe = <T>(rand: Random, v: T): T | null => (rand() < UNKNOWN_SHARE ? null : v);
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
/** A date within `months` before 2024-06-15. */
const dateBack = (rand: Random, months: number): string => {
  const back = int(rand, 0, months);
  const index = 2024 * 12 + 5 - back;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-${pad(int(rand, 1, 14))}`;
};

function stage(age: number): StudentStage {
  if (age < 3) return 'NOT_STUDENT';
  if (age < 6) return 'PRESCHOOL';
  if (age <= 11) return 'PRIMARY';
  if (age <= 14) return 'JUNIOR_SECONDARY';
  return age <= 17 ? 'SENIOR_SECONDARY' : 'NOT_STUDENT';
}

function member(rand: Random, age: number, head: boolean): MemberFacts {
  const grade = chance(rand, 0.1) ? pick(rand, [1, 2, 3, 4] as const) : null;
  const work: EmploymentStatus =
    age < 6
      ? 'PRESCHOOL'
      : age < 18
        ? 'STUDENT'
        : age >= 60
          ? 'RETIRED'
          : pick(rand, [
              'EMPLOYED_FORMAL',
              'EMPLOYED_PART_TIME',
              'EMPLOYED_INFORMAL',
              'UNEMPLOYED_REGISTERED',
              'UNEMPLOYED_UNREGISTERED',
              'UNABLE_TO_WORK',
            ] as const);
  const unemployed = work === 'UNEMPLOYED_REGISTERED' || work === 'UNEMPLOYED_UNREGISTERED';
  const young = age >= 16 && age <= 24;
  return {
    relation: head ? 'HEAD' : age < 18 ? 'CHILD' : pick(rand, ['SPOUSE', 'PARENT', 'CHILD', 'SIBLING'] as const),
    birthDate: maybe(rand, `${2024 - age}-${pick(rand, ['01', '06', '11'])}-${pick(rand, ['01', '15', '28'])}`),
    sex: maybe(rand, pick(rand, ['MALE', 'FEMALE'] as const)),
    hukou: maybe(rand, chance(rand, 0.8) ? 'LOCAL' : pick(rand, ['RESIDENCE_PERMIT', 'OTHER'] as const)),
    disabilityGrade: grade,
    hasDisability: maybe(rand, grade !== null),
    mobilityImpaired: maybe(rand, (grade !== null || age >= 75) && chance(rand, 0.5)),
    bedridden: maybe(rand, age >= 70 && chance(rand, 0.05)),
    seriousIllness: maybe(rand, chance(rand, age >= 60 ? 0.1 : 0.03)),
    chronicIllness: maybe(rand, chance(rand, 0.3)),
    mentalDisorder: maybe(rand, chance(rand, 0.04) ? pick(rand, ['STABLE', 'UNSTABLE'] as const) : 'NONE'),
    careNeedsGrade: age >= 60 ? maybe(rand, chance(rand, 0.3) ? int(rand, 1, 6) : 0) : null,
    hospitalStays12m: maybe(rand, 0),
    hospitalDays12m: maybe(rand, 0),
    employmentStatus: maybe(rand, work),
    monthsUnemployed: unemployed ? maybe(rand, int(rand, 1, 36)) : null,
    recentGraduate: young || (age >= 18 && age <= 30) ? maybe(rand, chance(rand, 0.25)) : false,
    isMainEarner: head ? true : null,
    isMainCarer: maybe(rand, chance(rand, 0.2)),
    educationLevel: maybe(
      rand,
      age < 12
        ? 'PRIMARY'
        : pick(rand, ['JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'BACHELOR_OR_ABOVE'] as const),
    ),
    studentStage: maybe(
      rand,
      young && chance(rand, 0.4) && age >= 18
        ? pick(rand, ['SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL', 'UNDERGRADUATE'] as const)
        : stage(age),
    ),
    schoolAttendance: null,
    learningDifficulty: null,
    specialEducationalNeeds: age < 18 ? maybe(rand, chance(rand, 0.05)) : null,
    culturalActivityLastYear: null,
    specialStatuses: maybe(
      rand,
      chance(rand, 0.04)
        ? [
            pick(rand, [
              'SERVING_SENTENCE',
              'DRUG_REHABILITATION',
              'COMMUNITY_CORRECTION',
              'RECENTLY_RELEASED',
            ] as const),
          ]
        : [],
    ),
    phq9Score: null,
    suicidalThoughts: null,
    fatherSituation: null,
    motherSituation: null,
  };
}

function members(rand: Random): MemberFacts[] {
  const shape = rand();
  const ages =
    shape < 0.2
      ? [int(rand, 60, 95)]
      : shape < 0.4
        ? [int(rand, 60, 88), int(rand, 60, 88)]
        : shape < 0.5
          ? [int(rand, 18, 59)]
          : [
              int(rand, 25, 55),
              ...Array.from({ length: int(rand, 0, 3) }, () => int(rand, 0, 24)),
              ...(chance(rand, 0.3) ? [int(rand, 50, 85)] : []),
            ];
  return ages.map((age, i) => member(rand, age, i === 0));
}

function household(rand: Random): HouseholdFacts {
  const ms = members(rand);
  const n = ms.length;
  // r spread over 0–3.5 with extra weight near the 低保 (1) and edge (2) lines.
  const r = chance(rand, 0.3) ? 0.7 + rand() * 0.6 : chance(rand, 0.3) ? 1.7 + rand() * 0.6 : rand() * 3.5;
  const income = Math.round(r * SYNTHETIC_STANDARD.dibaoStandard * n);
  const categories: CategoryHolding[] = [];
  if (chance(rand, 0.45))
    categories.push({
      category: pick(rand, CATEGORY_CODES) as CategoryCode,
      since: dateBack(rand, 60),
      until: chance(rand, 0.15) ? dateBack(rand, 30) : null,
    });
  if (chance(rand, 0.1))
    categories.push({ category: pick(rand, ['DB', 'BY', 'GX'] as const), since: dateBack(rand, 36), until: null });
  const assistanceEvents: AssistanceEvent[] = chance(rand, 0.2)
    ? [
        {
          kind: pick(rand, ['TEMPORARY_ASSISTANCE', 'APPLICATION_REFUSED', 'ASSISTANCE_TERMINATED'] as const),
          scheme: pick(rand, ['DB', 'TEMPORARY', 'BY'] as const),
          date: dateBack(rand, 36),
          amount: null,
        },
      ]
    : [];
  const lifeEvents: LifeEvent[] = chance(rand, 0.3)
    ? [{ kind: pick(rand, LIFE_EVENT_VALUES), date: dateBack(rand, 18) }]
    : [];
  const hasChild = ms.some((m) => m.relation === 'CHILD');
  return {
    asOf: SYNTHETIC_AS_OF,
    reference: { dibaoStandard: SYNTHETIC_STANDARD.dibaoStandard, edgeMultiplier: SYNTHETIC_STANDARD.edgeMultiplier },
    streetCode: maybe(rand, chance(rand, 0.85) ? pick(rand, STREETS) : pick(rand, OTHER_STREETS)),
    registeredElsewhere: maybe(rand, chance(rand, 0.1)),
    members: ms,
    incomeMonthly: {
      wages: maybe(rand, Math.round(income * 0.7)),
      pensions: Math.round(income * 0.2),
      benefits: Math.round(income * 0.1),
      maintenance: 0,
      other: maybe(rand, 0),
    },
    liquidAssets: maybe(rand, Math.round(rand() * rand() * 200000)),
    rigidSpending12m: {
      medical: maybe(rand, Math.round(rand() * rand() * 60000)),
      education: maybe(rand, hasChild ? int(rand, 0, 12000) : 0),
      care: 0,
      rehab: maybe(rand, 0),
    },
    arrears: null,
    wageArrears: null,
    floor: maybe(rand, int(rand, 1, 7)),
    hasElevator: maybe(rand, chance(rand, 0.4)),
    buildingElevatorProject: maybe(rand, chance(rand, 0.15)),
    tenure: maybe(
      rand,
      chance(rand, 0.02)
        ? 'NO_FIXED_HOME'
        : pick(rand, ['OWNED', 'OWNED', 'PUBLIC_RENTAL', 'PRIVATE_RENTAL', 'LIVING_WITH_RELATIVES'] as const),
    ),
    livingAreaSqm: maybe(rand, int(rand, 4, 30) * n),
    monthlyRent: null,
    housingCondition: null,
    evictionThreatened: null,
    homeAdapted: null,
    falls12m: null,
    fallInjury: null,
    studySpace: null,
    categories,
    assistanceEvents,
    massOrganisationBeneficiary: maybe(rand, chance(rand, 0.1)),
    charityPriority: maybe(rand, chance(rand, 0.05)),
    foundByVisit: maybe(rand, chance(rand, 0.1)),
    mainCarerCondition: null,
    guardianship: hasChild
      ? maybe(
          rand,
          chance(rand, 0.04)
            ? 'NO_ACTUAL_CARER'
            : pick(rand, [
                'NORMAL',
                'NORMAL',
                'NORMAL',
                'SINGLE_PARENT_OR_GRANDPARENTS',
                'PARENT_UNAVAILABLE',
              ] as const),
        )
      : null,
    careServiceGap: null,
    familyStructure: maybe(
      rand,
      n === 1
        ? 'LIVING_ALONE'
        : pick(rand, ['ORDINARY', 'ORDINARY', 'SINGLE_PARENT', 'CHILDLESS_ELDER', 'LOST_ONLY_CHILD'] as const),
    ),
    kinSupport: null,
    communityContact: null,
    digitalCapacity: null,
    carerStrain: null,
    familyConflict: maybe(rand, chance(rand, 0.03) ? 'SIGNS_OF_VIOLENCE' : chance(rand, 0.1) ? 'CONFLICT' : 'NONE'),
    lifeEvents,
  };
}

function extra(rand: Random): EligibilityExtra {
  const circles = [1, 2, 3, 4].filter(() => chance(rand, 0.25));
  const needCodes = NEED_VALUES.filter(() => chance(rand, 0.08));
  return {
    circle: circles.length > 0 ? circles[0] : null,
    circles,
    level: chance(rand, 0.15) ? null : pick(rand, LEVEL_VALUES),
    needCodes,
    charityReferralConsent: maybe(rand, chance(rand, 0.7)),
  };
}

export function syntheticHouseholds(count: number, seed: number): SyntheticHousehold[] {
  const rand = mulberry32(seed);
  return Array.from({ length: count }, () => ({ facts: household(rand), extra: extra(rand) }));
}
