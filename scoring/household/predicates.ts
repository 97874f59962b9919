// Named yes/no questions about a household that need triggers, red flags and profile selection may
// use besides indicator scores. A fixed set in code, like the fact functions; unknown facts read as "no".
import { dayNumber, packIsoDate } from '../dates';
import type { HouseholdFacts, MemberFacts } from '../facts';
import { BASIC_LIVING_MASK, LOW_INCOME_MASK, categoryMask, sumIfAllKnown, type HouseholdContext } from './context';

export interface HouseholdPredicate {
  readonly name: string;
  readonly doc: string;
  readonly test: (f: HouseholdFacts, c: HouseholdContext) => boolean;
}

const CRISIS_WINDOW_DAYS = 30;
const CHILD_IN_PLIGHT_MASK = categoryMask(['KJ', 'GE']);
/** Shanghai's 支出型 medical threshold: rigid spending ≥ 40% of income [S16] (POLICY.md §3.2). */
const RIGID_SPENDING_GAP_SHARE = 0.4;
const RIGID_SPENDING_MASK = categoryMask(['GX', 'DB', 'TK_DISPERSED', 'TK_CENTRAL']);
const EDGE_OR_BELOW_MASK = categoryMask(['DB', 'BY', 'TK_DISPERSED', 'TK_CENTRAL']);

function lowIncome(f: HouseholdFacts, c: HouseholdContext): boolean {
  return (c.heldMask & LOW_INCOME_MASK) !== 0 || c.incomeRatio < f.reference.edgeMultiplier;
}

function crisisEventWithin30Days(f: HouseholdFacts, c: HouseholdContext): boolean {
  for (const e of f.lifeEvents) {
    const k = e.kind;
    if (
      k !== 'DEATH_OF_MAIN_EARNER' &&
      k !== 'FIRE_OR_DISASTER' &&
      k !== 'SERIOUS_ACCIDENT' &&
      k !== 'SUDDEN_CRITICAL_ILLNESS'
    )
      continue;
    const daysAgo = c.asOfDay - dayNumber(packIsoDate(e.date));
    if (daysAgo >= 0 && daysAgo <= CRISIS_WINDOW_DAYS) return true;
  }
  return false;
}

function childAged3to12(c: HouseholdContext): boolean {
  for (let i = 0; i < c.size; i++) if (c.ages[i] >= 3 && c.ages[i] <= 12) return true;
  return false;
}

function childInDistress(m: MemberFacts): boolean {
  return (
    (m.phq9Score ?? 0) >= 10 ||
    m.suicidalThoughts === true ||
    m.mentalDisorder === 'STABLE' ||
    m.mentalDisorder === 'UNSTABLE'
  );
}

// One plain loop per question rather than a shared someMember(test) helper: a callback that
// varies per caller is a polymorphic call per member on the hot path.
function someChildInDistress(f: HouseholdFacts, c: HouseholdContext): boolean {
  for (let i = 0; i < c.size; i++) if (c.ages[i] < 18 && childInDistress(f.members[i])) return true;
  return false;
}

function someElderly(c: HouseholdContext): boolean {
  for (let i = 0; i < c.size; i++) if (c.ages[i] >= 60) return true;
  return false;
}

function someYoungLearner(f: HouseholdFacts, c: HouseholdContext): boolean {
  for (let i = 0; i < c.size; i++) {
    const stage = f.members[i].studentStage;
    if (c.ages[i] < 25 && stage !== null && stage !== 'NOT_STUDENT') return true;
  }
  return false;
}

function eligibilityGap(f: HouseholdFacts, c: HouseholdContext): boolean {
  if (c.incomeRatio < f.reference.edgeMultiplier && (c.heldMask & EDGE_OR_BELOW_MASK) === 0) return true;
  if ((c.heldMask & RIGID_SPENDING_MASK) !== 0) return false;
  const s = f.rigidSpending12m;
  return sumIfAllKnown(s.medical, s.education, s.care, s.rehab) / (12 * c.monthlyIncome) >= RIGID_SPENDING_GAP_SHARE;
}

export const HOUSEHOLD_PREDICATES: readonly HouseholdPredicate[] = [
  {
    name: 'notCoveredByDibaoOrTekun',
    doc: 'Holds neither 低保 nor 特困 on asOf (red flag: r < 0.5 and not covered).',
    test: (_f, c) => (c.heldMask & BASIC_LIVING_MASK) === 0,
  },
  {
    name: 'basicLivingGap',
    doc: 'NEED-2: not receiving 低保/特困, or receiving it and still r < 1.',
    test: (_f, c) => (c.heldMask & BASIC_LIVING_MASK) === 0 || c.incomeRatio < 1,
  },
  {
    name: 'crisisEventWithin30Days',
    doc: 'Death of the main earner, fire or disaster, serious accident or sudden critical illness dated within the 30 days up to asOf.',
    test: crisisEventWithin30Days,
  },
  {
    name: 'medicalSpending',
    doc: 'Out-of-pocket medical spending in 12 months is above 0 (N02 "with medical share").',
    test: (f) => (f.rigidSpending12m.medical ?? 0) > 0,
  },
  {
    name: 'educationSpending',
    doc: 'Education spending in 12 months is above 0 (N03 "education share of E2").',
    test: (f) => (f.rigidSpending12m.education ?? 0) > 0,
  },
  {
    name: 'lowIncomeChild3to12',
    doc: 'A child aged 3–12 in a low-income household (低保, 特困, 低保边缘, 刚性支出, or r below the edge multiplier).',
    test: (f, c) => lowIncome(f, c) && childAged3to12(c),
  },
  {
    name: 'childInPlightOrLowIncome',
    doc: 'Holds 困境儿童 or 散居孤儿, or the household is low-income (N17).',
    test: (f, c) => (c.heldMask & CHILD_IN_PLIGHT_MASK) !== 0 || lowIncome(f, c),
  },
  {
    name: 'childPsychDistress',
    doc: 'A member under 18 with PHQ-9 ≥ 10, suicidal thoughts or a mental disorder (N16 "P-scores of a child").',
    test: someChildInDistress,
  },
  {
    name: 'buildingElevatorProject',
    doc: 'The building is in an elevator-installation (加梯) project (N22).',
    test: (f) => f.buildingElevatorProject === true,
  },
  { name: 'elderlyMember', doc: 'A member aged 60 or over (N23).', test: (_f, c) => someElderly(c) },
  {
    name: 'eligibilityGap',
    doc: 'Probably eligible but not covered (N25): r below the edge multiplier holding none of 低保/低保边缘/特困, or rigid spending ≥ 40% of income holding none of 刚性支出/低保/特困.',
    test: eligibilityGap,
  },
  {
    name: 'wageArrears',
    doc: 'Unpaid wages owed to a member (N26 "E4 from wage arrears").',
    test: (f) => f.wageArrears === true,
  },
  {
    name: 'memberUnder25InEducation',
    doc: 'A member under 25 at any education stage (selects the development weight profile, INDICATOR-MODEL.md §5.3).',
    test: someYoungLearner,
  },
];
