// EligibilityFacts: everything a rule can ask about one household, precomputed once (ages as of
// facts.asOf, ratios to the 低保 standard in force, set-valued facts as bit masks) so that evaluating
// many compiled rules is plain field reads. Unknown stays null, never 0.
import { addMonthsPacked, ageInYears, packIsoDate } from '../../../scoring/dates';
import type {
  EducationLevel,
  EmploymentStatus,
  FamilyConflict,
  FamilyStructure,
  Guardianship,
  HouseholdFacts,
  Hukou,
  IsoDate,
  MemberFacts,
  MentalDisorder,
  ParentSituation,
  Relation,
  Sex,
  StudentStage,
  Tenure,
} from '../../../scoring/facts';
import {
  CATEGORY_VALUES,
  CIRCLE_VALUES,
  LEVEL_VALUES,
  LIFE_EVENT_VALUES,
  NEED_VALUES,
  SPECIAL_STATUS_VALUES,
  maskOf,
  type CategoryValue,
  type LevelValue,
} from './fact-values';
import { heldCategories as heldCategoriesOn } from '../../../policy/held-categories';
import { MINOR_AGE, householdHasChildInPlight, minorInPlight } from '../../../policy/child-in-plight';
import { lowIncome } from '../../../policy/low-income';
import { assetsWithinDibaoLimit, dibaoEligible } from '../../../policy/dibao-eligibility';
import type { Truth } from '../../../policy/truth';

/** The dated reference row in force on asOf (seeds/data/dibao-standards.json, POLICY.md POL-PAR-1). */
export interface DibaoReference {
  dibaoStandard: number;
  edgeMultiplier: number;
  minorMultiplier: number;
}

/** What the assessment adds to the registry's facts; consents are not in scoring/facts.ts. */
export interface EligibilityExtra {
  circle: number | null;
  circles: readonly number[];
  level: string | null;
  needCodes: readonly string[];
  charityReferralConsent: boolean | null;
}

export interface MemberEligibilityFacts {
  readonly index: number;
  readonly age: number | null;
  readonly sex: Sex | null;
  readonly hukou: Hukou | null;
  readonly relation: Relation | null;
  readonly disabilityGrade: number | null;
  readonly hasDisability: boolean | null;
  /** 重残: grade 1–2 → true; grade 3–4 or no disability → false; null when neither is known. */
  readonly severelyDisabled: boolean | null;
  readonly mobilityImpaired: boolean | null;
  readonly seriousIllness: boolean | null;
  readonly mentalDisorder: MentalDisorder | null;
  readonly careNeedsGrade: number | null;
  readonly employmentStatus: EmploymentStatus | null;
  readonly monthsUnemployed: number | null;
  readonly recentGraduate: boolean | null;
  readonly educationLevel: EducationLevel | null;
  readonly studentStage: StudentStage | null;
  readonly specialEducationalNeeds: boolean | null;
  /** Bit mask over SPECIAL_STATUS_VALUES; null when unknown. */
  readonly specialStatuses: number | null;
  readonly fatherSituation: ParentSituation | null;
  readonly motherSituation: ParentSituation | null;
  /** 困境儿童 by the parents' facts (POLICY.md §3.2, policy/child-in-plight.ts): false for an adult; null when unknown. */
  readonly childInPlight: Truth;
  /** Insurance cover and union membership from the registry; null = unknown. */
  readonly socialInsured: boolean | null;
  readonly medicalInsured: boolean | null;
  readonly unemploymentInsured: boolean | null;
  readonly unionMember: boolean | null;
}

