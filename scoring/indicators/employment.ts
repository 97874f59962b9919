// D5 就业与能力 — employment and capability (INDICATOR-MODEL.md §4, J1–J5).
import type { EducationLevel, EmploymentStatus, HouseholdFacts } from '../facts';
import type { HouseholdContext } from '../household/context';
import { NOT_APPLICABLE, type FactFunction, type FactValue, type ValueBounds } from './fact-function';

// Enum → ordinal by comparison rather than a keyed lookup: on the hot path this is several times faster.
function notInLabourForce(s: EmploymentStatus): boolean {
  return s === 'STUDENT' || s === 'RETIRED' || s === 'UNABLE_TO_WORK' || s === 'PRESCHOOL';
}
/** 0 formal, 1 part-time, 2 informal; -1 when not employed. */
function jobQuality(s: EmploymentStatus): number {
  return s === 'EMPLOYED_FORMAL' ? 0 : s === 'EMPLOYED_PART_TIME' ? 1 : s === 'EMPLOYED_INFORMAL' ? 2 : -1;
}
function educationOrdinal(e: EducationLevel): number {
  return e === 'COLLEGE' || e === 'BACHELOR_OR_ABOVE' ? 0 : e === 'SENIOR_SECONDARY' || e === 'VOCATIONAL' ? 1 : 2;
}
/** J4 asks about graduates of the last two years; decision: members aged 16–34 are the ones asked. */
const GRADUATE_AGE_MIN = 16;
const GRADUATE_AGE_MAX = 34;
/** J5 fallback: working age when nobody is the main earner. */
const WORKING_AGE_MAX = 59;

function isEmployed(s: EmploymentStatus): boolean {
  return jobQuality(s) >= 0;
}

// Decision: "able to work" is an able adult (C1 definition) who is not a student, retired or
// recorded as unable to work.
function employmentRateOfAbleAdults(f: HouseholdFacts, c: HouseholdContext): FactValue {
  let able = 0;
  let employed = 0;
  for (let i = 0; i < c.size; i++) {
    const m = f.members[i];
    const status = m.employmentStatus;
    if (status !== null && notInLabourForce(status)) continue;
    const a = c.ableAdult[i];
    if (a === 0) continue;
    if (Number.isNaN(a) || status === null) return null;
    able++;
    if (isEmployed(status)) employed++;
  }
  return able === 0 ? NOT_APPLICABLE : employed / able;
}

// Decision: registered and unregistered unemployment both count (the adviser knows either).
// Bounds: the known spells give the low end; a member of unknown status or spell, anything above.
function unemploymentBounds(f: HouseholdFacts, _c: HouseholdContext, out: ValueBounds): void {
  let longest = 0;
  for (const m of f.members) {
    const unemployed =
      m.employmentStatus === 'UNEMPLOYED_REGISTERED' || m.employmentStatus === 'UNEMPLOYED_UNREGISTERED';
    if (unemployed && m.monthsUnemployed !== null && m.monthsUnemployed > longest) longest = m.monthsUnemployed;
  }
  out.low = longest;
  out.mayBeNotApplicable = false;
}

function longestUnemploymentMonths(f: HouseholdFacts): FactValue {
  let longest = 0;
  for (const m of f.members) {
    if (m.employmentStatus === null) return null;
    if (m.employmentStatus === 'UNEMPLOYED_REGISTERED' || m.employmentStatus === 'UNEMPLOYED_UNREGISTERED') {
      if (m.monthsUnemployed === null) return null;
      if (m.monthsUnemployed > longest) longest = m.monthsUnemployed;
    }
  }
  return longest;
}

function worstJobQuality(f: HouseholdFacts): FactValue {
  let worst = -1;
  for (const m of f.members) {
    if (m.employmentStatus === null) return null;
    const q = jobQuality(m.employmentStatus);
    if (q > worst) worst = q;
  }
  return worst < 0 ? NOT_APPLICABLE : worst;
}

// Decision: "not in work" means neither employed nor continuing to study.
function recentGraduatesNotWorking(f: HouseholdFacts, c: HouseholdContext): FactValue {
  let count = 0;
  for (let i = 0; i < c.size; i++) {
    const age = c.ages[i];
    if (age < GRADUATE_AGE_MIN || age > GRADUATE_AGE_MAX) continue;
    const m = f.members[i];
    if (m.recentGraduate === false) continue;
    if (m.recentGraduate === null || m.employmentStatus === null) return null;
    if (!isEmployed(m.employmentStatus) && m.employmentStatus !== 'STUDENT') count++;
  }
  return count;
}

// Decision: the main earner's education; without one, the best-educated member aged 18–59 (the one
// most likely to become the earner); not applicable when there is neither.
function mainAdultEducation(f: HouseholdFacts, c: HouseholdContext): FactValue {
  if (c.mainEarner >= 0) {
    const level = f.members[c.mainEarner].educationLevel;
    return level === null ? null : educationOrdinal(level);
  }
  let best = Infinity;
  for (let i = 0; i < c.size; i++) {
    const age = c.ages[i];
    if (age < 18 || age > WORKING_AGE_MAX) continue;
    const level = f.members[i].educationLevel;
    if (Number.isNaN(age) || level === null) return null;
    best = Math.min(best, educationOrdinal(level));
  }
  return best === Infinity ? NOT_APPLICABLE : best;
}

export const EMPLOYMENT_FACTS: readonly FactFunction[] = [
  {
    name: 'employmentRateOfAbleAdults',
    doc:
      'Employed ÷ able adults expected to work (able adults who are not students, retired or unable to work). Not ' +
      'applicable when nobody is able to work.',
    reads: [
      'members[].employmentStatus',
      'members[].birthDate',
      'members[].disabilityGrade',
      'members[].seriousIllness',
      'members[].careNeedsGrade',
      'members[].bedridden',
    ],
    compute: employmentRateOfAbleAdults,
  },
  {
    name: 'longestUnemploymentMonths',
    doc: 'Longest current unemployment (months) among unemployed members; 0 when nobody is unemployed.',
    reads: ['members[].employmentStatus', 'members[].monthsUnemployed'],
    compute: longestUnemploymentMonths,
    bounds: unemploymentBounds,
  },
  {
    name: 'worstJobQuality',
    doc:
      'Ordinal over employed members: 0 formal, 1 part-time, 2 informal without insurance. Not applicable when ' +
      'nobody is employed.',
    reads: ['members[].employmentStatus'],
    compute: worstJobQuality,
  },
  {
    name: 'recentGraduatesNotWorking',
    doc: 'Count of members aged 16–34 who graduated in the last 24 months and are neither employed nor studying.',
    reads: ['members[].recentGraduate', 'members[].employmentStatus', 'members[].birthDate'],
    compute: recentGraduatesNotWorking,
  },
  {
    name: 'mainAdultEducation',
    doc:
      'Ordinal education of the main working-age adult: 0 college or above, 1 senior secondary or vocational, 2 ' +
      'junior secondary or less.',
    reads: ['members[].educationLevel', 'members[].isMainEarner', 'members[].employmentStatus', 'members[].birthDate'],
    compute: mainAdultEducation,
  },
];
