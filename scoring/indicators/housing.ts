// D4 居住条件 — housing and living environment (INDICATOR-MODEL.md §4, U1–U5).
import type { HouseholdFacts, StudentStage } from '../facts';
import type { HouseholdContext } from '../household/context';
import { lossOfFunction } from './care';
import { NOT_APPLICABLE, type FactFunction, type FactValue } from './fact-function';
import { ordinalTable } from './ordinal';

/** U2: private rent above this share of income is a burden (AZ Self-Sufficiency Matrix anchor [S40]). */
const RENT_BURDEN_SHARE = 0.3;
const ELDERLY_AGE = 60;
const VERY_OLD_AGE = 80;

const STUDY_SPACE_ORDINAL = ordinalTable({ OWN_DESK: 0, SHARED_OR_POOR: 1, NONE: 2, UNSAFE: 3 });

function isSchoolStage(s: StudentStage | null): boolean {
  return s === 'PRIMARY' || s === 'JUNIOR_SECONDARY' || s === 'SENIOR_SECONDARY' || s === 'SECONDARY_VOCATIONAL';
}

function tenureSituation(f: HouseholdFacts, c: HouseholdContext): FactValue {
  if (f.tenure === 'NO_FIXED_HOME' || f.evictionThreatened === true) return 3;
  if (f.tenure === null || f.evictionThreatened === null) return null;
  if (f.tenure === 'PRIVATE_RENTAL') {
    if (f.monthlyRent === null || Number.isNaN(c.monthlyIncome)) return null;
    if (f.monthlyRent > RENT_BURDEN_SHARE * c.monthlyIncome) return 2;
  }
  if (f.housingCondition === null) return null;
  return f.housingCondition === 'ADEQUATE' ? 0 : 1;
}

// Who struggles with stairs: loss of function, a mobility-affecting disability, or aged 80+.
// Returns true, false (nobody, all known) or null (unknown).
function someoneNeedsStepFreeAccess(f: HouseholdFacts, c: HouseholdContext): boolean | null {
  let unknown = false;
  for (let i = 0; i < c.size; i++) {
    const lof = lossOfFunction(f, c, i);
    const mobility = f.members[i].mobilityImpaired;
    const age = c.ages[i];
    if (lof === true || mobility === true || age >= VERY_OLD_AGE) return true;
    if (lof === null || mobility === null || Number.isNaN(age)) unknown = true;
  }
  return unknown ? null : false;
}

function verticalAccessSituation(f: HouseholdFacts, c: HouseholdContext): FactValue {
  const needs = someoneNeedsStepFreeAccess(f, c);
  if (needs === false) return NOT_APPLICABLE;
  if (f.hasElevator === true || (f.floor !== null && f.floor < 3)) return 0;
  if (needs === null || f.floor === null || f.hasElevator === null) return null;
  for (const m of f.members) if (m.bedridden === true) return 3; // cannot get out at all
  return f.floor >= 6 ? 3 : f.floor >= 4 ? 2 : 1;
}

function accessibilityGapSituation(f: HouseholdFacts, c: HouseholdContext): FactValue {
  let subject = false;
  let unknown = false;
  for (let i = 0; i < c.size; i++) {
    const m = f.members[i];
    if (c.ages[i] >= ELDERLY_AGE || m.hasDisability === true || m.disabilityGrade !== null) subject = true;
    else if (Number.isNaN(c.ages[i]) || m.hasDisability === null) unknown = true;
  }
  if (!subject && !unknown) return NOT_APPLICABLE;
  if (f.fallInjury === true || (f.falls12m !== null && f.falls12m >= 2)) return 3;
  if (!subject || f.falls12m === null) return null;
  if (f.falls12m === 1) return f.fallInjury === null ? null : 2;
  return f.homeAdapted === null ? null : f.homeAdapted ? 0 : 1;
}

function studySpaceSituation(f: HouseholdFacts, c: HouseholdContext): FactValue {
  let child = false;
  let unknown = false;
  for (let i = 0; i < c.size; i++) {
    const age = c.ages[i];
    const stage = f.members[i].studentStage;
    if ((age >= 6 && age <= 17) || isSchoolStage(stage)) child = true;
    else if (Number.isNaN(age)) unknown = true;
  }
  if (f.studySpace !== null && (child || unknown)) return STUDY_SPACE_ORDINAL(f.studySpace);
  return child || unknown ? null : NOT_APPLICABLE;
}

export const HOUSING_FACTS: readonly FactFunction[] = [
  {
    name: 'livingAreaPerPerson',
    doc: 'Living area (m²) ÷ members. Decision: a household with no fixed home has 0 m² per person.',
    reads: ['livingAreaSqm', 'tenure', 'members'],
    compute: (f, c) => {
      if (f.tenure === 'NO_FIXED_HOME') return 0;
      return f.livingAreaSqm === null || c.size === 0 ? null : f.livingAreaSqm / c.size;
    },
  },
  {
    name: 'tenureSituation',
    doc:
      `Ordinal: 0 own, public rental or with relatives and adequate, 1 shared kitchen or bath or dilapidated, 2 ` +
      `private rent > ${RENT_BURDEN_SHARE * 100}% of income, 3 no fixed home or eviction threatened.`,
    reads: ['tenure', 'evictionThreatened', 'monthlyRent', 'incomeMonthly.*', 'housingCondition'],
    compute: tenureSituation,
  },
  {
    name: 'verticalAccessSituation',
    doc:
      'Ordinal for a member with loss of function, mobility impairment or aged 80+, no elevator: 0 floor < 3 or ' +
      'elevator, 1 floor 3, 2 floors 4–5, 3 floor ≥ 6 or a bedridden member. Not applicable when nobody needs ' +
      'step-free access.',
    reads: [
      'floor',
      'hasElevator',
      'members[].mobilityImpaired',
      'members[].careNeedsGrade',
      'members[].bedridden',
      'members[].birthDate',
    ],
    compute: verticalAccessSituation,
  },
  {
    name: 'accessibilityGapSituation',
    doc:
      'Ordinal for a household with an elder (60+) or disabled member: 0 adapted, 1 not adapted and no fall, 2 one ' +
      'fall in 12 months, 3 repeated falls or an injury. Not applicable otherwise.',
    reads: ['homeAdapted', 'falls12m', 'fallInjury', 'members[].birthDate', 'members[].hasDisability'],
    compute: accessibilityGapSituation,
  },
  {
    name: 'studySpaceSituation',
    doc:
      'Ordinal for a school-age child (6–17 or at school): 0 own desk and light, 1 shared or poor, 2 no desk or ' +
      'space, 3 unsafe room. Not applicable without one.',
    reads: ['studySpace', 'members[].birthDate', 'members[].studentStage'],
    compute: studySpaceSituation,
  },
];
