// Fact functions of D1–D3 through scoreHousehold: what each computes from the facts, when it is
// missing (a needed fact is null) and when it is not applicable (scored 0).
import { SH_2024_1, scoreHousehold, type HouseholdFacts, type IndicatorResult } from '../../../scoring';
import { bornAged, child, household, incomeFor, indicatorOf, member } from './fixtures';

type Case = [string, HouseholdFacts, string, Partial<IndicatorResult>];

const MISSING = { missing: true, score: null, value: null };
const NOT_APPLICABLE = { notApplicable: true, score: 0, value: null, missing: false };
const earner = (o = {}) => member({ isMainEarner: true, ...o });

const cases: Case[] = [
  // E1–E4
  [
    'E1 r = 0.62 (income ÷ members ÷ 低保 standard)',
    household({ incomeMonthly: incomeFor(0.62, 1) }),
    'E1',
    { score: 3, value: 936 / 1510 },
  ],
  [
    'E1 is missing when one income source is unknown',
    household({ incomeMonthly: { wages: 900, pensions: 0, benefits: 0, maintenance: 0, other: null } }),
    'E1',
    MISSING,
  ],
  ['E1 is missing for a household with no members', household({ members: [] }), 'E1', MISSING],
  [
    'E2 55% of income on medical costs',
    household({
      incomeMonthly: incomeFor(1, 1),
      rigidSpending12m: { medical: 0.55 * 12 * 1510, education: 0, care: 0, rehab: 0 },
    }),
    'E2',
    { score: 3 },
  ],
  [
    'E2 spending with no income is Infinity, the worst band',
    household({ incomeMonthly: incomeFor(0, 1), rigidSpending12m: { medical: 100, education: 0, care: 0, rehab: 0 } }),
    'E2',
    { score: 4, value: Infinity },
  ],
  [
    'E2 no spending is 0 even with no income',
    household({ incomeMonthly: incomeFor(0, 1) }),
    'E2',
    { score: 0, value: 0 },
  ],
  [
    'E2 is missing when a spending item is unknown',
    household({ rigidSpending12m: { medical: 100, education: null, care: 0, rehab: 0 } }),
    'E2',
    MISSING,
  ],
  [
    'E3 savings of 1.99 months of the standard',
    household({ liquidAssets: 3000 }),
    'E3',
    { score: 4, value: 3000 / 1510 },
  ],
  ['E3 is missing when assets are unknown', household({ liquidAssets: null }), 'E3', MISSING],
  ['E4 overdue more than 3 months', household({ arrears: 'OVERDUE_OVER_3_MONTHS' }), 'E4', { score: 3, value: 3 }],
  ['E4 is missing when arrears are unknown', household({ arrears: null }), 'E4', MISSING],
  // H1–H5
  [
    'H1 one member (not the main earner) seriously ill',
    household({ members: [earner(), member({ seriousIllness: true })] }),
    'H1',
    { score: 2 },
  ],
  [
    'H1 the main earner seriously ill',
    household({ members: [earner({ seriousIllness: true }), member()] }),
    'H1',
    { score: 3 },
  ],
  [
    'H1 two members ill including the main earner',
    household({ members: [earner({ seriousIllness: true }), member({ seriousIllness: true })] }),
    'H1',
    { score: 4 },
  ],
  [
    'H1 without an isMainEarner flag, the member in formal work is the main earner',
    household({
      members: [
        member({ employmentStatus: 'EMPLOYED_PART_TIME' }),
        member({ employmentStatus: 'EMPLOYED_FORMAL', seriousIllness: true }),
      ],
    }),
    'H1',
    { score: 3 },
  ],
  [
    'H1 is missing when one member is unknown',
    household({ members: [earner(), member({ seriousIllness: null })] }),
    'H1',
    MISSING,
  ],
  [
    'H2 highest certificate grade 3',
    household({ members: [member({ hasDisability: true, disabilityGrade: 3 })] }),
    'H2',
    { score: 2 },
  ],
  [
    'H2 two severely disabled members',
    household({
      members: [
        member({ hasDisability: true, disabilityGrade: 1 }),
        member({ hasDisability: true, disabilityGrade: 2 }),
      ],
    }),
    'H2',
    { score: 4 },
  ],
  [
    'H2 disabled with no certificate grade counts as grade 4',
    household({ members: [member({ hasDisability: true, disabilityGrade: null })] }),
    'H2',
    { score: 1 },
  ],
  [
    'H2 is missing when disability is unknown',
    household({ members: [member({ hasDisability: null, disabilityGrade: null })] }),
    'H2',
    MISSING,
  ],
  [
    'H3 a member under 60 with no care grade is not assessed: 0',
    household({ members: [member({ careNeedsGrade: null })] }),
    'H3',
    { score: 0, missing: false },
  ],
  [
    'H3 a member of 70 with no care grade is unknown',
    household({ members: [member({ birthDate: bornAged(70), careNeedsGrade: null })] }),
    'H3',
    MISSING,
  ],
  [
    'H3 care-needs grade 5',
    household({ members: [member({ birthDate: bornAged(80), careNeedsGrade: 5 })] }),
    'H3',
    { score: 4, value: 5 },
  ],
  [
    'H4 two members on long-term medication',
    household({ members: [member({ chronicIllness: true }), member({ chronicIllness: true })] }),
    'H4',
    { score: 2 },
  ],
  [
    'H5 one stay of 70 days counts as ≥ 3 stays',
    household({ members: [member({ hospitalStays12m: 1, hospitalDays12m: 70 })] }),
    'H5',
    { score: 3 },
  ],
  ['H5 two stays', household({ members: [member({ hospitalStays12m: 2, hospitalDays12m: 10 })] }), 'H5', { score: 2 }],
  [
    'H5 is missing when the days of a stay are unknown',
    household({ members: [member({ hospitalStays12m: 1, hospitalDays12m: null })] }),
    'H5',
    MISSING,
  ],
  // C1–C5
  ['C1 no dependants', household(), 'C1', { score: 0, value: 0 }],
  [
    'C1 a child under 6 and one able adult: ratio 1',
    household({ members: [member(), child(3)], guardianship: 'NORMAL' }),
    'C1',
    { score: 2, value: 1 },
  ],
  [
    'C1 a bedridden elder with a spouse of 75 (not an able adult, 18–69): no able carer',
    household({
      members: [
        member({ birthDate: bornAged(78), careNeedsGrade: 5, bedridden: true }),
        member({ birthDate: bornAged(75), careNeedsGrade: 0 }),
      ],
    }),
    'C1',
    { score: 4, value: Infinity },
  ],
  [
    'C1 is missing when a member could be a dependant but is unknown',
    household({ members: [member({ bedridden: null })] }),
    'C1',
    MISSING,
  ],
  [
    'C2 living alone at 85',
    household({ members: [member({ birthDate: bornAged(85), careNeedsGrade: 1 })] }),
    'C2',
    { score: 3 },
  ],
  [
    'C2 living alone with loss of function',
    household({ members: [member({ birthDate: bornAged(66), careNeedsGrade: 3 })] }),
    'C2',
    { score: 4 },
  ],
  [
    'C2 elderly-only household (all 60+)',
    household({
      members: [member({ birthDate: bornAged(65) }), member({ birthDate: bornAged(70), careNeedsGrade: 0 })],
    }),
    'C2',
    { score: 2 },
  ],
  ['C2 a younger person living alone', household(), 'C2', { score: 0 }],
  ['C3 unrecorded and nobody needs care: not applicable', household(), 'C3', NOT_APPLICABLE],
  [
    'C3 a main carer of 72 counts as "carer ≥ 70" even if recorded fine',
    household({
      members: [
        member({ birthDate: bornAged(72), isMainCarer: true, careNeedsGrade: 0 }),
        member({ birthDate: bornAged(74), careNeedsGrade: 4 }),
      ],
      mainCarerCondition: 'FINE',
    }),
    'C3',
    { score: 3 },
  ],
  ['C3 carer collapsed', household({ mainCarerCondition: 'COLLAPSED_OR_HOSPITALISED' }), 'C3', { score: 4 }],
  ['C4 no minors: not applicable', household(), 'C4', NOT_APPLICABLE],
  ['C4 a minor and guardianship unrecorded', household({ members: [member(), child(9)] }), 'C4', MISSING],
  [
    'C4 a parent unavailable',
    household({ members: [member(), child(9)], guardianship: 'PARENT_UNAVAILABLE' }),
    'C4',
    { score: 3 },
  ],
  ['C5 unrecorded and no care need: not applicable', household(), 'C5', NOT_APPLICABLE],
  ['C5 unrecorded with a bedridden member', household({ members: [member({ bedridden: true })] }), 'C5', MISSING],
  ['C5 not covered', household({ careServiceGap: 'NOT_COVERED' }), 'C5', { score: 3 }],
];

describe('fact functions: economy, health, care', () => {
  it.each(cases)('%s', (_name, facts, code, expected) => {
    expect(indicatorOf(scoreHousehold(facts, SH_2024_1), code)).toMatchObject(expected);
  });
});
