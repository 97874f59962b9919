// Named yes/no questions about a household that need triggers, red flags and profile selection may
// use besides indicator scores. A fixed set in code, like the fact functions. Three-valued where
// facts can be unknown: `test` is "holds for certain", `possible` "could hold once they are known".
import { dayNumber, packIsoDate } from '../dates';
import type { HouseholdFacts, MemberFacts } from '../facts';
import {
  CHILD_IN_PLIGHT_CATEGORIES,
  MINOR_AGE,
  minorInPlightOrOrphaned,
  type ChildFacts,
} from '../../policy/child-in-plight';
import { lowIncomeBy } from '../../policy/low-income';
import { and, or, type Truth } from '../../policy/truth';
import { BASIC_LIVING_MASK, LOW_INCOME_MASK, categoryMask, sumIfAllKnown, type HouseholdContext } from './context';

export interface HouseholdPredicate {
  readonly name: string;
  readonly doc: string;
  /** Facts it reads: the ones to ask for while it is undecided. */
  readonly reads: readonly string[];
  /** Holds for certain on the known facts (the hot path; unknown reads as "not for certain"). */
  readonly test: (f: HouseholdFacts, c: HouseholdContext) => boolean;
  /** Could hold once the unknown facts are known; absent when its facts are always known (= test). */
  readonly possible?: (f: HouseholdFacts, c: HouseholdContext) => boolean;
}

/** A predicate from a three-valued truth: certain when true, possible unless false. */
function threeValued(truth: (f: HouseholdFacts, c: HouseholdContext) => Truth) {
  return {
    test: (f: HouseholdFacts, c: HouseholdContext) => truth(f, c) === true,
    possible: (f: HouseholdFacts, c: HouseholdContext) => truth(f, c) !== false,
  };
}

const CRISIS_WINDOW_DAYS = 30;
const CHILD_IN_PLIGHT_MASK = categoryMask(CHILD_IN_PLIGHT_CATEGORIES);
/** Shanghai's 支出型 medical threshold: rigid spending ≥ 40% of income [S16] (POLICY.md §3.2). */
const RIGID_SPENDING_GAP_SHARE = 0.4;
const RIGID_SPENDING_MASK = categoryMask(['GX', 'DB', 'TK_DISPERSED', 'TK_CENTRAL']);
const EDGE_OR_BELOW_MASK = categoryMask(['DB', 'BY', 'TK_DISPERSED', 'TK_CENTRAL']);

const exactRatio = (c: HouseholdContext) => (Number.isNaN(c.incomeRatio) ? null : c.incomeRatio);

/** policy/low-income.ts on the context's masks and income bounds. */
function lowIncome(f: HouseholdFacts, c: HouseholdContext): Truth {
  return lowIncomeBy(
    (c.heldMask & LOW_INCOME_MASK) !== 0,
    c.incomeRatioAtLeast,
    exactRatio(c),
    f.reference.edgeMultiplier,
  );
}

