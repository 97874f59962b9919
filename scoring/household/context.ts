// Derived household quantities that several fact functions share, computed in one pass so that
// each indicator reads them instead of re-walking members. NaN means "unknown" (a fact it needs is null).
// scoreHousehold refills one context per call (fillContext) rather than allocating one: the
// per-member lists are typed-array buffers that only grow, so read them below `size` only.
import { CATEGORY_CODES, type CategoryCode, type HouseholdFacts, type MemberFacts } from '../facts';
import { ageInYears, dayNumber, packIsoDate } from '../dates';
import { heldOn } from '../../policy/held-categories';
import { LOW_INCOME_CATEGORIES } from '../../policy/low-income';

export interface HouseholdContext {
  /** asOf packed as yyyymmdd, and as a day number for day windows. */
  readonly asOf: number;
  readonly asOfDay: number;
  readonly size: number;
  /** Whole years on asOf per member (entries 0 … size−1); NaN when the birth date is unknown. */
  readonly ages: MemberNumbers;
  /** Care-needs grade per member, with the under-60 rule below; NaN when unknown. */
  readonly careGrades: MemberNumbers;
  /** Index of the main earner, or -1 (decision in mainEarnerIndex). */
  readonly mainEarner: number;
  /** Per member: 1 able adult, 0 not, NaN unknown (isAbleAdult). */
  readonly ableAdult: MemberNumbers;
  /** Members who need care (C1 numerator) and able adults (C1 denominator); NaN when unknown. */
  readonly dependants: number;
  readonly ableAdults: number;
  /** Members under 18, and members who are under 18 or students; NaN when unknown. */
  readonly minors: number;
  readonly childrenOrStudents: number;
  /** Household monthly income (all five sources known) and r = per-capita income ÷ 低保 standard. */
  readonly monthlyIncome: number;
  readonly incomeRatio: number;
  /** The known sources' sum, and r's lower bound from it (more income can only raise r). */
  readonly knownIncome: number;
  readonly incomeRatioAtLeast: number;
  /** Bit i set when CATEGORY_CODES[i] is held on asOf. */
  readonly heldMask: number;
}

/** One number per member, indexed 0 … size−1. Deliberately not iterable: the buffer behind it may
 *  be longer than the household (it is reused), so `for … of` would read stale members. */
export interface MemberNumbers {
  readonly [member: number]: number;
}

export const CATEGORY_BIT: Readonly<Record<CategoryCode, number>> = Object.fromEntries(
  CATEGORY_CODES.map((code, i) => [code, 1 << i]),
) as Record<CategoryCode, number>;

export function categoryMask(codes: readonly CategoryCode[]): number {
  let mask = 0;
  for (const code of codes) mask |= CATEGORY_BIT[code];
  return mask;
}

/** 低保 or 特困: the statutory basic-living benefit (NEED-2, red flag "not covered"). */
export const BASIC_LIVING_MASK = categoryMask(['DB', 'TK_DISPERSED', 'TK_CENTRAL']);
/** Low-income categories (低收入人口, policy/low-income.ts): 低保, 特困, 低保边缘, 刚性支出. */
export const LOW_INCOME_MASK = categoryMask(LOW_INCOME_CATEGORIES);

/** Loss of function (失能): care-needs grade ≥ 3 or bedridden — the threshold C1's "able adult" uses. */
export const LOSS_OF_FUNCTION_GRADE = 3;
/** The unified care-needs assessment is for people aged 60+ [U]; younger members are not assessed. */
const CARE_ASSESSMENT_AGE = 60;
/** Below this age an unknown student stage leaves "is there a student?" unknown. */
export const STAGE_ASKED_UNDER = 25;

function isSeverelyDisabled(m: MemberFacts): boolean {
  return m.disabilityGrade === 1 || m.disabilityGrade === 2;
}

/**
 * Able adult (C1 denominator, J1): aged 18–69, not severely disabled, not seriously ill, care-needs
 * grade < 3, not bedridden. 1 yes, 0 no, NaN when a fact that could rule the member out is unknown.
 */
function isAbleAdult(m: MemberFacts, age: number, careGrade: number): number {
  if (
    age < 18 ||
    age > 69 ||
    isSeverelyDisabled(m) ||
    careGrade >= LOSS_OF_FUNCTION_GRADE ||
    m.bedridden === true ||
    m.seriousIllness === true
  )
    return 0;
  return Number.isNaN(age) || Number.isNaN(careGrade) || m.bedridden === null || m.seriousIllness === null ? NaN : 1;
}

/** Decision: the member flagged isMainEarner; else the first member in the best-quality work
 *  (formal, then part-time, then informal) since facts carry no per-member income; else nobody. */
function mainEarnerIndex(members: readonly MemberFacts[]): number {
  let best = -1;
  let bestRank = 0;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (m.isMainEarner === true) return i;
    const s = m.employmentStatus;
    const rank = s === 'EMPLOYED_FORMAL' ? 3 : s === 'EMPLOYED_PART_TIME' ? 2 : s === 'EMPLOYED_INFORMAL' ? 1 : 0;
    if (rank > bestRank) {
      best = i;
      bestRank = rank;
    }
  }
  return best;
}

