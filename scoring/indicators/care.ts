// D3 照护负担 — care burden (INDICATOR-MODEL.md §4, C1–C5).
import type { HouseholdFacts } from '../facts';
import { LOSS_OF_FUNCTION_GRADE, type HouseholdContext } from '../household/context';
import { MINOR_AGE, childGuardianshipInto, type ChildFacts } from '../../policy/child-in-plight';
import { NOT_APPLICABLE, type FactFunction, type FactValue, type ValueBounds } from './fact-function';
import { ordinalTable } from './ordinal';

const ELDERLY_AGE = 60;
const VERY_OLD_AGE = 80;
/** C3: a main carer this old counts as "carer ≥ 70". */
const OLD_CARER_AGE = 70;

const CARER_ORDINAL = ordinalTable({
  FINE: 0,
  CANNOT_WORK_DUE_TO_CARING: 1,
  ELDERLY_ILL_OR_DISABLED: 2,
  COLLAPSED_OR_HOSPITALISED: 3,
});
const SERVICE_GAP_ORDINAL = ordinalTable({ COVERED: 0, PARTLY_COVERED: 1, NOT_COVERED: 2 });

/** Loss of function (失能) of member i: true, false, or null when unknown. */
export function lossOfFunction(f: HouseholdFacts, c: HouseholdContext, i: number): boolean | null {
  const bedridden = f.members[i].bedridden;
  const grade = c.careGrades[i];
  if (bedridden === true || grade >= LOSS_OF_FUNCTION_GRADE) return true;
  return bedridden === null || Number.isNaN(grade) ? null : false;
}

function livingAloneSituation(f: HouseholdFacts, c: HouseholdContext): FactValue {
  if (c.size === 0) return null;
  if (c.size === 1) {
    const lof = lossOfFunction(f, c, 0);
    if (lof === true) return 3;
    const age = c.ages[0];
    if (lof === null || Number.isNaN(age)) return null;
    return age >= VERY_OLD_AGE ? 2 : age >= ELDERLY_AGE ? 1 : 0;
  }
  // Elderly-only (纯老) household. Decision: every member is 60 or over.
  let unknown = false;
  for (let i = 0; i < c.size; i++) {
    const age = c.ages[i];
    if (age < ELDERLY_AGE) return 0;
    if (Number.isNaN(age)) unknown = true;
  }
  return unknown ? null : 1;
}

function mainCarerSituation(f: HouseholdFacts, c: HouseholdContext): FactValue {
  let oldCarer = false;
  for (let i = 0; i < c.size; i++) {
    if (f.members[i].isMainCarer === true && c.ages[i] >= OLD_CARER_AGE) oldCarer = true;
  }
  if (f.mainCarerCondition === null) {
    if (c.dependants === 0) return NOT_APPLICABLE;
    return null;
  }
  const observed = CARER_ORDINAL(f.mainCarerCondition);
  if (observed === null) return null;
  return oldCarer && observed < 2 ? 2 : observed;
}

// C4 from each parent's situation of each minor (policy/child-in-plight.ts, POLICY.md §3.2), the
// household's guardianship summary standing for a minor none of whose parents is recorded. The
// household's value is its worst-placed child. Decision: a member whose age is unknown counts as a
// minor here, as guardianship facts are recorded for children.
const CHILD: ChildFacts = { age: null, father: null, mother: null };
const GUARDIANSHIP = { low: 0, high: 0 };
const CHILD_RANGE = { low: 0, high: 0 };

/** Fills GUARDIANSHIP with the worst child's [low, high] ordinal; false when no member may be a minor. */
function guardianshipRange(f: HouseholdFacts, c: HouseholdContext): boolean {
  let any = false;
  GUARDIANSHIP.low = 0;
  GUARDIANSHIP.high = 0;
  for (let i = 0; i < c.size; i++) {
    if (c.ages[i] >= MINOR_AGE) continue;
    const m = f.members[i];
    CHILD.father = m.fatherSituation ?? null;
    CHILD.mother = m.motherSituation ?? null;
    childGuardianshipInto(CHILD, f.guardianship, CHILD_RANGE);
    if (CHILD_RANGE.low > GUARDIANSHIP.low) GUARDIANSHIP.low = CHILD_RANGE.low;
    if (CHILD_RANGE.high > GUARDIANSHIP.high) GUARDIANSHIP.high = CHILD_RANGE.high;
    any = true;
  }
  return any;
}

