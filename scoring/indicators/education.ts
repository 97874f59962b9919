// D6 教育与儿童发展 — education and child development (INDICATOR-MODEL.md §4, S1–S5).
// Every EDU indicator is not applicable (scored 0, not missing) when there are no children or students.
import type { HouseholdFacts, LearningDifficulty, MemberFacts, StudentStage } from '../facts';
import { STAGE_ASKED_UNDER, categoryMask, type HouseholdContext } from '../household/context';
import { NOT_APPLICABLE, type FactFunction, type FactValue } from './fact-function';

/** Compulsory education (九年义务教育): ages 6–15. */
const COMPULSORY_AGE_MIN = 6;
const COMPULSORY_AGE_MAX = 15;
const CULTURAL_AGE_MIN = 3;
const CULTURAL_AGE_MAX = 12;
/** S3: "a 低保 or 边缘 family"; decision: 特困 too, as it is below 低保. */
const S3_FAMILY_MASK = categoryMask(['DB', 'BY', 'TK_DISPERSED', 'TK_CENTRAL']);
/** S3: secondary, vocational or university stages (junior secondary included: 中考 is a transition). */
const TRANSITION_STAGES: ReadonlySet<StudentStage> = new Set([
  'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL', 'UNDERGRADUATE',
]);
const DIFFICULTY_ORDINAL: Record<LearningDifficulty, number> = { NONE: 0, BELOW_PASS: 1, AT_RISK_OF_NOT_PROGRESSING: 2 };

/** 1 child or student, 0 neither, NaN unknown (same rule as the context's childrenOrStudents). */
function childOrStudent(m: MemberFacts, age: number): number {
  if (age < 18 || (m.studentStage !== null && m.studentStage !== 'NOT_STUDENT')) return 1;
  return Number.isNaN(age) || (m.studentStage === null && age < STAGE_ASKED_UNDER) ? NaN : 0;
}

/** Runs `perChild` over children and students; NOT_APPLICABLE when the household has none. */
function overChildren(
  f: HouseholdFacts,
  c: HouseholdContext,
  perChild: (m: MemberFacts, age: number) => number | null,
  combine: 'count' | 'max',
): FactValue {
  if (c.childrenOrStudents === 0) return NOT_APPLICABLE;
  let total = 0;
  for (let i = 0; i < c.size; i++) {
    const m = f.members[i];
    const is = childOrStudent(m, c.ages[i]);
    if (is === 0) continue;
    if (Number.isNaN(is)) return null;
    const v = perChild(m, c.ages[i]);
    if (v === null) return null;
    total = combine === 'count' ? total + v : Math.max(total, v);
  }
  return total;
}

export const EDUCATION_FACTS: readonly FactFunction[] = [
  {
    name: 'compulsoryAgeOutOfSchool',
    doc: 'Count of children aged 6–15 out of school. (A long absence is not scored: the doc anchors S1 only at "out of school".)',
    reads: ['members[].schoolAttendance', 'members[].birthDate'],
    compute: (f, c) => overChildren(f, c, (m, age) => {
      if (age < COMPULSORY_AGE_MIN || age > COMPULSORY_AGE_MAX) return 0;
      return m.schoolAttendance === null ? null : m.schoolAttendance === 'OUT_OF_SCHOOL' ? 1 : 0;
    }, 'count'),
  },
  {
    name: 'worstLearningDifficulty',
    doc: 'Ordinal over children and students: 0 none, 1 below pass in core subjects, 2 at risk of not progressing.',
    reads: ['members[].learningDifficulty', 'members[].birthDate', 'members[].studentStage'],
    compute: (f, c) => overChildren(f, c, (m) => (m.learningDifficulty === null ? null : DIFFICULTY_ORDINAL[m.learningDifficulty]), 'max'),
  },
  {
    name: 'transitionStudentsInLowIncomeFamily',
    doc: 'Count of members at a secondary, vocational or undergraduate stage in a 低保, 低保边缘 or 特困 family (0 in other families).',
    reads: ['members[].studentStage', 'categories'],
    compute: (f, c) => {
      const lowIncome = (c.heldMask & S3_FAMILY_MASK) !== 0;
      return overChildren(f, c, (m) => {
        if (!lowIncome) return 0;
        return m.studentStage === null ? null : TRANSITION_STAGES.has(m.studentStage) ? 1 : 0;
      }, 'count');
    },
  },
  {
    name: 'specialNeedsChildren',
    doc: 'Count of children and students with special educational needs (autism, disability, learning disorder).',
    reads: ['members[].specialEducationalNeeds'],
    compute: (f, c) => overChildren(f, c, (m) => (m.specialEducationalNeeds === null ? null : m.specialEducationalNeeds ? 1 : 0), 'count'),
  },
  {
    name: 'childrenWithoutCulturalActivity',
    doc: 'Count of children aged 3–12 with no out-of-school cultural activity in the last year.',
    reads: ['members[].culturalActivityLastYear', 'members[].birthDate'],
    compute: (f, c) => overChildren(f, c, (m, age) => {
      if (age < CULTURAL_AGE_MIN || age > CULTURAL_AGE_MAX) return 0;
      return m.culturalActivityLastYear === null ? null : m.culturalActivityLastYear ? 0 : 1;
    }, 'count'),
  },
];
