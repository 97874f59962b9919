// Which unknown facts to ask for: a fact function's or predicate's `reads` expanded over this
// household — `members[].x` becomes members[i].x for each member whose x is null and matters for
// them (a disability grade only for a member not known to be without disability, a parent's
// situation only for a minor …), `incomeMonthly.*` each unknown source. Built on first read only.
import type { HouseholdFacts, MemberFacts } from '../facts';
import type { HouseholdContext } from '../household/context';

type Relevance = (m: MemberFacts, age: number) => boolean;
const unknownOrUnder = (limit: number) => (_m: MemberFacts, age: number) => Number.isNaN(age) || age < limit;
const unemployedOrUnknown: Relevance = (m) =>
  m.employmentStatus === null ||
  m.employmentStatus === 'UNEMPLOYED_REGISTERED' ||
  m.employmentStatus === 'UNEMPLOYED_UNREGISTERED';

// A member fact that is null is only worth asking where it can matter; absent here: always.
const MEMBER_RELEVANCE: Partial<Record<keyof MemberFacts, Relevance | null>> = {
  disabilityGrade: (m) => m.hasDisability !== false, // null also means "no certificate"
  careNeedsGrade: (_m, age) => !(age < 60), // under 60 is not assessed (read as 0)
  hospitalDays12m: (m) => m.hospitalStays12m !== 0,
  monthsUnemployed: unemployedOrUnknown,
  fatherSituation: unknownOrUnder(18),
  motherSituation: unknownOrUnder(18),
  schoolAttendance: unknownOrUnder(18),
  learningDifficulty: unknownOrUnder(25),
  specialEducationalNeeds: unknownOrUnder(25),
  culturalActivityLastYear: (_m, age) => Number.isNaN(age) || (age >= 3 && age <= 12),
  studentStage: unknownOrUnder(25),
  recentGraduate: (_m, age) => Number.isNaN(age) || (age >= 16 && age <= 34),
  // Optional flags the engine falls back from (main earner, main carer): never required.
  isMainEarner: null,
  isMainCarer: null,
};

// Household-level reads that are lists or reference data: always known.
const ALWAYS_KNOWN = new Set(['members', 'categories', 'lifeEvents', 'assistanceEvents', 'reference.dibaoStandard']);

function nested(f: HouseholdFacts, path: string): unknown {
  let v: unknown = f;
  for (const key of path.split('.')) v = v === null || v === undefined ? v : (v as Record<string, unknown>)[key];
  return v;
}

export function unknownFacts(reads: readonly string[], f: HouseholdFacts, c: HouseholdContext): string[] {
  const out: string[] = [];
  for (const read of reads) {
    if (ALWAYS_KNOWN.has(read)) continue;
    if (read.startsWith('members[].')) {
      const key = read.slice('members[].'.length) as keyof MemberFacts;
      const relevant = MEMBER_RELEVANCE[key];
      if (relevant === null) continue;
      f.members.forEach((m, i) => {
        if ((m[key] ?? null) === null && (!relevant || relevant(m, c.ages[i]))) out.push(`members[${i}].${key}`);
      });
    } else if (read.endsWith('.*')) {
      const group = read.slice(0, -2);
      const value = nested(f, group) as Record<string, unknown> | null;
      for (const [key, v] of Object.entries(value ?? {})) if (v === null) out.push(`${group}.${key}`);
    } else if ((nested(f, read) ?? null) === null) out.push(read);
  }
  return [...new Set(out)];
}