export function sumIfAllKnown(
  a: number | null,
  b: number | null,
  c: number | null,
  d: number | null,
  e: number | null = 0,
): number {
  return a === null || b === null || c === null || d === null || e === null ? NaN : a + b + c + d + e;
}

/** A context whose fields fillContext overwrites; the member buffers grow as households need. */
class ContextBuffer implements HouseholdContext {
  asOfText = '';
  asOf = NaN;
  asOfDay = NaN;
  size = 0;
  ages = new Float64Array(8);
  careGrades = new Float64Array(8);
  ableAdult = new Float64Array(8);
  mainEarner = -1;
  dependants = 0;
  ableAdults = 0;
  minors = 0;
  childrenOrStudents = 0;
  monthlyIncome = NaN;
  incomeRatio = NaN;
  knownIncome = 0;
  incomeRatioAtLeast = 0;
  heldMask = 0;

  ensureMembers(size: number): void {
    if (size <= this.ages.length) return;
    const capacity = Math.max(size, 2 * this.ages.length);
    this.ages = new Float64Array(capacity);
    this.careGrades = new Float64Array(capacity);
    this.ableAdult = new Float64Array(capacity);
  }
}

/** A fresh context for one household (tests and one-off callers). */
export function buildContext(f: HouseholdFacts): HouseholdContext {
  return fillContext(f, new ContextBuffer());
}

const SHARED = new ContextBuffer();

/** The household's context in a buffer shared by every call: valid until the next call. Scoring is
 *  synchronous and keeps nothing from the context, so one buffer serves every household. */
export function sharedContext(f: HouseholdFacts): HouseholdContext {
  return fillContext(f, SHARED);
}

function fillContext(f: HouseholdFacts, c: ContextBuffer): ContextBuffer {
  // Batches share asOf: parse it only when it changes.
  if (f.asOf !== c.asOfText) {
    const packed = packIsoDate(f.asOf);
    if (Number.isNaN(packed)) throw new RangeError(`facts.asOf is not an ISO date: ${f.asOf}`);
    c.asOfText = f.asOf;
    c.asOf = packed;
    c.asOfDay = dayNumber(packed);
  }
  const asOf = c.asOf;
  const members = f.members;
  const size = members.length;
  c.ensureMembers(size);
  const { ages, careGrades, ableAdult } = c;
  let dependants = 0;
  let ableAdults = 0;
  let minors = 0;
  let childrenOrStudents = 0;
  for (let i = 0; i < size; i++) {
    const m = members[i];
    const age = ageInYears(packIsoDate(m.birthDate), asOf);
    ages[i] = age;
    const care = m.careNeedsGrade ?? (age < CARE_ASSESSMENT_AGE ? 0 : NaN);
    careGrades[i] = care;

    // Dependant (C1): child under 6, severely disabled, loss of function, or seriously ill.
    if (
      age < 6 ||
      isSeverelyDisabled(m) ||
      care >= LOSS_OF_FUNCTION_GRADE ||
      m.bedridden === true ||
      m.seriousIllness === true
    ) {
      dependants++;
    } else if (Number.isNaN(age) || Number.isNaN(care) || m.bedridden === null || m.seriousIllness === null) {
      dependants = NaN;
    }
    const able = isAbleAdult(m, age, care);
    ableAdult[i] = able;
    ableAdults += able;
    const student = m.studentStage !== null && m.studentStage !== 'NOT_STUDENT';
    if (age < 18) {
      minors++;
      childrenOrStudents++;
    } else if (Number.isNaN(age)) {
      minors = NaN;
      childrenOrStudents = student ? childrenOrStudents + 1 : NaN;
    } else if (student) childrenOrStudents++;
    // Decision: an unknown student stage only matters under 25; older students are rare and the
    // registry records them, so a null stage at 25+ is read as "not a student".
    else if (m.studentStage === null && age < STAGE_ASKED_UNDER) childrenOrStudents = NaN;
  }

  const inc = f.incomeMonthly;
  const monthlyIncome = sumIfAllKnown(inc.wages, inc.pensions, inc.benefits, inc.maintenance, inc.other);
  // The same sum in the same order over the known sources (bit-identical when all are known).
  const knownIncome =
    (inc.wages ?? 0) + (inc.pensions ?? 0) + (inc.benefits ?? 0) + (inc.maintenance ?? 0) + (inc.other ?? 0);

  let heldMask = 0;
  for (const holding of f.categories) {
    if (heldOn(holding, f.asOf)) heldMask |= CATEGORY_BIT[holding.category] ?? 0;
  }

  c.size = size;
  c.mainEarner = mainEarnerIndex(members);
  c.dependants = dependants;
  c.ableAdults = ableAdults;
  c.minors = minors;
  c.childrenOrStudents = childrenOrStudents;
  c.monthlyIncome = monthlyIncome;
  const perStandard = size > 0 && f.reference.dibaoStandard > 0;
  c.incomeRatio = perStandard ? monthlyIncome / size / f.reference.dibaoStandard : NaN;
  c.knownIncome = knownIncome;
  c.incomeRatioAtLeast = perStandard ? knownIncome / size / f.reference.dibaoStandard : 0;
  c.heldMask = heldMask;
  return c;
}