export interface EligibilityFacts {
  readonly asOf: IsoDate;
  readonly reference: Readonly<DibaoReference>;
  readonly circle: number | null;
  /** Bit masks over CIRCLE_VALUES, CATEGORY_VALUES, NEED_VALUES and LIFE_EVENT_VALUES (fact-values.ts). */
  readonly circles: number;
  readonly categories: number;
  readonly needs: number;
  readonly lifeEvents12m: number;
  readonly level: LevelValue | null;
  /** r: per-capita monthly income ÷ 低保 standard. */
  readonly incomeRatio: number | null;
  /** Per-capita monthly income ÷ (standard × edge multiplier): below 1 means under the 低保-edge line. */
  readonly edgeIncomeRatio: number | null;
  /** Per-capita income after 12-month rigid spending (monthly share) ÷ standard. */
  readonly incomeRatioAfterRigidSpending: number | null;
  /** Household income ÷ the household's own 低保 line, minors counted at standard × minorMultiplier [D]. */
  readonly dibaoLineRatio: number | null;
  readonly assetMonths: number | null;
  readonly medicalSpendingShare: number | null;
  readonly rigidSpendingShare: number | null;
  readonly streetCode: string | null;
  readonly districtCode: string | null;
  readonly memberCount: number;
  readonly registeredElsewhere: boolean | null;
  readonly tenure: Tenure | null;
  readonly floor: number | null;
  readonly hasElevator: boolean | null;
  readonly buildingElevatorProject: boolean | null;
  readonly livingAreaPerPerson: number | null;
  readonly charityReferralConsent: boolean | null;
  readonly hasChildUnder18: boolean | null;
  readonly tempAssistanceWithin24m: boolean;
  readonly massOrganisationBeneficiary: boolean | null;
  readonly familyStructure: FamilyStructure | null;
  readonly guardianship: Guardianship | null;
  /**
   * 困境未成年人 as N17 means it (policy/child-in-plight.ts): KJ or GE held, or a minor in plight or orphaned by the facts.
   */
  readonly childInPlight: Truth;
  /** Low-income household (policy/low-income.ts), decided by the known income sources when they suffice. */
  readonly lowIncome: Truth;
  /** The head (户主) holds Shanghai hukou; null when no head is recorded or the head's hukou is unknown. */
  readonly headLocalHukou: Truth;
  /** Per-capita liquid assets within the 低保 limit (policy/dibao-eligibility.ts). */
  readonly assetsWithinDibaoLimit: Truth;
  /** 低保-eligible by the one definition (policy/dibao-eligibility.ts): R01 holds, or DB is held. */
  readonly dibaoEligible: Truth;
  readonly familyConflict: FamilyConflict | null;
  readonly members: readonly MemberEligibilityFacts[];
}

const WINDOW_MONTHS = 24; // 近两年, POL-CIR-3
const LIFE_EVENT_MONTHS = 12;
const LS_BIT = 1 << CATEGORY_VALUES.indexOf('LS');
const DB_BIT = 1 << CATEGORY_VALUES.indexOf('DB');

const nullable = (x: number): number | null => (Number.isNaN(x) ? null : x);
const sumKnown = (xs: readonly (number | null)[]): number => xs.reduce<number>((s, x) => (x === null ? NaN : s + x), 0);
/** spending ÷ annual income; spending 0 is share 0 even with no income, spending on no income is Infinity. */
const share = (spending12m: number, monthlyIncome: number): number =>
  spending12m === 0 ? 0 : spending12m / (12 * monthlyIncome);

/** Registry rows may omit a fact; the contract says null, so undefined is read as null. */
const known = <T>(x: T | null | undefined): T | null => (x === undefined ? null : x);

function buildMember(
  m: MemberFacts,
  index: number,
  asOf: number,
  summary: Guardianship | null,
): MemberEligibilityFacts {
  const statuses = known(m.specialStatuses);
  const grade = known(m.disabilityGrade);
  const age = nullable(ageInYears(packIsoDate(known(m.birthDate)), asOf));
  const child = { age, father: known(m.fatherSituation), mother: known(m.motherSituation) };
  return {
    index,
    age,
    sex: known(m.sex),
    hukou: known(m.hukou),
    relation: known(m.relation),
    disabilityGrade: grade,
    hasDisability: known(m.hasDisability),
    mobilityImpaired: known(m.mobilityImpaired),
    // disabilityGrade null means "no certificate or unknown" (scoring/facts.ts); hasDisability tells which.
    severelyDisabled: grade !== null ? grade <= 2 : m.hasDisability === false ? false : null,
    seriousIllness: known(m.seriousIllness),
    mentalDisorder: known(m.mentalDisorder),
    careNeedsGrade: known(m.careNeedsGrade),
    employmentStatus: known(m.employmentStatus),
    monthsUnemployed: known(m.monthsUnemployed),
    recentGraduate: known(m.recentGraduate),
    educationLevel: known(m.educationLevel),
    studentStage: known(m.studentStage),
    specialEducationalNeeds: known(m.specialEducationalNeeds),
    specialStatuses: statuses === null ? null : maskOf(SPECIAL_STATUS_VALUES, statuses, 'special status'),
    fatherSituation: child.father,
    motherSituation: child.mother,
    childInPlight: minorInPlight(child, summary),
    socialInsured: known(m.socialInsured),
    medicalInsured: known(m.medicalInsured),
    unemploymentInsured: known(m.unemploymentInsured),
    unionMember: known(m.unionMember),
  };
}