function guardianshipSituation(f: HouseholdFacts, c: HouseholdContext): FactValue {
  if (c.minors === 0 || !guardianshipRange(f, c)) return NOT_APPLICABLE;
  return GUARDIANSHIP.low === GUARDIANSHIP.high ? GUARDIANSHIP.low : null;
}

function guardianshipBounds(f: HouseholdFacts, c: HouseholdContext, out: ValueBounds): void {
  guardianshipRange(f, c);
  out.low = GUARDIANSHIP.low;
  out.high = GUARDIANSHIP.high;
  out.mayBeNotApplicable = !(c.minors > 0);
}

// Decision: a care need (C5) is a member with a care-needs grade ≥ 1, bedridden or severely disabled;
// a healthy toddler is a dependant for C1 but not a care-service need.
function careServiceGap(f: HouseholdFacts, c: HouseholdContext): FactValue {
  if (f.careServiceGap !== null) return SERVICE_GAP_ORDINAL(f.careServiceGap);
  let unknown = false;
  for (let i = 0; i < c.size; i++) {
    const m = f.members[i];
    if (c.careGrades[i] >= 1 || m.bedridden === true || m.disabilityGrade === 1 || m.disabilityGrade === 2) return null;
    if (Number.isNaN(c.careGrades[i]) || m.bedridden === null) unknown = true;
  }
  return unknown ? null : NOT_APPLICABLE;
}

export const CARE_FACTS: readonly FactFunction[] = [
  {
    name: 'careDependencyRatio',
    doc:
      'Dependants (under 6, severely disabled, loss of function, seriously ill) ÷ able adults (18–69, none of ' +
      'those). 0 with no dependants; Infinity when there are dependants and no able adult.',
    reads: [
      'members[].birthDate',
      'members[].disabilityGrade',
      'members[].careNeedsGrade',
      'members[].bedridden',
      'members[].seriousIllness',
    ],
    compute: (_f, c) => {
      if (Number.isNaN(c.dependants)) return null;
      if (c.dependants === 0) return 0;
      if (Number.isNaN(c.ableAdults)) return null;
      return c.ableAdults === 0 ? Infinity : c.dependants / c.ableAdults;
    },
  },
  {
    name: 'livingAloneSituation',
    doc:
      'Ordinal: 0 neither, 1 elderly-only household (all 60+, or one person 60–79), 2 living alone aged 80+, 3 ' +
      'living alone with loss of function (care grade ≥ 3 or bedridden).',
    reads: ['members[].birthDate', 'members[].careNeedsGrade', 'members[].bedridden'],
    compute: livingAloneSituation,
  },
  {
    name: 'mainCarerSituation',
    doc:
      'Ordinal: 0 fine, 1 cannot work because of caring, 2 carer is 70+, ill or disabled, 3 carer collapsed or in ' +
      'hospital. Not applicable when unrecorded and nobody needs care.',
    reads: ['mainCarerCondition', 'members[].isMainCarer', 'members[].birthDate'],
    compute: mainCarerSituation,
  },
  {
    name: 'guardianshipSituation',
    doc:
      "Ordinal over minors, from each parent's situation (policy/child-in-plight.ts): 0 both parents caring, 1 " +
      'single parent or raised by grandparents or relatives (an orphan too), 2 a parent missing, imprisoned, in ' +
      'compulsory drug rehabilitation, unable to care or abusive (困境儿童), 3 de facto no carer (事实无人抚养: both ' +
      "unavailable, or one dead and the other unavailable). The household's guardianship summary stands for a " +
      'minor none of whose parents is recorded. Not applicable without minors.',
    reads: ['members[].fatherSituation', 'members[].motherSituation', 'members[].birthDate'],
    compute: guardianshipSituation,
    bounds: guardianshipBounds,
  },
  {
    name: 'careServiceGap',
    doc:
      'Ordinal: 0 covered, 1 partly covered, 2 not covered. Not applicable when unrecorded and nobody has a care ' +
      'need.',
    reads: ['careServiceGap', 'members[].careNeedsGrade', 'members[].bedridden', 'members[].disabilityGrade'],
    compute: careServiceGap,
  },
];
