// Which adviser specialties a household calls for, each with the reason, from its members and
// active needs. Plain rules, kept apart so they can be read (and tested) on their own.
import type { Household } from '../household/household.entity';
import type { Member } from '../household/member.entity';
import type { Need } from '../need/need.entity';
import type { AdviserSpecialty } from './adviser.enums';

const NEED_SPECIALTIES: Record<string, AdviserSpecialty> = {
  N02: 'MEDICAL',
  N09: 'MEDICAL',
  N04: 'HOUSING',
  N22: 'HOUSING',
  N23: 'HOUSING',
  N24: 'DISABILITY',
  N11: 'DISABILITY',
  N12: 'MENTAL_HEALTH',
  N16: 'CHILD',
  N14: 'CHILD',
  N15: 'CHILD',
  N17: 'CHILD',
  N18: 'CHILD',
  N19: 'EMPLOYMENT',
  N20: 'EMPLOYMENT',
  N26: 'LEGAL',
  N25: 'POLICY',
  N01: 'POLICY',
};
const LABELS: Record<AdviserSpecialty, string> = {
  CHILD: '儿童 children',
  ELDERLY: '老年人 older people',
  DISABILITY: '残疾 disability',
  MENTAL_HEALTH: '心理健康 mental health',
  EMPLOYMENT: '就业 employment',
  MEDICAL: '医疗 medical',
  HOUSING: '住房 housing',
  LEGAL: '法律 legal',
  POLICY: '政策 policy',
};

const ageOn = (birthDate: string | null, today: string) =>
  birthDate
    ? Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (today.slice(5) < birthDate.slice(5) ? 1 : 0)
    : null;

export function specialtiesCalledFor(
  household: Household,
  members: Member[],
  needs: Need[],
  today: string,
): Map<AdviserSpecialty, string> {
  const called = new Map<AdviserSpecialty, string>();
  const add = (s: AdviserSpecialty, why: string) => {
    if (!called.has(s)) called.set(s, `${LABELS[s]}: ${why}`);
  };
  for (const m of members) {
    const age = ageOn(m.birthDate, today);
    if (age !== null && age < 18) add('CHILD', 'a member is under 18');
    if (age !== null && age >= 60) add('ELDERLY', 'a member is 60 or older');
    if (m.hasDisability || m.disabilityGrade) add('DISABILITY', 'a member has a disability');
    if (m.mentalDisorder && m.mentalDisorder !== 'NONE') add('MENTAL_HEALTH', 'a member has a severe mental disorder');
    if (m.suicidalThoughts || (m.phq9Score ?? 0) >= 15) add('MENTAL_HEALTH', 'a member shows serious distress');
    if (m.seriousIllness || m.bedridden) add('MEDICAL', 'a member is seriously ill or bedridden');
    if (m.employmentStatus === 'UNEMPLOYED_REGISTERED' || m.employmentStatus === 'UNEMPLOYED_UNREGISTERED')
      add('EMPLOYMENT', 'a member is unemployed');
  }
  if (household.housing?.evictionThreatened || household.housing?.condition === 'DILAPIDATED')
    add('HOUSING', 'housing is at risk');
  for (const need of needs) {
    const s = NEED_SPECIALTIES[need.code];
    if (s) add(s, `active need ${need.code}`);
  }
  return called;
}
