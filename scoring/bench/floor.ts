// The benchmark floor: sh-2024.1's numbers (indicator scores, dimension scores, S, k, level) written
// by hand as one fused pass, with the cut-points and weights inlined and no model, closures or
// profile objects. It is what the generic engine is measured against, and, written separately
// from the fact functions, a differential check of them: the bench asserts both agree.
import { addMonthsPacked, ageInYears, dayNumber, packIsoDate } from '../dates';
import type { HouseholdFacts, MemberFacts } from '../facts';
import type { HardshipLevel } from '../types';

/** sh-2024.1 standard weights: ahpWeights(§5.1) to full precision, in ECO…PSY order (checked by the bench). */
export const FLOOR_WEIGHTS = [
  0.29748561886301383, 0.19169435856251404, 0.11013813983885216, 0.11013813983885216, 0.11013813983885216,
  0.06013520101930515, 0.06013520101930515, 0.06013520101930515,
];
/** Indicator order of sh-2024.1: E1–E4, H1–H5, C1–C5, U1–U5, J1–J5, S1–S5, R1–R6, P1–P5. */
const DIM_SIZES = [4, 5, 5, 5, 5, 5, 6, 5];

export interface FloorResult {
  /** The known score, or the lowest the known facts allow (README "Partial knowledge"). */
  scores: Int8Array;
  /** 1 where the known facts leave the score open. */
  open: Uint8Array;
  dims: Float64Array;
  composite: number;
  k: number;
  level: HardshipLevel;
}

// Fact value → score tables for sh-2024.1 (hoisted: the floor allocates nothing it does not return).
const ARREARS: Record<string, number> = {
  NONE: 0,
  UNDER_1_MONTH: 1,
  OVERDUE_1_3_MONTHS: 2,
  OVERDUE_OVER_3_MONTHS: 3,
  CUTOFF_OR_EVICTION_THREATENED: 4,
};
const CARER: Record<string, number> = {
  FINE: 0,
  CANNOT_WORK_DUE_TO_CARING: 1,
  ELDERLY_ILL_OR_DISABLED: 2,
  COLLAPSED_OR_HOSPITALISED: 3,
};
const GUARDIAN: Record<string, number> = {
  NORMAL: 0,
  SINGLE_PARENT_OR_GRANDPARENTS: 2,
  PARENT_UNAVAILABLE: 3,
  NO_ACTUAL_CARER: 4,
};
const GAP: Record<string, number> = { COVERED: 0, PARTLY_COVERED: 2, NOT_COVERED: 3 };
const STUDY: Record<string, number> = { OWN_DESK: 0, SHARED_OR_POOR: 2, NONE: 3, UNSAFE: 4 };
const KIN: Record<string, number> = { RELIABLE: 0, WEAK: 2, NONE: 3 };
const CONTACT: Record<string, number> = { REGULAR: 0, OCCASIONAL: 1, NONE_OR_REFUSES: 2 };
const DIGITAL: Record<string, number> = { USES_ONLINE_SERVICES: 0, NEEDS_HELP: 1, CANNOT_USE: 2 };
const STRAIN: Record<string, number> = { LOW: 0, MODERATE: 2, HIGH: 3 };
const CONFLICT: Record<string, number> = { NONE: 0, CONFLICT: 3, SIGNS_OF_VIOLENCE: 4 };
const SITUATION_0234 = [0, 2, 3, 4];
const SITUATION_023 = [0, 2, 3];
const SITUATION_034 = [0, 3, 4];
const E_CUTS = [0.5, 1, 1.5, 2];
const E3_CUTS = [3, 6, 12, 24];
const E2_CUTS = [0.1, 0.2, 0.4, 0.6];
const U1_CUTS = [7, 10, 15];
const U1_SCORES = [0, 2, 3, 4];
const PHQ_CUTS = [5, 10, 15, 20];
const IDENTITY = [0, 1, 2, 3, 4];

const M = -1; // undecided: scored at its lowest allowed score, 0 for every sh-2024.1 indicator
const NA = -2; // not applicable: scores 0
const sev = (m: MemberFacts) => m.disabilityGrade === 1 || m.disabilityGrade === 2;
const up = (v: number, cuts: number[], scores: number[]) => {
  let i = 0;
  while (i < cuts.length && v >= cuts[i]) i++;
  return scores[i];
};
const ord = (v: number, map: number[]) => (v === M ? M : v === NA ? 0 : map[v]);
/** A score the facts decide (low = high), or open with `low` the lowest allowed (encoded −10 − low). */
const range = (low: number, high: number) => (low === high ? low : -10 - low);