/** r below `line`, three-valued: decided by the known sources when they already reach it. */
function ratioBelow(c: HouseholdContext, line: number): Truth {
  const r = exactRatio(c);
  return r !== null ? r < line : c.incomeRatioAtLeast >= line ? false : null;
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

/** Some member aged within [from, to]; unknown while an age that could be is unknown. */
function someAged(c: HouseholdContext, from: number, to: number): Truth {
  let unknown = false;
  for (let i = 0; i < c.size; i++) {
    const age = c.ages[i];
    if (age >= from && age <= to) return true;
    if (Number.isNaN(age)) unknown = true;
  }
  return unknown ? null : false;
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

function someYoungLearner(f: HouseholdFacts, c: HouseholdContext): boolean {
  for (let i = 0; i < c.size; i++) {
    const stage = f.members[i].studentStage;
    if (c.ages[i] < 25 && stage !== null && stage !== 'NOT_STUDENT') return true;
  }
  return false;
}

// One child fact object refilled per member: the policy functions read it and keep nothing.
const CHILD: ChildFacts = { age: null, father: null, mother: null };

/** N17's "child in plight" (policy/child-in-plight.ts): KJ or GE held, or a minor who is one by the facts. */
function childInPlight(f: HouseholdFacts, c: HouseholdContext): Truth {
  if ((c.heldMask & CHILD_IN_PLIGHT_MASK) !== 0) return true;
  let truth: Truth = false;
  for (let i = 0; i < c.size && truth !== true; i++) {
    const age = c.ages[i];
    if (age >= MINOR_AGE) continue;
    const m = f.members[i];
    CHILD.age = Number.isNaN(age) ? null : age;
    CHILD.father = m.fatherSituation ?? null;
    CHILD.mother = m.motherSituation ?? null;
    truth = or(truth, minorInPlightOrOrphaned(CHILD, f.guardianship));
  }
  return truth;
}

function rigidSpendingGap(f: HouseholdFacts, c: HouseholdContext): Truth {
  if ((c.heldMask & RIGID_SPENDING_MASK) !== 0) return false;
  const s = f.rigidSpending12m;
  const spending = sumIfAllKnown(s.medical, s.education, s.care, s.rehab);
  if (!Number.isNaN(spending) && !Number.isNaN(c.monthlyIncome))
    return spending / (12 * c.monthlyIncome) >= RIGID_SPENDING_GAP_SHARE;
  // Known spending already at the line of a known income decides it; otherwise it is open.
  const known = (s.medical ?? 0) + (s.education ?? 0) + (s.care ?? 0) + (s.rehab ?? 0);
  return !Number.isNaN(c.monthlyIncome) && known / (12 * c.monthlyIncome) >= RIGID_SPENDING_GAP_SHARE ? true : null;
}

function eligibilityGap(f: HouseholdFacts, c: HouseholdContext): Truth {
  const underEdge = (c.heldMask & EDGE_OR_BELOW_MASK) === 0 ? ratioBelow(c, f.reference.edgeMultiplier) : false;
  return or(underEdge, rigidSpendingGap(f, c));
}

const known = (x: boolean | null): Truth => x;
const positive = (x: number | null): Truth => (x === null ? null : x > 0);

export const HOUSEHOLD_PREDICATES: readonly HouseholdPredicate[] = [
  {
    name: 'notCoveredByDibaoOrTekun',
    doc: 'Holds neither 低保 nor 特困 on asOf (red flag: r < 0.5 and not covered).',
    reads: ['categories'],
    test: (_f, c) => (c.heldMask & BASIC_LIVING_MASK) === 0,
  },
  {
    name: 'basicLivingGap',
    doc: 'NEED-2: not receiving 低保/特困, or receiving it and still r < 1.',
    reads: ['categories', 'incomeMonthly.*'],
    ...threeValued((_f, c) => ((c.heldMask & BASIC_LIVING_MASK) === 0 ? true : ratioBelow(c, 1))),
  },
  {
    name: 'crisisEventWithin30Days',
    doc:
      'Death of the main earner, fire or disaster, serious accident or sudden critical illness dated within the 30 ' +
      'days up to asOf.',
    reads: ['lifeEvents'],
    test: crisisEventWithin30Days,
  },
  {
    name: 'medicalSpending',
    doc: 'Out-of-pocket medical spending in 12 months is above 0 (N02 "with medical share").',
    reads: ['rigidSpending12m.medical'],
    ...threeValued((f) => positive(f.rigidSpending12m.medical)),
  },
  {
    name: 'educationSpending',
    doc: 'Education spending in 12 months is above 0 (N03 "education share of E2").',
    reads: ['rigidSpending12m.education'],
    ...threeValued((f) => positive(f.rigidSpending12m.education)),
  },
  {
    name: 'lowIncomeChild3to12',
    doc:
      'A child aged 3–12 in a low-income household (低保, 特困, 低保边缘, 刚性支出, or r below the edge multiplier; ' +
      'policy/low-income.ts).',
    reads: ['categories', 'incomeMonthly.*', 'members[].birthDate'],
    ...threeValued((f, c) => and(lowIncome(f, c), someAged(c, 3, 12))),
  },
  {
    name: 'childInPlightOrLowIncome',
    doc:
      "N17: the household holds 困境儿童 or 散居孤儿, or a minor is a child in plight or an orphan by each parent's " +
      'situation (policy/child-in-plight.ts, POLICY.md §3.2), or the household is low-income.',
    reads: ['categories', 'members[].fatherSituation', 'members[].motherSituation', 'guardianship', 'incomeMonthly.*'],
    ...threeValued((f, c) => or(childInPlight(f, c), lowIncome(f, c))),
  },
  {
    name: 'childPsychDistress',
    doc:
      'A member under 18 with PHQ-9 ≥ 10, suicidal thoughts or a mental disorder (N16 "P-scores of a child"). ' +
      'Screens are targeted (as for P2): an unscreened child is not a pending case.',
    reads: ['members[].phq9Score', 'members[].suicidalThoughts', 'members[].mentalDisorder'],
    test: someChildInDistress,
  },
  {
    name: 'buildingElevatorProject',
    doc: 'The building is in an elevator-installation (加梯) project (N22).',
    reads: ['buildingElevatorProject'],
    ...threeValued((f) => known(f.buildingElevatorProject)),
  },
  {
    name: 'elderlyMember',
    doc: 'A member aged 60 or over (N23).',
    reads: ['members[].birthDate'],
    ...threeValued((_f, c) => someAged(c, 60, Infinity)),
  },
  {
    name: 'eligibilityGap',
    doc:
      'Probably eligible but not covered (N25): r below the edge multiplier holding none of 低保/低保边缘/特困, or rigid ' +
      'spending ≥ 40% of income holding none of 刚性支出/低保/特困.',
    reads: ['categories', 'incomeMonthly.*', 'rigidSpending12m.*'],
    ...threeValued(eligibilityGap),
  },
  {
    name: 'wageArrears',
    doc: 'Unpaid wages owed to a member (N26 "E4 from wage arrears").',
    reads: ['wageArrears'],
    ...threeValued((f) => known(f.wageArrears)),
  },
  {
    name: 'memberUnder25InEducation',
    doc: 'A member under 25 at any education stage (selects the development weight profile, INDICATOR-MODEL.md §5.3).',
    reads: ['members[].studentStage', 'members[].birthDate'],
    test: someYoungLearner,
  },
];
