// Maps stored registry rows onto the scoring contract (scoring/facts.ts). The only place where
// entity shapes meet HouseholdFacts, so scoring/ never sees TypeORM.
import type { HouseholdFacts, MemberFacts } from '../../../scoring/facts';
import type { AssistanceEvent, CategoryHolding, LifeEvent } from './assistance.entity';
import type { Household } from './household.entity';
import type { Member } from './member.entity';

export interface HouseholdRows {
  household: Household;
  members: Member[];
  categories: CategoryHolding[];
  assistanceEvents: AssistanceEvent[];
  lifeEvents: LifeEvent[];
}

export interface ReferenceValues {
  dibaoStandard: number;
  edgeMultiplier: number;
}

export function toMemberFacts(m: Member): MemberFacts {
  return {
    relation: m.relation,
    birthDate: m.birthDate,
    sex: m.sex,
    hukou: m.hukou,
    disabilityGrade: m.disabilityGrade,
    hasDisability: m.hasDisability,
    mobilityImpaired: m.mobilityImpaired,
    bedridden: m.bedridden,
    seriousIllness: m.seriousIllness,
    chronicIllness: m.chronicIllness,
    mentalDisorder: m.mentalDisorder,
    careNeedsGrade: m.careNeedsGrade,
    hospitalStays12m: m.hospitalStays12m,
    hospitalDays12m: m.hospitalDays12m,
    employmentStatus: m.employmentStatus,
    monthsUnemployed: m.monthsUnemployed,
    recentGraduate: m.recentGraduate,
    isMainEarner: m.isMainEarner,
    isMainCarer: m.isMainCarer,
    educationLevel: m.educationLevel,
    studentStage: m.studentStage,
    schoolAttendance: m.schoolAttendance,
    learningDifficulty: m.learningDifficulty,
    specialEducationalNeeds: m.specialEducationalNeeds,
    culturalActivityLastYear: m.culturalActivityLastYear,
    specialStatuses: m.specialStatuses,
    phq9Score: m.phq9Score,
    suicidalThoughts: m.suicidalThoughts,
    fatherSituation: m.fatherSituation,
    motherSituation: m.motherSituation,
    socialInsured: m.socialInsured,
    medicalInsured: m.medicalInsured,
    unemploymentInsured: m.unemploymentInsured,
    unionMember: m.unionMember,
  };
}

export function toHouseholdFacts(rows: HouseholdRows, asOf: string, reference: ReferenceValues): HouseholdFacts {
  const { household: h } = rows;
  const housing = h.housing ?? ({} as Household['housing']);
  const eco = h.economics ?? ({} as Household['economics']);
  const obs = h.observations ?? ({} as Household['observations']);
  const v = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
  return {
    asOf,
    reference,
    streetCode: h.streetCode,
    registeredElsewhere: h.registeredElsewhere,
    members: rows.members.map(toMemberFacts),
    incomeMonthly: {
      wages: v(eco.incomeWages),
      pensions: v(eco.incomePensions),
      benefits: v(eco.incomeBenefits),
      maintenance: v(eco.incomeMaintenance),
      other: v(eco.incomeOther),
    },
    liquidAssets: v(eco.liquidAssets),
    rigidSpending12m: {
      medical: v(eco.rigidMedical),
      education: v(eco.rigidEducation),
      care: v(eco.rigidCare),
      rehab: v(eco.rigidRehab),
    },
    arrears: v(eco.arrears),
    wageArrears: v(eco.wageArrears),
    floor: v(housing.floor),
    hasElevator: v(housing.hasElevator),
    buildingElevatorProject: v(housing.buildingElevatorProject),
    tenure: v(housing.tenure),
    livingAreaSqm: v(housing.livingAreaSqm),
    monthlyRent: v(housing.monthlyRent),
    housingCondition: v(housing.condition),
    evictionThreatened: v(housing.evictionThreatened),
    homeAdapted: v(housing.homeAdapted),
    falls12m: v(housing.falls12m),
    fallInjury: v(housing.fallInjury),
    studySpace: v(housing.studySpace),
    categories: rows.categories.map((c) => ({ category: c.category, since: c.since, until: c.until })),
    assistanceEvents: rows.assistanceEvents.map((e) => ({
      kind: e.kind,
      scheme: e.scheme,
      date: e.date,
      amount: e.amount,
    })),
    massOrganisationBeneficiary: h.massOrganisationBeneficiary,
    charityPriority: h.charityPriority,
    foundByVisit: h.foundByVisit,
    mainCarerCondition: v(obs.mainCarerCondition),
    guardianship: v(obs.guardianship),
    careServiceGap: v(obs.careServiceGap),
    familyStructure: v(obs.familyStructure),
    kinSupport: v(obs.kinSupport),
    communityContact: v(obs.communityContact),
    digitalCapacity: v(obs.digitalCapacity),
    carerStrain: v(obs.carerStrain),
    familyConflict: v(obs.familyConflict),
    lifeEvents: rows.lifeEvents.map((e) => ({ kind: e.kind, date: e.date })),
  };
}
