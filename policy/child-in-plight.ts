// Children in plight (困境儿童) and orphans (散居孤儿), POLICY.md §3.2, from the facts that define
// them: each parent's situation of each minor. The one definition read by the C4 indicator
// (guardianship of minors), need triggers N13/N16/N17 (through C4 and the childInPlight predicate),
// the eligibility facts of R06 and R27, and the household's circle once the category is recorded.
//
// §3.2 困境儿童: "minors whose guardian is missing, severely ill or disabled, serving a sentence or in
// drug rehabilitation, or who abuse or abandon them (improper guardianship)". One such parent is
// enough, as R06's description and C4's anchor 3 ("a parent serving a sentence, in rehab or seriously
// ill") read it. 散居孤儿: both parents deceased.
import { heldCategories, type DatedHolding } from './held-categories';
import { and, anyOf, or, type Truth } from './truth';

export const PARENT_SITUATIONS = [
  'CARING', // 共同生活并照料 lives with the child and cares for them
  'ABSENT', // 不在身边 alive and able, but does not care for the child (left after divorce, works away)
  'DECEASED', // 死亡
  'MISSING', // 失踪 / 失联
  'IMPRISONED', // 服刑在押
  'COMPULSORY_DRUG_REHAB', // 强制隔离戒毒
  'UNABLE_TO_CARE', // 重病、重残等无力履行监护
  'IMPROPER_GUARDIANSHIP', // 监护不当：虐待、遗弃
] as const;
export type ParentSituation = (typeof PARENT_SITUATIONS)[number];

/** The situations that make a minor a child in plight (§3.2). */
export const PLIGHT_SITUATIONS: readonly ParentSituation[] = [
  'MISSING',
  'IMPRISONED',
  'COMPULSORY_DRUG_REHAB',
  'UNABLE_TO_CARE',
  'IMPROPER_GUARDIANSHIP',
];

/**
 * The household-level guardianship summary recorded before per-parent facts existed (kept as it was
 * entered: nothing is lost). It stands for a minor neither of whose parents is recorded yet.
 */
export type GuardianshipSummary = 'NORMAL' | 'SINGLE_PARENT_OR_GRANDPARENTS' | 'PARENT_UNAVAILABLE' | 'NO_ACTUAL_CARER';

/** A minor's guardianship facts. `age` null = unknown (the member may be a minor). */
export interface ChildFacts {
  age: number | null;
  father: ParentSituation | null;
  mother: ParentSituation | null;
}

export const MINOR_AGE = 18;
/** KJ 困境儿童 and GE 散居孤儿: holding either is being a household with a child in plight. */
export const CHILD_IN_PLIGHT_CATEGORIES = ['KJ', 'GE'] as const;

/**
 * The situation ordinal C4 scores (INDICATOR-MODEL.md §4, C4): 0 normal; 1 single parent or raised
 * by grandparents or other relatives (an orphan is raised by someone: 散居 means cared for in the
 * community); 2 a parent unavailable (in plight); 3 de facto no carer (事实无人抚养): both parents
 * unavailable, or one deceased and the other unavailable, as the national definition has it.
 */
export type GuardianshipOrdinal = 0 | 1 | 2 | 3;

// A parent's situation by how much of the child's care it takes away; the child's ordinal rises
// with each parent's, so an unknown parent bounds it between CARING and an unavailable parent.
const CARING = 0;
const ABSENT = 1;
const DECEASED = 2;
const UNAVAILABLE = 3;
function parentClass(s: ParentSituation): number {
  return s === 'CARING' ? CARING : s === 'ABSENT' ? ABSENT : s === 'DECEASED' ? DECEASED : UNAVAILABLE;
}

// ORDINAL[a][b] for the two parents' classes, symmetric.
const ORDINAL: readonly (readonly GuardianshipOrdinal[])[] = [
  [0, 1, 1, 2],
  [1, 1, 1, 2],
  [1, 1, 1, 3],
  [2, 2, 3, 3],
];

