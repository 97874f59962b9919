// D2 健康与残疾 — health and disability (INDICATOR-MODEL.md §4, H1–H5).
import type { HouseholdFacts, MemberFacts } from '../facts';
import type { HouseholdContext } from '../household/context';
import type { FactFunction, ValueBounds } from './fact-function';

/** H5: more than this many days in hospital over 12 months counts like three stays. */
const LONG_HOSPITAL_DAYS = 60;
/** The top grade of the unified care-needs assessment (老年照护统一需求评估 grades 0–6 [U]). */
const MAX_CARE_GRADE = 6;

// Disability severity of one member: 3 grade 1–2 (重残), 2 grade 3, 1 grade 4, 0 none; null unknown.
// Decision: disabled with no certificate grade counts as the mildest grade (1); get it certified.
function memberDisabilitySeverity(m: MemberFacts): number | null {
  switch (m.disabilityGrade) {
    case 1:
    case 2:
      return 3;
    case 3:
      return 2;
    case 4:
      return 1;
    default:
      return m.hasDisability === null ? null : m.hasDisability ? 1 : 0;
  }
}

/** H1's ordinal from the count of seriously ill members and whether the main earner is one. */
function illnessOrdinal(ill: number, earnerIll: boolean): number {
  if (ill >= 2) return earnerIll ? 3 : 2;
  return earnerIll ? 2 : ill;
}

// Bounds over members (README "Partial knowledge"): an unknown member is counted as not having the
// condition for the low bound and as having it for the high bound; each ordinal rises with both.
const healthBounds = {
  seriousIllness(f: HouseholdFacts, c: HouseholdContext, out: ValueBounds) {
    let ill = 0;
    let unknown = 0;
    for (const m of f.members) {
      if (m.seriousIllness === null) unknown++;
      else if (m.seriousIllness) ill++;
    }
    const earner = c.mainEarner >= 0 ? f.members[c.mainEarner].seriousIllness : false;
    out.low = illnessOrdinal(ill, earner === true);
    out.high = illnessOrdinal(ill + unknown, earner !== false);
    out.mayBeNotApplicable = false;
  },
  disability(f: HouseholdFacts, _c: HouseholdContext, out: ValueBounds) {
    let worst = 0;
    let severe = 0;
    let unknown = 0;
    for (const m of f.members) {
      const s = memberDisabilitySeverity(m);
      if (s === null) unknown++;
      else {
        if (s === 3) severe++;
        if (s > worst) worst = s;
      }
    }
    out.low = severe >= 2 ? 4 : worst;
    out.high = severe + unknown >= 2 ? 4 : unknown > 0 ? 3 : worst;
    out.mayBeNotApplicable = false;
  },
  careGrade(_f: HouseholdFacts, c: HouseholdContext, out: ValueBounds) {
    let worst = 0;
    for (let i = 0; i < c.size; i++) if (c.careGrades[i] > worst) worst = c.careGrades[i];
    out.low = worst;
    out.high = MAX_CARE_GRADE;
    out.mayBeNotApplicable = false;
  },
  chronic(f: HouseholdFacts, _c: HouseholdContext, out: ValueBounds) {
    let n = 0;
    let unknown = 0;
    for (const m of f.members) {
      if (m.chronicIllness === null) unknown++;
      else if (m.chronicIllness) n++;
    }
    out.low = n;
    out.high = n + unknown;
    out.mayBeNotApplicable = false;
  },
  hospital(f: HouseholdFacts, _c: HouseholdContext, out: ValueBounds) {
    let stays = 0;
    let days = 0;
    for (const m of f.members) {
      stays += m.hospitalStays12m ?? 0;
      if ((m.hospitalStays12m ?? 0) > 0) days += m.hospitalDays12m ?? 0;
    }
    out.low = stays >= 3 || days > LONG_HOSPITAL_DAYS ? 3 : stays;
    out.high = 3;
    out.mayBeNotApplicable = false;
  },
};

export const HEALTH_FACTS: readonly FactFunction[] = [
  {
    name: 'seriousIllnessSituation',
    doc:
      'Ordinal: 0 nobody seriously ill, 1 one member (not the main earner), 2 the main earner or ≥ 2 members, 3 ≥ ' +
      '2 members including the main earner.',
    reads: ['members[].seriousIllness', 'members[].isMainEarner', 'members[].employmentStatus'],
    compute: (f, c) => {
      let ill = 0;
      for (const m of f.members) {
        if (m.seriousIllness === null) return null;
        if (m.seriousIllness) ill++;
      }
      return illnessOrdinal(ill, c.mainEarner >= 0 && f.members[c.mainEarner].seriousIllness === true);
    },
    bounds: healthBounds.seriousIllness,
  },
  {
    name: 'maxDisabilitySeverity',
    doc:
      'Ordinal: 0 none, 1 highest certificate grade 4, 2 grade 3, 3 grade 1–2 (重残), 4 two or more members with ' +
      'grade 1–2. A disability with no grade counts as grade 4.',
    reads: ['members[].disabilityGrade', 'members[].hasDisability'],
    compute: (f) => {
      let worst = 0;
      let severe = 0;
      for (const m of f.members) {
        const s = memberDisabilitySeverity(m);
        if (s === null) return null;
        if (s === 3) severe++;
        if (s > worst) worst = s;
      }
      return severe >= 2 ? 4 : worst;
    },
    bounds: healthBounds.disability,
  },
  {
    name: 'maxCareNeedsGrade',
    doc:
      'Highest 老年照护统一需求评估 grade (0–6) in the household. Decision: members under 60 are not assessed, so their ' +
      'unknown grade is 0.',
    reads: ['members[].careNeedsGrade', 'members[].birthDate'],
    compute: (_f, c) => {
      let worst = 0;
      for (let i = 0; i < c.size; i++) {
        const g = c.careGrades[i];
        if (Number.isNaN(g)) return null;
        if (g > worst) worst = g;
      }
      return worst;
    },
    bounds: healthBounds.careGrade,
  },
  {
    name: 'chronicIllnessMembers',
    doc: 'Count of members on long-term medication for a chronic condition.',
    reads: ['members[].chronicIllness'],
    compute: (f) => {
      let n = 0;
      for (const m of f.members) {
        if (m.chronicIllness === null) return null;
        if (m.chronicIllness) n++;
      }
      return n;
    },
    bounds: healthBounds.chronic,
  },
  {
    name: 'hospitalisationSituation',
    doc:
      `Ordinal: household hospital stays in 12 months, 0, 1, 2, or 3 for ≥ 3 stays or > ${LONG_HOSPITAL_DAYS} days ` +
      `in total.`,
    reads: ['members[].hospitalStays12m', 'members[].hospitalDays12m'],
    compute: (f) => {
      let stays = 0;
      let days = 0;
      for (const m of f.members) {
        if (m.hospitalStays12m === null) return null;
        stays += m.hospitalStays12m;
        // Days only matter for members who stayed; an unknown count there leaves the total unknown.
        if (m.hospitalStays12m > 0) days += m.hospitalDays12m ?? NaN;
      }
      if (stays >= 3 || days > LONG_HOSPITAL_DAYS) return 3;
      return Number.isNaN(days) ? null : stays;
    },
    bounds: healthBounds.hospital,
  },
];
