// Fact functions of D4–D8 through scoreHousehold: what each computes from the facts, when it is
// missing (a needed fact is null) and when it is not applicable (scored 0).
import { SH_2024_1, scoreHousehold, type HouseholdFacts, type IndicatorResult } from '../../../scoring';
import { AS_OF, bornAged, child, household, indicatorOf, member } from './fixtures';

type Case = [string, HouseholdFacts, string, Partial<IndicatorResult>];

const MISSING = { missing: true, score: null, value: null };
const NOT_APPLICABLE = { notApplicable: true, score: 0, value: null, missing: false };
const elder = (o = {}) => member({ birthDate: bornAged(85), employmentStatus: 'RETIRED', careNeedsGrade: 1, ...o });
const withChild = (c = child(9), o: Partial<HouseholdFacts> = {}) =>
  household({ members: [member({ isMainEarner: true }), c], guardianship: 'NORMAL', studySpace: 'OWN_DESK', ...o });

const cases: Case[] = [
  // U1–U5
  [
    'U1 20 m² for three people',
    household({ members: [member(), member(), member()], livingAreaSqm: 20 }),
    'U1',
    { score: 4, value: 20 / 3 },
  ],
  [
    'U1 no fixed home is 0 m² per person',
    household({ tenure: 'NO_FIXED_HOME', livingAreaSqm: null }),
    'U1',
    { score: 4, value: 0 },
  ],
  [
    'U2 private rent above 30% of income',
    household({ tenure: 'PRIVATE_RENTAL', monthlyRent: 3000 }),
    'U2',
    { score: 3 },
  ],
  ['U2 affordable private rent', household({ tenure: 'PRIVATE_RENTAL', monthlyRent: 2000 }), 'U2', { score: 0 }],
  ['U2 private rent with unknown rent', household({ tenure: 'PRIVATE_RENTAL', monthlyRent: null }), 'U2', MISSING],
  ['U2 eviction threatened', household({ evictionThreatened: true }), 'U2', { score: 4 }],
  ['U2 dilapidated', household({ housingCondition: 'DILAPIDATED' }), 'U2', { score: 2 }],
  ['U3 nobody needs step-free access: not applicable', household({ floor: 6 }), 'U3', NOT_APPLICABLE],
  ['U3 an 85-year-old on the 6th floor, no elevator', household({ members: [elder()], floor: 6 }), 'U3', { score: 4 }],
  [
    'U3 a mobility-impaired member on the 4th floor',
    household({ members: [member({ mobilityImpaired: true })], floor: 4 }),
    'U3',
    { score: 3 },
  ],
  ['U3 3rd floor', household({ members: [elder()], floor: 3 }), 'U3', { score: 2 }],
  ['U3 an elevator', household({ members: [elder()], floor: 8, hasElevator: true }), 'U3', { score: 0 }],
  [
    'U3 a bedridden member on the 3rd floor cannot get out',
    household({ members: [elder({ bedridden: true })], floor: 3 }),
    'U3',
    { score: 4 },
  ],
  ['U3 floor unknown', household({ members: [elder()], floor: null }), 'U3', MISSING],
  ['U4 no elder or disabled member: not applicable', household({ homeAdapted: false }), 'U4', NOT_APPLICABLE],
  ['U4 elder, home not adapted, no fall', household({ members: [elder()], homeAdapted: false }), 'U4', { score: 2 }],
  ['U4 one fall', household({ members: [elder()], falls12m: 1 }), 'U4', { score: 3 }],
  ['U4 a fall with injury', household({ members: [elder()], falls12m: 1, fallInjury: true }), 'U4', { score: 4 }],
  ['U5 no school-age child: not applicable', household(), 'U5', NOT_APPLICABLE],
  ['U5 a child with no desk', withChild(child(9), { studySpace: 'NONE' }), 'U5', { score: 3 }],
  ['U5 a child and study space unrecorded', withChild(child(9), { studySpace: null }), 'U5', MISSING],
  // J1–J5
  [
    'J1 one of two able adults employed: 50%',
    household({ members: [member(), member({ employmentStatus: 'UNEMPLOYED_REGISTERED', monthsUnemployed: 2 })] }),
    'J1',
    { score: 0, value: 0.5 },
  ],
  [
    'J1 nobody able to work employed',
    household({ members: [member({ employmentStatus: 'UNEMPLOYED_UNREGISTERED', monthsUnemployed: 2 })] }),
    'J1',
    { score: 4, value: 0 },
  ],
  [
    'J1 only retired members: not applicable',
    household({ members: [member({ birthDate: bornAged(66), employmentStatus: 'RETIRED' })] }),
    'J1',
    NOT_APPLICABLE,
  ],
  [
    'J2 unemployed 13 months',
    household({ members: [member({ employmentStatus: 'UNEMPLOYED_REGISTERED', monthsUnemployed: 13 })] }),
    'J2',
    { score: 3, value: 13 },
  ],
  [
    'J2 unemployed exactly 12 months',
    household({ members: [member({ employmentStatus: 'UNEMPLOYED_REGISTERED', monthsUnemployed: 12 })] }),
    'J2',
    { score: 2 },
  ],
  [
    'J2 unemployed 25 months',
    household({ members: [member({ employmentStatus: 'UNEMPLOYED_REGISTERED', monthsUnemployed: 25 })] }),
    'J2',
    { score: 4 },
  ],
  [
    'J2 unemployed, months unknown',
    household({ members: [member({ employmentStatus: 'UNEMPLOYED_REGISTERED', monthsUnemployed: null })] }),
    'J2',
    MISSING,
  ],
  ['J3 informal work', household({ members: [member({ employmentStatus: 'EMPLOYED_INFORMAL' })] }), 'J3', { score: 2 }],
  [
    'J3 nobody employed: not applicable',
    household({ members: [member({ employmentStatus: 'UNABLE_TO_WORK' })] }),
    'J3',
    NOT_APPLICABLE,
  ],
  [
    'J4 a graduate of 23 out of work',
    household({
      members: [
        member(),
        member({
          birthDate: bornAged(23),
          recentGraduate: true,
          employmentStatus: 'UNEMPLOYED_UNREGISTERED',
          monthsUnemployed: 4,
        }),
      ],
    }),
    'J4',
    { score: 3, value: 1 },
  ],
  [
    'J4 a graduate of 23 studying on',
    household({
      members: [
        member(),
        member({
          birthDate: bornAged(23),
          recentGraduate: true,
          employmentStatus: 'STUDENT',
          studentStage: 'POSTGRADUATE',
        }),
      ],
    }),
    'J4',
    { score: 0 },
  ],
  [
    'J5 the main earner has junior secondary education',
    household({ members: [member({ isMainEarner: true, educationLevel: 'JUNIOR_SECONDARY' }), member()] }),
    'J5',
    { score: 2 },
  ],
  ['J5 nobody of working age: not applicable', household({ members: [elder()] }), 'J5', NOT_APPLICABLE],
  // S1–S5
  ['S1 no children or students: not applicable', household(), 'S1', NOT_APPLICABLE],
  ['S2 no children or students: not applicable', household(), 'S2', NOT_APPLICABLE],
  [
    'S1 a 10-year-old out of school',
    withChild(child(10, { schoolAttendance: 'OUT_OF_SCHOOL' })),
    'S1',
    { score: 4, value: 1 },
  ],
  [
    'S1 a 17-year-old out of school is past compulsory age',
    withChild(child(17, { schoolAttendance: 'OUT_OF_SCHOOL' })),
    'S1',
    { score: 0, value: 0 },
  ],
  [
    'S2 at risk of not progressing',
    withChild(child(12, { learningDifficulty: 'AT_RISK_OF_NOT_PROGRESSING' })),
    'S2',
    { score: 3 },
  ],
  [
    'S3 a senior-secondary student in a 低保 family',
    withChild(child(16), { categories: [{ category: 'DB', since: '2022-01-01', until: null }] }),
    'S3',
    { score: 2 },
  ],
  ['S3 the same student outside 低保/边缘', withChild(child(16)), 'S3', { score: 0 }],
  ['S4 special educational needs', withChild(child(8, { specialEducationalNeeds: true })), 'S4', { score: 3 }],
  [
    'S5 a child of 8 with no cultural activity',
    withChild(child(8, { culturalActivityLastYear: false })),
    'S5',
    { score: 1 },
  ],
  ['S5 a child of 14 is outside 3–12', withChild(child(14, { culturalActivityLastYear: false })), 'S5', { score: 0 }],
  [
    'S1 a member of 20 with an unknown student stage leaves EDU unknown',
    household({ members: [member(), member({ birthDate: bornAged(20), studentStage: null })] }),
    'S1',
    MISSING,
  ],
  // R1–R6
  ['R1 unrecorded but one member: living alone', household({ familyStructure: null }), 'R1', { score: 3 }],
  [
    'R1 unrecorded with two members',
    household({ members: [member(), member()], familyStructure: null }),
    'R1',
    MISSING,
  ],
  ['R1 single parent', household({ familyStructure: 'SINGLE_PARENT' }), 'R1', { score: 2 }],
  ['R2 no kin', household({ kinSupport: 'NONE' }), 'R2', { score: 3 }],
  ['R3 refuses contact', household({ communityContact: 'NONE_OR_REFUSES' }), 'R3', { score: 2 }],
  [
    'R4 a member on a residence permit',
    household({ members: [member(), member({ hukou: 'RESIDENCE_PERMIT' })] }),
    'R4',
    { score: 2 },
  ],
  ['R4 registered elsewhere (人户分离)', household({ registeredElsewhere: true }), 'R4', { score: 2 }],
  ['R4 hukou unknown', household({ members: [member({ hukou: null })] }), 'R4', MISSING],
  [
    'R5 a member under community correction',
    household({ members: [member({ specialStatuses: ['COMMUNITY_CORRECTION'] })] }),
    'R5',
    { score: 2 },
  ],
  ['R6 cannot use online services', household({ digitalCapacity: 'CANNOT_USE' }), 'R6', { score: 2 }],
  // P1–P5
  [
    'P1 unstable severe mental disorder',
    household({ members: [member({ mentalDisorder: 'UNSTABLE' })] }),
    'P1',
    { score: 4 },
  ],
  ['P2 PHQ-9 of 12', household({ members: [member({ phq9Score: 12 })] }), 'P2', { score: 2, value: 12 }],
  [
    'P2 suicidal thoughts score the PHQ-9 maximum',
    household({ members: [member({ phq9Score: 6, suicidalThoughts: true })] }),
    'P2',
    { score: 4, value: 27 },
  ],
  ['P2 nobody screened', household({ members: [member({ phq9Score: null, suicidalThoughts: null })] }), 'P2', MISSING],
  [
    'P3 two events in 12 months (an older one not counted)',
    household({
      lifeEvents: [
        { kind: 'DIVORCE', date: '2024-01-10' },
        { kind: 'JOB_LOSS', date: AS_OF },
        { kind: 'BEREAVEMENT', date: '2023-06-14' },
      ],
    }),
    'P3',
    { score: 3, value: 2 },
  ],
  [
    'P3 an event exactly 12 months before asOf counts',
    household({ lifeEvents: [{ kind: 'BEREAVEMENT', date: '2023-06-15' }] }),
    'P3',
    { value: 1 },
  ],
  ['P4 unrecorded and nobody needs care: not applicable', household(), 'P4', NOT_APPLICABLE],
  ['P4 high carer strain', household({ carerStrain: 'HIGH' }), 'P4', { score: 3 }],
  ['P5 signs of violence', household({ familyConflict: 'SIGNS_OF_VIOLENCE' }), 'P5', { score: 4 }],
];

describe('fact functions: housing, employment, education, social support, psychology', () => {
  it.each(cases)('%s', (_name, facts, code, expected) => {
    expect(indicatorOf(scoreHousehold(facts, SH_2024_1), code)).toMatchObject(expected);
  });

  it('every EDU indicator is not applicable, not missing, without children or students', () => {
    const profile = scoreHousehold(household(), SH_2024_1);
    const edu = profile.indicators.filter((i) => i.dimension === 'EDU');
    expect(edu).toHaveLength(5);
    expect(edu.every((i) => i.notApplicable && i.score === 0 && !i.missing)).toBe(true);
    expect(profile.dimensions.find((d) => d.code === 'EDU')).toMatchObject({ score: 0 });
  });
});
