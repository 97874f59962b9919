// Deterministic synthetic households for the benchmark and the property tests: a seeded PRNG picks
// members and facts across every code path, including unknown (null) facts.
import type {
  ArrearsLevel,
  AssistanceEvent,
  CategoryCode,
  CategoryHolding,
  EducationLevel,
  EmploymentStatus,
  HouseholdFacts,
  LifeEvent,
  LifeEventKind,
  MemberFacts,
} from '../facts';
import { CATEGORY_CODES } from '../facts';

import { mulberry32, type Random } from '../random';

export { mulberry32, type Random };

const AS_OF = '2024-06-15';
const DIBAO = 1510;
/** Share of facts left unknown, so missing-indicator paths are exercised. */
const UNKNOWN_SHARE = 0.03;

function pick<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}
function chance(rand: Random, p: number): boolean {
  return rand() < p;
}
function int(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}
function maybe<T>(rand: Random, value: T): T | null {
  return rand() < UNKNOWN_SHARE ? null : value;
}
function date(rand: Random, monthsBack: number): string {
  const y = 2024 - Math.floor(rand() * (monthsBack / 12 + 1));
  const m = int(rand, 1, 12);
  const d = int(rand, 1, 28);
  const iso = `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  return iso > AS_OF ? '2024-06-01' : iso;
}

const EMPLOYMENT: readonly EmploymentStatus[] = [
  'EMPLOYED_FORMAL',
  'EMPLOYED_PART_TIME',
  'EMPLOYED_INFORMAL',
  'UNEMPLOYED_REGISTERED',
  'UNEMPLOYED_UNREGISTERED',
  'UNABLE_TO_WORK',
];
const EDUCATION: readonly EducationLevel[] = [
  'NONE',
  'PRIMARY',
  'JUNIOR_SECONDARY',
  'SENIOR_SECONDARY',
  'VOCATIONAL',
  'COLLEGE',
  'BACHELOR_OR_ABOVE',
];
const LIFE_EVENTS: readonly LifeEventKind[] = [
  'BEREAVEMENT',
  'DIVORCE',
  'JOB_LOSS',
  'NEW_DIAGNOSIS',
  'ACCIDENT',
  'DEATH_OF_MAIN_EARNER',
  'FIRE_OR_DISASTER',
  'SERIOUS_ACCIDENT',
  'SUDDEN_CRITICAL_ILLNESS',
];
const ARREARS: readonly ArrearsLevel[] = [
  'NONE',
  'NONE',
  'NONE',
  'UNDER_1_MONTH',
  'OVERDUE_1_3_MONTHS',
  'OVERDUE_OVER_3_MONTHS',
  'CUTOFF_OR_EVICTION_THREATENED',
];

function syntheticMember(rand: Random, age: number, head: boolean): MemberFacts {
  const child = age < 18;
  const elder = age >= 60;
  const grade = chance(rand, 0.12) ? pick(rand, [1, 2, 3, 4] as const) : null;
  const status: EmploymentStatus =
    age < 6 ? 'PRESCHOOL' : child ? 'STUDENT' : age >= 60 ? 'RETIRED' : pick(rand, EMPLOYMENT);
  const unemployed = status === 'UNEMPLOYED_REGISTERED' || status === 'UNEMPLOYED_UNREGISTERED';
  const stays = chance(rand, 0.2) ? int(rand, 1, 4) : 0;
  return {
    relation: head ? 'HEAD' : child ? 'CHILD' : pick(rand, ['SPOUSE', 'PARENT', 'SIBLING'] as const),
    birthDate: maybe(rand, `${2024 - age}-${pick(rand, ['01', '05', '09'])}-${pick(rand, ['03', '15', '28'])}`),
    sex: pick(rand, ['MALE', 'FEMALE'] as const),
    hukou: maybe(rand, chance(rand, 0.85) ? 'LOCAL' : pick(rand, ['RESIDENCE_PERMIT', 'OTHER'] as const)),
    disabilityGrade: grade,
    hasDisability: maybe(rand, grade !== null),
    mobilityImpaired: maybe(rand, grade !== null && chance(rand, 0.6)),
    bedridden: maybe(rand, elder && chance(rand, 0.04)),
    seriousIllness: maybe(rand, chance(rand, elder ? 0.08 : 0.03)),
    chronicIllness: maybe(rand, chance(rand, elder ? 0.6 : 0.15)),
    mentalDisorder: maybe(rand, chance(rand, 0.04) ? pick(rand, ['STABLE', 'UNSTABLE'] as const) : 'NONE'),
    careNeedsGrade: elder ? maybe(rand, chance(rand, 0.25) ? int(rand, 1, 6) : 0) : chance(rand, 0.5) ? 0 : null,
    hospitalStays12m: maybe(rand, stays),
    hospitalDays12m: stays > 0 ? maybe(rand, int(rand, 2, 80)) : 0,
    employmentStatus: maybe(rand, status),
    monthsUnemployed: unemployed ? maybe(rand, int(rand, 1, 40)) : null,
    recentGraduate: age >= 16 && age <= 34 ? maybe(rand, chance(rand, 0.2)) : null,
    isMainEarner: head && !child ? true : null,
    isMainCarer: maybe(rand, !child && chance(rand, 0.3)),
    educationLevel: maybe(rand, child ? 'PRIMARY' : pick(rand, EDUCATION)),
    studentStage: child
      ? age < 6
        ? 'PRESCHOOL'
        : age <= 11
          ? 'PRIMARY'
          : age <= 14
            ? 'JUNIOR_SECONDARY'
            : 'SENIOR_SECONDARY'
      : 'NOT_STUDENT',
    schoolAttendance:
      child && age >= 6
        ? maybe(rand, chance(rand, 0.03) ? 'OUT_OF_SCHOOL' : chance(rand, 0.05) ? 'LONG_ABSENCE' : 'REGULAR')
        : null,
    learningDifficulty: child
      ? maybe(rand, pick(rand, ['NONE', 'NONE', 'BELOW_PASS', 'AT_RISK_OF_NOT_PROGRESSING'] as const))
      : null,
    specialEducationalNeeds: child ? maybe(rand, chance(rand, 0.05)) : null,
    culturalActivityLastYear: child ? maybe(rand, chance(rand, 0.7)) : null,
    specialStatuses: maybe(
      rand,
      chance(rand, 0.03)
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
    phq9Score: chance(rand, 0.6) && !child ? Math.floor(rand() * rand() * 28) : null,
    suicidalThoughts: chance(rand, 0.6) ? chance(rand, 0.005) : null,
    fatherSituation: null,
    motherSituation: null,
  };
}

function syntheticMembers(rand: Random): MemberFacts[] {
  const shape = rand();
  const ages =
    shape < 0.25
      ? [int(rand, 60, 95)]
      : shape < 0.45
        ? [int(rand, 60, 85), int(rand, 60, 85)]
        : shape < 0.55
          ? [int(rand, 20, 59)]
          : [
              int(rand, 25, 55),
              ...Array.from({ length: int(rand, 0, 3) }, () => int(rand, 0, 22)),
              ...(chance(rand, 0.3) ? [int(rand, 20, 55)] : []),
            ];
  return ages.map((age, i) => syntheticMember(rand, age, i === 0));
}

export function syntheticHousehold(rand: Random): HouseholdFacts {
  const members = syntheticMembers(rand);
  const n = members.length;
  const r = chance(rand, 0.04) ? rand() * 0.5 : 0.5 + rand() * 2;
  const total = Math.round(r * DIBAO * n);
  const categories: CategoryHolding[] = [];
  if (chance(rand, 0.5))
    categories.push({
      category: pick(rand, CATEGORY_CODES) as CategoryCode,
      since: date(rand, 60),
      until: chance(rand, 0.2) ? date(rand, 30) : null,
    });
  if (chance(rand, 0.15))
    categories.push({
      category: pick(rand, ['ZX_MEDICAL', 'ZX_EDUCATION', 'ZX_HOUSING'] as const),
      since: date(rand, 24),
      until: null,
    });
  const assistanceEvents: AssistanceEvent[] = chance(rand, 0.25)
    ? [
        {
          kind: pick(rand, ['TEMPORARY_ASSISTANCE', 'APPLICATION_REFUSED', 'ASSISTANCE_TERMINATED'] as const),
          scheme: pick(rand, ['DB', 'TEMPORARY', 'BY'] as const),
          date: date(rand, 36),
          amount: null,
        },
      ]
    : [];
  const lifeEvents: LifeEvent[] = Array.from({ length: chance(rand, 0.35) ? int(rand, 1, 4) : 0 }, () => ({
    kind: pick(rand, LIFE_EVENTS),
    date: date(rand, 18),
  }));
  const tenure = chance(rand, 0.01)
    ? 'NO_FIXED_HOME'
    : pick(rand, ['OWNED', 'OWNED', 'PUBLIC_RENTAL', 'PRIVATE_RENTAL', 'LIVING_WITH_RELATIVES'] as const);
  const hasChild = members.some((m) => m.relation === 'CHILD');
  return {
    asOf: AS_OF,
    reference: { dibaoStandard: DIBAO, edgeMultiplier: 2 },
    streetCode: '310105001',
    registeredElsewhere: maybe(rand, chance(rand, 0.1)),
    members,
    incomeMonthly: {
      wages: maybe(rand, Math.round(total * 0.7)),
      pensions: maybe(rand, Math.round(total * 0.2)),
      benefits: Math.round(total * 0.1),
      maintenance: 0,
      other: maybe(rand, 0),
    },
    liquidAssets: maybe(rand, Math.round(rand() * rand() * 300000)),
    rigidSpending12m: {
      medical: maybe(rand, Math.round(rand() * rand() * 60000)),
      education: maybe(rand, hasChild ? int(rand, 0, 15000) : 0),
      care: maybe(rand, 0),
      rehab: maybe(rand, chance(rand, 0.1) ? int(rand, 0, 10000) : 0),
    },
    arrears: maybe(rand, pick(rand, ARREARS)),
    wageArrears: maybe(rand, chance(rand, 0.05)),
    floor: maybe(rand, int(rand, 1, 8)),
    hasElevator: maybe(rand, chance(rand, 0.4)),
    buildingElevatorProject: maybe(rand, chance(rand, 0.2)),
    tenure: maybe(rand, tenure),
    livingAreaSqm: maybe(rand, int(rand, 5, 30) * n),
    monthlyRent: tenure === 'PRIVATE_RENTAL' ? maybe(rand, int(rand, 800, 5000)) : null,
    housingCondition: maybe(
      rand,
      pick(rand, ['ADEQUATE', 'ADEQUATE', 'SHARED_KITCHEN_OR_BATH', 'DILAPIDATED'] as const),
    ),
    evictionThreatened: maybe(rand, chance(rand, 0.01)),
    homeAdapted: maybe(rand, chance(rand, 0.4)),
    falls12m: maybe(rand, chance(rand, 0.2) ? int(rand, 1, 3) : 0),
    fallInjury: maybe(rand, chance(rand, 0.05)),
    studySpace: hasChild
      ? maybe(rand, pick(rand, ['OWN_DESK', 'OWN_DESK', 'SHARED_OR_POOR', 'NONE', 'UNSAFE'] as const))
      : null,
    categories,
    assistanceEvents,
    massOrganisationBeneficiary: maybe(rand, chance(rand, 0.1)),
    charityPriority: maybe(rand, chance(rand, 0.05)),
    foundByVisit: maybe(rand, chance(rand, 0.1)),
    mainCarerCondition: maybe(
      rand,
      pick(rand, [
        'FINE',
        'FINE',
        'CANNOT_WORK_DUE_TO_CARING',
        'ELDERLY_ILL_OR_DISABLED',
        'COLLAPSED_OR_HOSPITALISED',
      ] as const),
    ),
    guardianship: hasChild
      ? maybe(
          rand,
          chance(rand, 0.02)
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
    careServiceGap: maybe(rand, pick(rand, ['COVERED', 'PARTLY_COVERED', 'NOT_COVERED'] as const)),
    familyStructure: maybe(
      rand,
      n === 1
        ? 'LIVING_ALONE'
        : pick(rand, ['ORDINARY', 'ORDINARY', 'SINGLE_PARENT', 'CHILDLESS_ELDER', 'LOST_ONLY_CHILD'] as const),
    ),
    kinSupport: maybe(rand, pick(rand, ['RELIABLE', 'WEAK', 'NONE'] as const)),
    communityContact: maybe(rand, pick(rand, ['REGULAR', 'OCCASIONAL', 'NONE_OR_REFUSES'] as const)),
    digitalCapacity: maybe(rand, pick(rand, ['USES_ONLINE_SERVICES', 'NEEDS_HELP', 'CANNOT_USE'] as const)),
    carerStrain: maybe(rand, pick(rand, ['LOW', 'MODERATE', 'HIGH'] as const)),
    familyConflict: maybe(rand, chance(rand, 0.02) ? 'SIGNS_OF_VIOLENCE' : chance(rand, 0.1) ? 'CONFLICT' : 'NONE'),
    lifeEvents,
  };
}

export function syntheticHouseholds(count: number, seed: number): HouseholdFacts[] {
  const rand = mulberry32(seed);
  return Array.from({ length: count }, () => syntheticHousehold(rand));
}
