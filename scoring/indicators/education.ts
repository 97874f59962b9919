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
function difficultyOrdinal(d: LearningDifficulty): number {
  return d === 'NONE' ? 0 : d === 'BELOW_PASS' ? 1 : 2;
}

/** S3: secondary, vocational or university stages (junior secondary included: 中考 is a transition). */
function isTransitionStage(stage: StudentStage): boolean {
  return (
    stage === 'JUNIOR_SECONDARY' ||
    stage === 'SENIOR_SECONDARY' ||
    stage === 'SECONDARY_VOCATIONAL' ||
    stage === 'HIGHER_VOCATIONAL' ||
    stage === 'UNDERGRADUATE'
  );
}

/** 1 child or student, 0 neither, NaN unknown (same rule as the context's childrenOrStudents). */
function childOrStudent(m: MemberFacts, age: number): number {
  if (age < 18 || (m.studentStage !== null && m.studentStage !== 'NOT_STUDENT')) return 1;
  return Number.isNaN(age) || (m.studentStage === null && age < STAGE_ASKED_UNDER) ? NaN : 0;
}

// Each EDU function walks the children and students: NOT_APPLICABLE without any, null (missing)
// when it cannot tell who is a child or a needed fact of one is unknown.

function compulsoryAgeOutOfSchool(f: HouseholdFacts, c: HouseholdContext): FactValue {
  if (c.childrenOrStudents === 0) return NOT_APPLICABLE;
  let count = 0;
  for (let i = 0; i < c.size; i++) {
    const m = f.members[i];
    const age = c.ages[i];
    const is = childOrStudent(m, age);
    if (is === 0) continue;
    if (Number.isNaN(is)) return null;
    if (age < COMPULSORY_AGE_MIN || age > COMPULSORY_AGE_MAX) continue;
    if (m.schoolAttendance === null) return null;
    if (m.schoolAttendance === 'OUT_OF_SCHOOL') count++;
  }
  return count;
}

function worstLearningDifficulty(f: HouseholdFacts, c: HouseholdContext): FactValue {
  if (c.childrenOrStudents === 0) return NOT_APPLICABLE;
  let worst = 0;
  for (let i = 0; i < c.size; i++) {
    const m = f.members[i];
    const is = childOrStudent(m, c.ages[i]);
    if (is === 0) continue;
    if (Number.isNaN(is) || m.learningDifficulty === null) return null;
    worst = Math.max(worst, difficultyOrdinal(m.learningDifficulty));
  }
  return worst;
}

function transitionStudentsInLowIncomeFamily(f: HouseholdFacts, c: HouseholdContext): FactValue {
  if (c.childrenOrStudents === 0) return NOT_APPLICABLE;
  const lowIncome = (c.heldMask & S3_FAMILY_MASK) !== 0;
  let count = 0;
  for (let i = 0; i < c.size; i++) {
    const m = f.members[i];
    const is = childOrStudent(m, c.ages[i]);
    if (is === 0) continue;
    if (Number.isNaN(is)) return null;
    if (!lowIncome) continue;
    if (m.studentStage === null) return null;
    if (isTransitionStage(m.studentStage)) count++;
  }
  return count;
}

function specialNeedsChildren(f: HouseholdFacts, c: HouseholdContext): FactValue {
  if (c.childrenOrStudents === 0) return NOT_APPLICABLE;
  let count = 0;
  for (let i = 0; i < c.size; i++) {
    const m = f.members[i];
    const is = childOrStudent(m, c.ages[i]);
    if (is === 0) continue;
    if (Number.isNaN(is) || m.specialEducationalNeeds === null) return null;
    if (m.specialEducationalNeeds) count++;
  }
  return count;
}

function childrenWithoutCulturalActivity(f: HouseholdFacts, c: HouseholdContext): FactValue {
  if (c.childrenOrStudents === 0) return NOT_APPLICABLE;
  let count = 0;
  for (let i = 0; i < c.size; i++) {
    const m = f.members[i];
    const age = c.ages[i];
    const is = childOrStudent(m, age);
    if (is === 0) continue;
    if (Number.isNaN(is)) return null;
    if (age < CULTURAL_AGE_MIN || age > CULTURAL_AGE_MAX) continue;
    if (m.culturalActivityLastYear === null) return null;
    if (!m.culturalActivityLastYear) count++;
  }
  return count;
}

export const EDUCATION_FACTS: readonly FactFunction[] = [
  {
    name: 'compulsoryAgeOutOfSchool',
    doc:
      'Count of children aged 6–15 out of school. (A long absence is not scored: the doc anchors S1 only at "out ' +
      'of school".)',
    reads: ['members[].schoolAttendance', 'members[].birthDate', 'members[].studentStage'],
    compute: compulsoryAgeOutOfSchool,
  },
  {
    name: 'worstLearningDifficulty',
    doc: 'Ordinal over children and students: 0 none, 1 below pass in core subjects, 2 at risk of not progressing.',
    reads: ['members[].learningDifficulty', 'members[].birthDate', 'members[].studentStage'],
    compute: worstLearningDifficulty,
  },
  {
    name: 'transitionStudentsInLowIncomeFamily',
    doc:
      'Count of members at a secondary, vocational or undergraduate stage in a 低保, 低保边缘 or 特困 family (0 in other ' +
      'families).',
    reads: ['members[].studentStage', 'members[].birthDate', 'categories'],
    compute: transitionStudentsInLowIncomeFamily,
  },
  {
    name: 'specialNeedsChildren',
    doc: 'Count of children and students with special educational needs (autism, disability, learning disorder).',
    reads: ['members[].specialEducationalNeeds', 'members[].birthDate', 'members[].studentStage'],
    compute: specialNeedsChildren,
  },
  {
    name: 'childrenWithoutCulturalActivity',
    doc: 'Count of children aged 3–12 with no out-of-school cultural activity in the last year.',
    reads: ['members[].culturalActivityLastYear', 'members[].birthDate', 'members[].studentStage'],
    compute: childrenWithoutCulturalActivity,
  },
];
