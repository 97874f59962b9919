// Cross-field rules that decorators cannot express. Pure: input in, problems out.
import type { FieldProblem } from '../../common/domain-error';
import { ID_PROBLEM_MESSAGES, normaliseIdNumber, parseIdNumber } from '../../common/id-number';
import type { MemberFactsInput } from './member.inputs';
import type { CategoryHoldingInput, ConsentsInput } from './household.inputs';

export interface MemberIdentity {
  name?: string;
  idNumber?: string;
  birthDate?: string | null;
  sex?: string | null;
  relation?: string | null;
}

/**
 * Checks an ID number and its agreement with birthDate and sex, and fills those two from the
 * number when the user left them out (they are facts the number encodes, not guesses).
 */
export function checkMemberIdentity<T extends MemberIdentity & MemberFactsInput>(
  member: T,
  path: string,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (member.idNumber !== undefined) {
    const parsed = parseIdNumber(member.idNumber, today);
    if ('problem' in parsed) {
      return [
        {
          field: `${path}.idNumber`,
          reason: parsed.problem,
          message: `ID number ${ID_PROBLEM_MESSAGES[parsed.problem]}`,
        },
      ];
    }
    member.idNumber = parsed.idNumber;
    if (member.birthDate && member.birthDate !== parsed.birthDate) {
      problems.push({
        field: `${path}.birthDate`,
        reason: 'ID_BIRTH_DATE_MISMATCH',
        message: `birthDate ${member.birthDate} does not match the ID number (${parsed.birthDate})`,
      });
    }
    if (member.sex && member.sex !== parsed.sex) {
      problems.push({
        field: `${path}.sex`,
        reason: 'ID_SEX_MISMATCH',
        message: `sex ${member.sex} does not match the ID number (${parsed.sex})`,
      });
    }
    if (member.birthDate === undefined || member.birthDate === null) member.birthDate = parsed.birthDate;
    if (member.sex === undefined || member.sex === null) member.sex = parsed.sex;
  }
  if (member.disabilityGrade != null && member.hasDisability === false) {
    problems.push({
      field: `${path}.disabilityGrade`,
      reason: 'INCONSISTENT',
      message: 'a disability grade needs hasDisability true (or null)',
    });
  }
  return problems;
}

/** Duplicate ID numbers inside one request, and more than one head. */
export function checkMemberSet(members: MemberIdentity[], path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  members.forEach((m, i) => {
    if (!m.idNumber) return;
    const id = normaliseIdNumber(m.idNumber);
    if (seen.has(id))
      problems.push({
        field: `${path}.${i}.idNumber`,
        reason: 'DUPLICATE_IN_INPUT',
        message: `same ID number as ${path}.${seen.get(id)}`,
      });
    else seen.set(id, i);
  });
  const heads = members.map((m, i) => (m.relation === 'HEAD' ? i : -1)).filter((i) => i >= 0);
  for (const i of heads.slice(1))
    problems.push({
      field: `${path}.${i}.relation`,
      reason: 'DUPLICATE_HEAD',
      message: 'a household has one head (户主)',
    });
  return problems;
}

export function checkCategories(categories: CategoryHoldingInput[] | undefined, path: string): FieldProblem[] {
  return (categories ?? []).flatMap((c, i) =>
    c.since && c.until && c.until < c.since
      ? [
          {
            field: `${path}.${i}.until`,
            reason: 'INVALID_RANGE',
            message: `until ${c.until} is before since ${c.since}`,
          },
        ]
      : [],
  );
}

export function checkConsents(consents: ConsentsInput | undefined, path: string): FieldProblem[] {
  if (!consents) return [];
  const pairs = [
    ['dataSharing', 'dataSharingDate'],
    ['charityReferral', 'charityReferralDate'],
  ] as const;
  return pairs.flatMap(([answer, date]) =>
    consents[answer] != null && !consents[date]
      ? [{ field: `${path}.${date}`, reason: 'DATE_REQUIRED', message: `${answer} needs the date it was given` }]
      : [],
  );
}