/** Category codes held on asOf, with the catalogue's group codes (TK, ZX, LS, WT, QT, CS, ZF) derived. */
function heldCategories(f: HouseholdFacts, asOf: number): Set<CategoryValue> {
  const held = new Set<CategoryValue>();
  for (const category of heldCategoriesOn(f.categories, f.asOf)) held.add(category);
  if (held.has('TK_DISPERSED') || held.has('TK_CENTRAL')) held.add('TK');
  for (const c of held) if (c.startsWith('ZX_')) held.add('ZX');
  const from = addMonthsPacked(asOf, -WINDOW_MONTHS);
  for (const e of f.assistanceEvents) {
    const d = packIsoDate(e.date);
    if (!(d >= from && d <= asOf)) continue;
    held.add(e.kind === 'TEMPORARY_ASSISTANCE' ? 'LS' : 'WT');
  }
  if (f.massOrganisationBeneficiary === true) held.add('QT');
  if (f.charityPriority === true) held.add('CS');
  if (f.foundByVisit === true) held.add('ZF');
  return held;
}

function lifeEventMask(f: HouseholdFacts, asOf: number): number {
  const from = addMonthsPacked(asOf, -LIFE_EVENT_MONTHS);
  const kinds = f.lifeEvents
    .filter((e) => {
      const d = packIsoDate(e.date);
      return d >= from && d <= asOf;
    })
    .map((e) => e.kind);
  return maskOf(LIFE_EVENT_VALUES, kinds, 'life event');
}

/** true if some member is under 18, false if every age is known and none is, else null. */
function childUnder18(members: readonly MemberEligibilityFacts[]): boolean | null {
  let unknown = false;
  for (const m of members) {
    if (m.age === null) unknown = true;
    else if (m.age < MINOR_AGE) return true;
  }
  return unknown ? null : false;
}

/** The household's own 低保 line: one standard per adult, standard × minorMultiplier per minor. */
function dibaoLine(members: readonly MemberEligibilityFacts[], ref: DibaoReference): number {
  return members.reduce(
    (s, m) => (m.age === null ? NaN : s + ref.dibaoStandard * (m.age < MINOR_AGE ? ref.minorMultiplier : 1)),
    0,
  );
}

/** The head's hukou is LOCAL: decided by the member recorded as HEAD; unknown without one. */
function headLocalHukou(members: readonly MemberEligibilityFacts[]): Truth {
  const head = members.find((m) => m.relation === 'HEAD');
  return head === undefined || head.hukou === null ? null : head.hukou === 'LOCAL';
}

function checkExtra(extra: EligibilityExtra): LevelValue | null {
  if (extra.circle !== null && !CIRCLE_VALUES.includes(extra.circle))
    throw new RangeError(`unknown circle: ${extra.circle}`);
  if (extra.level !== null && !(LEVEL_VALUES as readonly string[]).includes(extra.level))
    throw new RangeError(`unknown level: ${extra.level}`);
  return extra.level as LevelValue | null;
}