export function floorScore(f: HouseholdFacts): FloorResult {
  const asOf = packIsoDate(f.asOf);
  const ms = f.members;
  const n = ms.length;
  let held = 0; // 1 DB, 2 TK, 4 BY, 8 GX
  for (const h of f.categories) {
    if ((h.since !== null && packIsoDate(h.since) > asOf) || (h.until !== null && packIsoDate(h.until) <= asOf))
      continue;
    const c = h.category;
    held |= c === 'DB' ? 1 : c === 'TK_DISPERSED' || c === 'TK_CENTRAL' ? 2 : c === 'BY' ? 4 : c === 'GX' ? 8 : 0;
  }
  const inc = f.incomeMonthly;
  const income =
    inc.wages === null ||
    inc.pensions === null ||
    inc.benefits === null ||
    inc.maintenance === null ||
    inc.other === null
      ? NaN
      : inc.wages + inc.pensions + inc.benefits + inc.maintenance + inc.other;
  const dibao = f.reference.dibaoStandard;

  // One pass over members.
  let dep = 0,
    able = 0,
    minors = 0,
    cs = 0,
    ill = 0,
    illU = 0,
    sevN = 0,
    disW = 0,
    disU = 0,
    careMax = 0,
    careU = false;
  let chronic = 0,
    chronicU = 0,
    stays = 0,
    staysU = false,
    days = 0,
    daysU = false,
    oldCarer = false,
    careNeed = false,
    careNeedU = false;
  let access: boolean | null = false,
    bedridden = false,
    u4Subject = false,
    u4U = false,
    school = false,
    schoolU = false;
  let ableWork = 0,
    employedAble = 0,
    j1U = false,
    statusU = false,
    longest = 0,
    monthsU = false,
    quality = -1,
    grads = 0,
    gradU = false;
  let flagged = -1,
    best = -1,
    bestRank = 0,
    eduBest = Infinity,
    eduU = false,
    allOld = true,
    ageU = false;
  let s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    sU = false,
    s1U = false,
    s2U = false,
    s3U = false,
    s4U = false,
    s5U = false;
  let hukouBar = false,
    hukouU = false,
    special = 0,
    specialU = 0,
    disorder = 0,
    disorderU = false,
    phq = -1,
    suicidal = false;
  let age0 = NaN;
  let lof0: boolean | null = null;
  for (let i = 0; i < n; i++) {
    const m = ms[i];
    const age = ageInYears(packIsoDate(m.birthDate), asOf);
    const care = m.careNeedsGrade ?? (age < 60 ? 0 : NaN);
    const lof = m.bedridden === true || care >= 3 ? true : m.bedridden === null || Number.isNaN(care) ? null : false;
    if (i === 0) {
      age0 = age;
      lof0 = lof;
    }
    if (age < 6 || sev(m) || lof === true || m.seriousIllness === true) dep++;
    else if (Number.isNaN(age) || Number.isNaN(care) || m.bedridden === null || m.seriousIllness === null) dep = NaN;
    let ab = 0;
    if (!(age < 18 || age > 69 || sev(m) || care >= 3 || m.bedridden === true || m.seriousIllness === true)) {
      ab = Number.isNaN(age) || Number.isNaN(care) || m.bedridden === null || m.seriousIllness === null ? NaN : 1;
    }
    able += ab;
    const student = m.studentStage !== null && m.studentStage !== 'NOT_STUDENT';
    let isCs = 0;
    if (age < 18) {
      minors++;
      cs++;
      isCs = 1;
    } else if (Number.isNaN(age)) {
      minors = NaN;
      if (student) {
        cs++;
        isCs = 1;
      } else {
        cs = NaN;
        isCs = NaN;
      }
    } else if (student) {
      cs++;
      isCs = 1;
    } else if (m.studentStage === null && age < 25) {
      cs = NaN;
      isCs = NaN;
    }
    if (m.isMainEarner === true && flagged < 0) flagged = i;
    const st = m.employmentStatus;
    const rank = st === 'EMPLOYED_FORMAL' ? 3 : st === 'EMPLOYED_PART_TIME' ? 2 : st === 'EMPLOYED_INFORMAL' ? 1 : 0;
    if (rank > bestRank) {
      best = i;
      bestRank = rank;
    }
    // HLT
    if (m.seriousIllness === null) illU++;
    else if (m.seriousIllness) ill++;
    const ds =
      m.disabilityGrade === 1 || m.disabilityGrade === 2
        ? 3
        : m.disabilityGrade === 3
          ? 2
          : m.disabilityGrade === 4
            ? 1
            : m.hasDisability === null
              ? M
              : m.hasDisability
                ? 1
                : 0;
    if (ds === M) disU++;
    else {
      if (ds === 3) sevN++;
      if (ds > disW) disW = ds;
    }
    if (Number.isNaN(care)) careU = true;
    else if (care > careMax) careMax = care;
    if (m.chronicIllness === null) chronicU++;
    else if (m.chronicIllness) chronic++;
    if (m.hospitalStays12m === null) staysU = true;
    else {
      stays += m.hospitalStays12m;
      if (m.hospitalStays12m > 0) {
        if (m.hospitalDays12m === null) daysU = true;
        else days += m.hospitalDays12m;
      }
    }
    // CAR / HOU
    if (m.isMainCarer === true && age >= 70) oldCarer = true;
    if (care >= 1 || m.bedridden === true || sev(m)) careNeed = true;
    else if (Number.isNaN(care) || m.bedridden === null) careNeedU = true;
    if (age < 60) allOld = false;
    else if (Number.isNaN(age)) ageU = true;
    if (access !== true) {
      if (lof === true || m.mobilityImpaired === true || age >= 80) access = true;
      else if (lof === null || m.mobilityImpaired === null || Number.isNaN(age)) access = null;
    }
    if (m.bedridden === true) bedridden = true;
    if (age >= 60 || m.hasDisability === true || m.disabilityGrade !== null) u4Subject = true;
    else if (Number.isNaN(age) || m.hasDisability === null) u4U = true;
    const stage = m.studentStage;
    if (
      (age >= 6 && age <= 17) ||
      stage === 'PRIMARY' ||
      stage === 'JUNIOR_SECONDARY' ||
      stage === 'SENIOR_SECONDARY' ||
      stage === 'SECONDARY_VOCATIONAL'
    )
      school = true;
    else if (Number.isNaN(age)) schoolU = true;
    // EMP
    if (st === null) statusU = true;
    if (!(st === 'STUDENT' || st === 'RETIRED' || st === 'UNABLE_TO_WORK' || st === 'PRESCHOOL') && ab !== 0) {
      if (Number.isNaN(ab) || st === null) j1U = true;
      else {
        ableWork++;
        if (rank > 0) employedAble++;
      }
    }
    if (st === 'UNEMPLOYED_REGISTERED' || st === 'UNEMPLOYED_UNREGISTERED') {
      if (m.monthsUnemployed === null) monthsU = true;
      else if (m.monthsUnemployed > longest) longest = m.monthsUnemployed;
    }
    if (rank > 0 && 3 - rank > quality) quality = 3 - rank;
    if (!(age < 16 || age > 34) && m.recentGraduate !== false) {
      if (m.recentGraduate === null || st === null) gradU = true;
      else if (rank === 0 && st !== 'STUDENT') grads++;
    }
    if (!(age < 18 || age > 59)) {
      if (Number.isNaN(age) || m.educationLevel === null) eduU = true;
      else eduBest = Math.min(eduBest, eduOrd(m.educationLevel));
    }
    // EDU (per child or student; an unknown status makes every EDU indicator missing)
    if (Number.isNaN(isCs)) sU = true;
    else if (isCs === 1) {
      if (!(age < 6 || age > 15)) {
        if (m.schoolAttendance === null) s1U = true;
        else if (m.schoolAttendance === 'OUT_OF_SCHOOL') s1++;
      }
      if (m.learningDifficulty === null) s2U = true;
      else s2 = Math.max(s2, m.learningDifficulty === 'NONE' ? 0 : m.learningDifficulty === 'BELOW_PASS' ? 1 : 2);
      if ((held & 7) !== 0) {
        if (stage === null) s3U = true;
        else if (
          stage === 'JUNIOR_SECONDARY' ||
          stage === 'SENIOR_SECONDARY' ||
          stage === 'SECONDARY_VOCATIONAL' ||
          stage === 'HIGHER_VOCATIONAL' ||
          stage === 'UNDERGRADUATE'
        )
          s3++;
      }
      if (m.specialEducationalNeeds === null) s4U = true;
      else if (m.specialEducationalNeeds) s4++;
      if (!(age < 3 || age > 12)) {
        if (m.culturalActivityLastYear === null) s5U = true;
        else if (!m.culturalActivityLastYear) s5++;
      }
    }
    // SOC / PSY
    if (m.hukou === 'RESIDENCE_PERMIT' || m.hukou === 'OTHER') hukouBar = true;
    else if (m.hukou === null) hukouU = true;
    if (m.specialStatuses === null) specialU++;
    else if (m.specialStatuses.length > 0) special++;
    if (m.mentalDisorder === null) disorderU = true;
    else disorder = Math.max(disorder, m.mentalDisorder === 'NONE' ? 0 : m.mentalDisorder === 'STABLE' ? 1 : 2);
    if (m.suicidalThoughts === true) suicidal = true;
    else if (m.phq9Score !== null && m.phq9Score > phq) phq = m.phq9Score;
  }

  const earner = flagged >= 0 ? flagged : best;
  const v = new Int8Array(40);
  const open = new Uint8Array(40);
  // ECO
  const r = n > 0 && dibao > 0 ? income / n / dibao : NaN;
  // Unknown income: the known sources give r at least rLow, so E1 is at most its score (0 when rLow ≥ 2).
  const knownIncome =
    (inc.wages ?? 0) + (inc.pensions ?? 0) + (inc.benefits ?? 0) + (inc.maintenance ?? 0) + (inc.other ?? 0);
  const rLow = n > 0 && dibao > 0 ? knownIncome / n / dibao : 0;
  v[0] = Number.isNaN(r) ? (4 - up(rLow, E_CUTS, IDENTITY) === 0 ? 0 : M) : 4 - up(r, E_CUTS, IDENTITY);
  const rs = f.rigidSpending12m;
  const spend =
    rs.medical === null || rs.education === null || rs.care === null || rs.rehab === null
      ? NaN
      : rs.medical + rs.education + rs.care + rs.rehab + 0;
  const knownSpend = (rs.medical ?? 0) + (rs.education ?? 0) + (rs.care ?? 0) + (rs.rehab ?? 0);
  const e2Low = up(
    knownSpend <= 0 ? 0 : knownSpend / (12 * (Number.isNaN(income) ? Infinity : income)),
    E2_CUTS,
    IDENTITY,
  );
  const e2High = Number.isNaN(spend)
    ? 4
    : spend <= 0
      ? 0
      : knownIncome > 0
        ? up(spend / (12 * knownIncome), E2_CUTS, IDENTITY)
        : 4;
  v[1] =
    Number.isNaN(spend) || Number.isNaN(income)
      ? e2Low === e2High
        ? e2Low
        : -10 - e2Low // open, lowest e2Low (decoded below)
      : spend <= 0
        ? 0
        : income > 0
          ? up(spend / (12 * income), E2_CUTS, IDENTITY)
          : 4;
  v[2] = f.liquidAssets === null || n === 0 || !(dibao > 0) ? M : 4 - up(f.liquidAssets / n / dibao, E3_CUTS, IDENTITY);
  v[3] = f.arrears === null ? M : ARREARS[f.arrears];
  // HLT
  // HLT, over members: unknown members not having the condition for the low bound, having it for the high.
  const earnerIll = earner >= 0 ? ms[earner].seriousIllness : false;
  const h1 = (count: number, earnerSick: boolean) =>
    ord(count >= 2 ? (earnerSick ? 3 : 2) : earnerSick ? 2 : count, SITUATION_0234);
  v[4] = range(h1(ill, earnerIll === true), h1(ill + illU, earnerIll !== false));
  v[5] = range(sevN >= 2 ? 4 : disW, disU === 0 ? (sevN >= 2 ? 4 : disW) : sevN + disU >= 2 ? 4 : 3);
  const h3 = careMax >= 5 ? 4 : careMax >= 3 ? 3 : careMax >= 1 ? 1 : 0;
  v[6] = careU ? range(h3, 4) : h3;
  v[7] = range(Math.min(chronic, 2), Math.min(chronic + chronicU, 2));
  const h5 = stays >= 3 || days > 60 ? 3 : stays;
  v[8] = staysU || daysU ? range(h5, 3) : h5;
  // CAR
  v[9] = Number.isNaN(dep)
    ? M
    : dep === 0
      ? 0
      : Number.isNaN(able)
        ? M
        : able === 0
          ? 4
          : dep / able <= 0.5
            ? 1
            : dep / able <= 1
              ? 2
              : 3;
  let c2: number;
  if (n === 0) c2 = M;
  else if (n === 1)
    c2 = lof0 === true ? 4 : lof0 === null || Number.isNaN(age0) ? M : age0 >= 80 ? 3 : age0 >= 60 ? 2 : 0;
  else c2 = !allOld ? 0 : ageU ? M : 2;
  v[10] = c2;
  const carer = f.mainCarerCondition === null ? (dep === 0 ? NA : M) : CARER[f.mainCarerCondition];
  v[11] = ord(carer >= 0 && oldCarer && carer < 2 ? 2 : carer, SITUATION_0234);
  // C4 from the guardianship summary (the synthetic population records no parent's situation).
  v[12] = minors === 0 ? 0 : f.guardianship === null ? M : GUARDIAN[f.guardianship];
  v[13] = f.careServiceGap !== null ? GAP[f.careServiceGap] : careNeed || careNeedU ? M : 0;
  // HOU
  v[14] =
    f.tenure === 'NO_FIXED_HOME'
      ? 4
      : f.livingAreaSqm === null || n === 0
        ? M
        : 4 - up(f.livingAreaSqm / n, U1_CUTS, U1_SCORES);
  let u2: number;
  if (f.tenure === 'NO_FIXED_HOME' || f.evictionThreatened === true) u2 = 4;
  else if (f.tenure === null || f.evictionThreatened === null) u2 = M;
  else if (f.tenure === 'PRIVATE_RENTAL' && (f.monthlyRent === null || Number.isNaN(income))) u2 = M;
  else if (f.tenure === 'PRIVATE_RENTAL' && f.monthlyRent! > 0.3 * income) u2 = 3;
  else u2 = f.housingCondition === null ? M : f.housingCondition === 'ADEQUATE' ? 0 : 2;
  v[15] = u2;
  v[16] =
    access === false
      ? 0
      : f.hasElevator === true || (f.floor !== null && f.floor < 3)
        ? 0
        : access === null || f.floor === null || f.hasElevator === null
          ? M
          : bedridden || f.floor >= 6
            ? 4
            : f.floor >= 4
              ? 3
              : 2;
  v[17] =
    !u4Subject && !u4U
      ? 0
      : f.fallInjury === true || (f.falls12m !== null && f.falls12m >= 2)
        ? 4
        : !u4Subject || f.falls12m === null
          ? M
          : f.falls12m === 1
            ? f.fallInjury === null
              ? M
              : 3
            : f.homeAdapted === null
              ? M
              : f.homeAdapted
                ? 0
                : 2;
  v[18] = f.studySpace !== null && (school || schoolU) ? STUDY[f.studySpace] : school || schoolU ? M : 0;
  // EMP
  v[19] = j1U ? M : ableWork === 0 ? 0 : employedAble === 0 ? 4 : employedAble / ableWork < 0.5 ? 2 : 0;
  const j2 = longest > 24 ? 4 : longest > 12 ? 3 : longest >= 6 ? 2 : 0;
  v[20] = statusU || monthsU ? range(j2, 4) : j2;
  v[21] = statusU ? M : quality < 0 ? 0 : quality;
  v[22] = gradU ? M : grads >= 1 ? 3 : 0;
  if (earner >= 0) {
    const e = ms[earner].educationLevel;
    v[23] = e === null ? M : eduOrd(e);
  } else v[23] = eduU ? M : eduBest === Infinity ? 0 : eduBest;
  // EDU
  const eduNa = cs === 0;
  v[24] = eduNa ? 0 : sU || s1U ? M : s1 >= 1 ? 4 : 0;
  v[25] = eduNa ? 0 : sU || s2U ? M : SITUATION_023[s2];
  v[26] = eduNa ? 0 : sU || s3U ? M : s3 >= 1 ? 2 : 0;
  v[27] = eduNa ? 0 : sU || s4U ? M : s4 >= 1 ? 3 : 0;
  v[28] = eduNa ? 0 : sU || s5U ? M : s5 >= 1 ? 1 : 0;
  // SOC
  v[29] =
    f.familyStructure === null
      ? n === 1
        ? 3
        : M
      : f.familyStructure === 'ORDINARY'
        ? 0
        : f.familyStructure === 'SINGLE_PARENT'
          ? 2
          : 3;
  v[30] = f.kinSupport === null ? M : KIN[f.kinSupport];
  v[31] = f.communityContact === null ? M : CONTACT[f.communityContact];
  v[32] = f.registeredElsewhere === true || hukouBar ? 2 : f.registeredElsewhere === null || hukouU ? M : 0;
  v[33] = range(special >= 1 ? 2 : 0, special + specialU >= 1 ? 2 : 0);
  v[34] = f.digitalCapacity === null ? M : DIGITAL[f.digitalCapacity];
  // PSY
  v[35] = disorderU ? range(SITUATION_034[disorder], 4) : SITUATION_034[disorder];
  v[36] = suicidal ? 4 : phq < 0 ? M : up(phq, PHQ_CUTS, IDENTITY);
  const from12 = addMonthsPacked(asOf, -12);
  let events = 0;
  let crisis = false;
  const asOfDay = dayNumber(asOf);
  for (const e of f.lifeEvents) {
    const d = packIsoDate(e.date);
    if (d >= from12 && d <= asOf) events++;
    if (
      e.kind === 'DEATH_OF_MAIN_EARNER' ||
      e.kind === 'FIRE_OR_DISASTER' ||
      e.kind === 'SERIOUS_ACCIDENT' ||
      e.kind === 'SUDDEN_CRITICAL_ILLNESS'
    ) {
      const age = asOfDay - dayNumber(d);
      if (age >= 0 && age <= 30) crisis = true;
    }
  }
  v[37] = events >= 3 ? 4 : events === 2 ? 3 : events === 1 ? 2 : 0;
  v[38] = f.carerStrain === null ? (dep === 0 ? 0 : M) : STRAIN[f.carerStrain];
  v[39] = f.familyConflict === null ? M : CONFLICT[f.familyConflict];

  // Undecided scores count at their lowest allowed score (0 for M); `open` marks them.
  for (let i = 0; i < 40; i++) {
    if (v[i] === M) [v[i], open[i]] = [0, 1];
    else if (v[i] <= -10) [v[i], open[i]] = [-10 - v[i], 1];
  }

  // Aggregate exactly as INDICATOR-MODEL.md §3 (same operation order as the engine): every
  // dimension with its full weight.
  const dims = new Float64Array(8);
  let present = 0,
    weighted = 0,
    k = 0,
    at = 0;
  for (let d = 0; d < 8; d++) {
    let max = -1,
      sum = 0;
    for (let j = 0; j < DIM_SIZES[d]; j++) {
      const s = v[at + j];
      sum += s;
      if (s > max) max = s;
    }
    const score = (0.6 * max + (0.4 * sum) / DIM_SIZES[d]) / 4;
    at += DIM_SIZES[d];
    dims[d] = score;
    present += FLOOR_WEIGHTS[d];
    weighted += FLOOR_WEIGHTS[d] * score;
    if (score >= 0.5 - 1e-9) k++;
  }
  const composite = Math.round((present > 0 ? (100 * weighted) / present : 0) * 10) / 10;
  const redFlag =
    v[12] === 4 ||
    v[10] === 4 ||
    v[9] === 4 ||
    v[36] === 4 ||
    v[39] === 4 ||
    (v[0] === 4 && (held & 3) === 0) ||
    crisis ||
    v[15] === 4 ||
    v[24] === 4;
  const level: HardshipLevel =
    redFlag || composite >= 45 || k >= 5
      ? 'HIGH'
      : composite >= 25 || k >= 3
        ? 'MODERATE'
        : composite >= 12
          ? 'LOW'
          : 'WATCH';
  return { scores: v, open, dims, composite, k, level };
}

function eduOrd(e: NonNullable<MemberFacts['educationLevel']>): number {
  return e === 'COLLEGE' || e === 'BACHELOR_OR_ABOVE' ? 0 : e === 'SENIOR_SECONDARY' || e === 'VOCATIONAL' ? 1 : 2;
}