const SUMMARY_ORDINAL: Readonly<Record<GuardianshipSummary, GuardianshipOrdinal>> = {
  NORMAL: 0,
  SINGLE_PARENT_OR_GRANDPARENTS: 1,
  PARENT_UNAVAILABLE: 2,
  NO_ACTUAL_CARER: 3,
};

const neitherRecorded = (c: ChildFacts) => c.father === null && c.mother === null;

/** The child's C4 ordinal, as [lowest, highest] the recorded facts allow (equal when decided). */
export function childGuardianship(child: ChildFacts, summary: GuardianshipSummary | null): [number, number] {
  const range = { low: 0, high: 0 };
  childGuardianshipInto(child, summary, range);
  return [range.low, range.high];
}

/** childGuardianship into `out` (the scoring engine's hot path allocates nothing per child). */
export function childGuardianshipInto(
  child: ChildFacts,
  summary: GuardianshipSummary | null,
  out: { low: number; high: number },
): void {
  if (neitherRecorded(child)) {
    out.low = summary === null ? 0 : SUMMARY_ORDINAL[summary];
    out.high = summary === null ? 3 : SUMMARY_ORDINAL[summary];
    return;
  }
  // An unknown parent lies anywhere from CARING to an unavailable parent.
  const f = child.father === null ? -1 : parentClass(child.father);
  const m = child.mother === null ? -1 : parentClass(child.mother);
  out.low = ORDINAL[f < 0 ? CARING : f][m < 0 ? CARING : m];
  out.high = ORDINAL[f < 0 ? UNAVAILABLE : f][m < 0 ? UNAVAILABLE : m];
}

/** §3.2 困境儿童 by the parents' facts (not the category): true, false, or null while unknown. */
export function childInPlight(child: ChildFacts, summary: GuardianshipSummary | null): Truth {
  if (neitherRecorded(child)) {
    if (summary === null) return null;
    return summary === 'PARENT_UNAVAILABLE' || summary === 'NO_ACTUAL_CARER';
  }
  return or(inPlight(child.father), inPlight(child.mother));
}

/** 散居孤儿 by the facts: both parents deceased. */
export function orphaned(child: ChildFacts, summary: GuardianshipSummary | null): Truth {
  if (neitherRecorded(child)) return summary === 'NORMAL' ? false : null;
  return and(dead(child.father), dead(child.mother));
}

const inPlight = (s: ParentSituation | null): Truth => (s === null ? null : PLIGHT_SITUATIONS.includes(s));
const dead = (s: ParentSituation | null): Truth => (s === null ? null : s === 'DECEASED');

/** R06's 困境儿童: a minor who is a child in plight by the facts (§3.2). */
export function minorInPlight(child: ChildFacts, summary: GuardianshipSummary | null): Truth {
  return and(isMinor(child), childInPlight(child, summary));
}

/** A child in plight as N17 and R27 mean it (困境未成年人): a minor who is 困境儿童 or an orphan by the facts. */
export function minorInPlightOrOrphaned(child: ChildFacts, summary: GuardianshipSummary | null): Truth {
  return and(isMinor(child), or(childInPlight(child, summary), orphaned(child, summary)));
}

/** Whether the member is a minor; null when the age is unknown. */
export function isMinor(child: Pick<ChildFacts, 'age'>): Truth {
  return child.age === null ? null : child.age < MINOR_AGE;
}

export interface HouseholdChildren {
  holdings: readonly DatedHolding[];
  /** Every member, with age and (for minors) the parents' situations. */
  members: readonly ChildFacts[];
  summary: GuardianshipSummary | null;
}

/**
 * The household has a child in plight (困境未成年人, as N17 and R27 mean it) on `date`: it holds KJ
 * or GE, or a minor is a child in plight or an orphan by the facts. This is what lets N17 and R27
 * act before the category is recorded.
 */
export function householdHasChildInPlight(h: HouseholdChildren, date: string): Truth {
  const held = heldCategories(h.holdings, date);
  if (CHILD_IN_PLIGHT_CATEGORIES.some((c) => held.includes(c))) return true;
  return anyOf(...h.members.map((m) => minorInPlightOrOrphaned(m, h.summary)));
}