export function buildEligibilityFacts(
  facts: HouseholdFacts,
  extra: EligibilityExtra,
  standard: DibaoReference,
): EligibilityFacts {
  const asOf = packIsoDate(facts.asOf);
  if (Number.isNaN(asOf)) throw new RangeError(`facts.asOf is not an ISO date: ${facts.asOf}`);
  if (!(standard.dibaoStandard > 0 && standard.edgeMultiplier > 0 && standard.minorMultiplier > 0)) {
    throw new RangeError('the 低保 standard and its multipliers must be positive');
  }
  const level = checkExtra(extra);
  const summary = known(facts.guardianship);
  const members = facts.members.map((m, i) => buildMember(m, i, asOf, summary));
  const n = members.length;
  const inc = facts.incomeMonthly;
  const income = sumKnown([inc.wages, inc.pensions, inc.benefits, inc.maintenance, inc.other]);
  const rigid = facts.rigidSpending12m;
  const rigid12m = sumKnown([rigid.medical, rigid.education, rigid.care, rigid.rehab]);
  const perCapita = n > 0 ? income / n : NaN;
  const std = standard.dibaoStandard;
  const street = known(facts.streetCode);
  const categories = maskOf(CATEGORY_VALUES, heldCategories(facts, asOf), 'category');
  const incomeRatio = nullable(perCapita / std);
  const assetMonths = facts.liquidAssets === null || n === 0 ? null : facts.liquidAssets / n / std;
  const headLocal = headLocalHukou(members);
  return {
    asOf: facts.asOf,
    reference: { ...standard },
    circle: extra.circle,
    circles: maskOf(CIRCLE_VALUES, extra.circles, 'circle'),
    categories,
    needs: maskOf(NEED_VALUES, extra.needCodes, 'need code'),
    lifeEvents12m: lifeEventMask(facts, asOf),
    level,
    incomeRatio,
    edgeIncomeRatio: nullable(perCapita / (std * standard.edgeMultiplier)),
    incomeRatioAfterRigidSpending: nullable(n > 0 ? (income - rigid12m / 12) / n / std : NaN),
    dibaoLineRatio: nullable(n > 0 ? income / dibaoLine(members, standard) : NaN),
    assetMonths,
    medicalSpendingShare: rigid.medical === null ? null : nullable(share(rigid.medical, income)),
    rigidSpendingShare: nullable(share(rigid12m, income)),
    streetCode: street,
    districtCode: street !== null && /^\d{6}/.test(street) ? street.slice(0, 6) : null,
    memberCount: n,
    registeredElsewhere: known(facts.registeredElsewhere),
    tenure: known(facts.tenure),
    floor: known(facts.floor),
    hasElevator: known(facts.hasElevator),
    buildingElevatorProject: known(facts.buildingElevatorProject),
    livingAreaPerPerson: facts.livingAreaSqm === null || n === 0 ? null : facts.livingAreaSqm / n,
    charityReferralConsent: known(extra.charityReferralConsent),
    hasChildUnder18: childUnder18(members),
    tempAssistanceWithin24m: (categories & LS_BIT) !== 0, // the LS category, so the two never disagree
    massOrganisationBeneficiary: known(facts.massOrganisationBeneficiary),
    familyStructure: known(facts.familyStructure),
    guardianship: summary,
    childInPlight: householdHasChildInPlight(
      {
        holdings: facts.categories,
        members: members.map((m) => ({ age: m.age, father: m.fatherSituation, mother: m.motherSituation })),
        summary,
      },
      facts.asOf,
    ),
    lowIncome: lowIncome(heldCategoriesOn(facts.categories, facts.asOf), {
      sources: [inc.wages, inc.pensions, inc.benefits, inc.maintenance, inc.other],
      members: n,
      dibaoStandard: standard.dibaoStandard,
      edgeMultiplier: standard.edgeMultiplier,
    }),
    headLocalHukou: headLocal,
    assetsWithinDibaoLimit: assetsWithinDibaoLimit(assetMonths),
    dibaoEligible: dibaoEligible({
      holdsDibao: (categories & DB_BIT) !== 0,
      headLocalHukou: headLocal,
      incomeRatio,
      assetMonths,
    }),
    familyConflict: known(facts.familyConflict),
    members,
  };
}
