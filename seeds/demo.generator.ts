// A synthetic, obviously fictional demo population (names start with 演示 "demo"), deterministic
// for a given index: the same index always yields the same household, members and ID numbers.
import { makeIdNumber } from '../src/common/id-number';
import type * as F from '../scoring/facts';
import { mulberry32 } from '../scoring/random';

export const DEMO_STREETS_CHANGNING = [
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
const OTHER_STREETS = [
  '310101002',
  '310104003',
  '310106011',
  '310107005',
  '310110012',
  '310112101',
  '310115004',
  '310113102',
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'.split('');
const GIVEN = [
  '建华',
  '秀英',
  '志强',
  '桂兰',
  '国平',
  '美玲',
  '晓东',
  '丽娟',
  '海涛',
  '静',
  '伟',
  '敏',
  '磊',
  '婷',
  '浩然',
  '子涵',
  '一诺',
  '梓轩',
  '雨桐',
  '欣怡',
];
const ROADS = ['愚园路', '延安西路', '天山路', '仙霞路', '虹桥路', '中山西路', '哈密路', '剑河路', '北渔路', '安顺路'];

export const demoHouseholdId = (index: number) => `dec0de00-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
const demoMemberId = (index: number, k: number) =>
  `dec0de01-0000-4000-8000-${(index * 8 + k).toString(16).padStart(12, '0')}`;

export interface DemoHousehold {
  household: Record<string, unknown>;
  members: Array<Record<string, unknown>>;
  categories: Array<{
    householdId: string;
    category: F.CategoryCode;
    since: string | null;
    until: string | null;
    evidence: string;
  }>;
  events: Array<{
    householdId: string;
    kind: F.AssistanceEventKind;
    scheme: string;
    date: string;
    amount: number | null;
  }>;
}

export function demoHousehold(index: number, today: string, seed = 1): DemoHousehold {
  const r = mulberry32(index * 7919 + seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const maybe = <T>(value: T, pKnown = 0.85): T | null => (chance(pKnown) ? value : null);
  const year = Number(today.slice(0, 4));
  const id = demoHouseholdId(index);
  const streetCode = chance(0.8) ? pick(DEMO_STREETS_CHANGNING) : pick(OTHER_STREETS);
  const surname = pick(SURNAMES);

  const shape = pick(['elder-alone', 'elder-couple', 'single-parent', 'family', 'family', 'single-adult'] as const);
  const ages: number[] = {
    'elder-alone': [65 + Math.floor(r() * 30)],
    'elder-couple': [62 + Math.floor(r() * 25), 60 + Math.floor(r() * 25)],
    'single-parent': [28 + Math.floor(r() * 20), 3 + Math.floor(r() * 15)],
    family: [
      30 + Math.floor(r() * 25),
      30 + Math.floor(r() * 25),
      2 + Math.floor(r() * 20),
      ...(chance(0.3) ? [65 + Math.floor(r() * 20)] : []),
    ],
    'single-adult': [22 + Math.floor(r() * 40)],
  }[shape];

  const members = ages.map((age, k) => {
    // (day of the birth year, sequence) is unique per member number n up to 365,000 members per
    // district and birth year, so ID numbers never collide however large the population.
    const n = index * 8 + k;
    const birthDate = new Date(Date.UTC(year - age, 0, 1 + (Math.floor(n / 1000) % 365))).toISOString().slice(0, 10);
    const idNumber = makeIdNumber(streetCode.slice(0, 6), birthDate, n % 1000);
    const child = age < 18;
    const elder = age >= 60;
    const disabled = chance(elder ? 0.2 : 0.08);
    return {
      id: demoMemberId(index, k),
      householdId: id,
      position: k,
      name: `演示${k === 0 || !child ? surname : surname}${pick(GIVEN)}`,
      idNumber,
      relation: k === 0 ? 'HEAD' : child ? 'CHILD' : elder && k > 1 ? 'PARENT' : 'SPOUSE',
      birthDate,
      sex: Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
      hukou: chance(0.85) ? 'LOCAL' : chance(0.7) ? 'RESIDENCE_PERMIT' : 'OTHER',
      hasDisability: disabled,
      disabilityGrade: disabled ? 1 + Math.floor(r() * 4) : null,
      mobilityImpaired: maybe(disabled && chance(0.6)),
      bedridden: maybe(elder && chance(0.05)),
      seriousIllness: maybe(chance(elder ? 0.2 : 0.06)),
      chronicIllness: maybe(chance(elder ? 0.6 : 0.15)),
      mentalDisorder: maybe(chance(0.03) ? (chance(0.5) ? 'STABLE' : 'UNSTABLE') : 'NONE'),
      careNeedsGrade: elder ? maybe(Math.floor(r() * 7), 0.6) : null,
      hospitalStays12m: maybe(chance(0.2) ? 1 + Math.floor(r() * 3) : 0),
      employmentStatus: child
        ? age < 6
          ? 'PRESCHOOL'
          : 'STUDENT'
        : elder
          ? 'RETIRED'
          : pick([
              'EMPLOYED_FORMAL',
              'EMPLOYED_INFORMAL',
              'EMPLOYED_PART_TIME',
              'UNEMPLOYED_REGISTERED',
              'UNEMPLOYED_UNREGISTERED',
              'UNABLE_TO_WORK',
            ]),
      monthsUnemployed: !child && !elder && chance(0.3) ? Math.floor(r() * 36) : null,
      isMainEarner: k === 0 && !elder,
      educationLevel: child
        ? null
        : pick(['PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'BACHELOR_OR_ABOVE']),
      studentStage: !child
        ? 'NOT_STUDENT'
        : age < 6
          ? 'PRESCHOOL'
          : age < 12
            ? 'PRIMARY'
            : age < 15
              ? 'JUNIOR_SECONDARY'
              : 'SENIOR_SECONDARY',
      schoolAttendance: child && age >= 6 ? (chance(0.02) ? 'LONG_ABSENCE' : 'REGULAR') : null,
      learningDifficulty: child && age >= 6 ? maybe(chance(0.15) ? 'BELOW_PASS' : 'NONE') : null,
      culturalActivityLastYear: child && age >= 3 && age <= 12 ? maybe(chance(0.5)) : null,
      phq9Score: !child ? maybe(Math.floor(r() * r() * 24), 0.4) : null,
    };
  });

  const dibao = 1510;
  const perCapita = dibao * (0.3 + r() * 2);
  const categoryPool: F.CategoryCode[] = ['DB', 'DB', 'DB', 'BY', 'BY', 'GX', 'TK_DISPERSED', 'ZC', 'KJ', 'ZX_MEDICAL'];
  const categories = chance(0.8) ? [pick(categoryPool)] : [];
  const since = `${year - 1 - Math.floor(r() * 6)}-0${1 + Math.floor(r() * 9)}-01`;
  return {
    household: {
      id,
      streetCode,
      address:
        `${pick(ROADS)}${1 + Math.floor(r() * 999)}弄${1 + Math.floor(r() * 40)}号` +
        `${1 + Math.floor(r() * 6)}0${1 + Math.floor(r() * 4)}室（演示）`,
      neighbourhood: `演示居委${1 + Math.floor(r() * 20)}`,
      registeredElsewhere: maybe(chance(0.1)),
      housingFloor: 1 + Math.floor(r() * 7),
      housingHasElevator: maybe(chance(0.3)),
      housingBuildingElevatorProject: maybe(chance(0.1)),
      housingTenure: pick(['OWNED', 'PUBLIC_RENTAL', 'PUBLIC_RENTAL', 'PRIVATE_RENTAL', 'LIVING_WITH_RELATIVES']),
      housingLivingAreaSqm: Math.round((8 + r() * 60) * 10) / 10,
      housingMonthlyRent: chance(0.3) ? Math.round(800 + r() * 3000) : null,
      housingCondition: pick(['ADEQUATE', 'ADEQUATE', 'SHARED_KITCHEN_OR_BATH', 'DILAPIDATED']),
      housingHomeAdapted: maybe(chance(0.3)),
      housingFalls12m: maybe(chance(0.15) ? 1 + Math.floor(r() * 3) : 0, 0.6),
      economicsIncomeWages: Math.round(perCapita * members.length * (chance(0.5) ? 1 : 0)),
      economicsIncomePensions: members.some((m) => m.employmentStatus === 'RETIRED')
        ? Math.round(perCapita * members.length * 0.6)
        : 0,
      economicsIncomeBenefits: categories.includes('DB') ? Math.round(dibao * 0.4 * members.length) : 0,
      economicsIncomeMaintenance: maybe(0, 0.5),
      economicsIncomeOther: maybe(0, 0.5),
      economicsLiquidAssets: maybe(Math.round(r() * r() * 80000)),
      economicsRigidMedical: maybe(Math.round(r() * r() * 40000)),
      economicsRigidEducation: maybe(Math.round(r() * 8000)),
      economicsRigidCare: maybe(Math.round(r() * 10000), 0.5),
      economicsRigidRehab: maybe(0, 0.5),
      economicsArrears: maybe(
        pick(['NONE', 'NONE', 'NONE', 'UNDER_1_MONTH', 'OVERDUE_1_3_MONTHS', 'OVERDUE_OVER_3_MONTHS']),
      ),
      observationsKinSupport: maybe(pick(['RELIABLE', 'WEAK', 'NONE']), 0.7),
      observationsCommunityContact: maybe(pick(['REGULAR', 'OCCASIONAL', 'NONE_OR_REFUSES']), 0.7),
      observationsDigitalCapacity: maybe(pick(['USES_ONLINE_SERVICES', 'NEEDS_HELP', 'CANNOT_USE']), 0.7),
      observationsFamilyStructure:
        shape === 'elder-alone' ? 'LIVING_ALONE' : shape === 'single-parent' ? 'SINGLE_PARENT' : 'ORDINARY',
      consentsDataSharing: true,
      consentsDataSharingDate: since,
      consentsCharityReferral: chance(0.7),
      consentsCharityReferralDate: since,
      massOrganisationBeneficiary: maybe(chance(0.1)),
      charityPriority: maybe(chance(0.05)),
      foundByVisit: maybe(chance(0.1)),
    },
    members,
    categories: categories.map((category) => ({
      householdId: id,
      category,
      since,
      until: null,
      evidence: '演示数据 demo data',
    })),
    events: chance(0.15)
      ? [
          {
            householdId: id,
            kind: 'TEMPORARY_ASSISTANCE',
            scheme: 'TEMPORARY',
            date: `${year - 1}-11-15`,
            amount: 500 + Math.round(r() * 2000),
          },
        ]
      : [],
  };
}
