// 困境儿童 / 散居孤儿 from each parent's situation (POLICY.md §3.2): a guardian missing, severely ill
// or disabled (UNABLE_TO_CARE), imprisoned, in compulsory drug rehabilitation, or abusing or
// abandoning the child; orphans when both parents are dead. C4's ordinal (INDICATOR-MODEL.md §4):
// 0 normal, 1 single parent or grandparents raising, 2 a parent unavailable, 3 事实无人抚养.
import {
  childGuardianship,
  childInPlight,
  householdHasChildInPlight,
  orphaned,
  type ChildFacts,
} from '../../../policy/child-in-plight';

const child = (father: ChildFacts['father'], mother: ChildFacts['mother'], age: number | null = 9): ChildFacts => ({
  age,
  father,
  mother,
});

describe('child in plight by the parents’ facts', () => {
  it.each([
    ['both parents caring', 'CARING', 'CARING', false, [0, 0]],
    ['father left after divorce: single parent', 'ABSENT', 'CARING', false, [1, 1]],
    ['both working away: raised by grandparents', 'ABSENT', 'ABSENT', false, [1, 1]],
    ['father imprisoned', 'IMPRISONED', 'CARING', true, [2, 2]],
    ['mother in compulsory drug rehabilitation', 'CARING', 'COMPULSORY_DRUG_REHAB', true, [2, 2]],
    ['mother severely ill', 'ABSENT', 'UNABLE_TO_CARE', true, [2, 2]],
    ['father abuses the child', 'IMPROPER_GUARDIANSHIP', 'CARING', true, [2, 2]],
    ['father dead, mother missing: 事实无人抚养', 'DECEASED', 'MISSING', true, [3, 3]],
    ['both imprisoned: 事实无人抚养', 'IMPRISONED', 'IMPRISONED', true, [3, 3]],
  ] as const)('%s', (_what, father, mother, plight, ordinal) => {
    expect(childInPlight(child(father, mother), null)).toBe(plight);
    expect(childGuardianship(child(father, mother), null)).toEqual(ordinal);
  });

  it('an orphan is not 困境儿童 by §3.2 but is an orphan (散居孤儿), raised by someone (ordinal 1)', () => {
    expect(childInPlight(child('DECEASED', 'DECEASED'), null)).toBe(false);
    expect(orphaned(child('DECEASED', 'DECEASED'), null)).toBe(true);
    expect(childGuardianship(child('DECEASED', 'DECEASED'), null)).toEqual([1, 1]);
  });

  it('one parent known decides when it can, and bounds the ordinal otherwise', () => {
    expect(childInPlight(child('IMPRISONED', null), null)).toBe(true);
    expect(childInPlight(child('CARING', null), null)).toBeNull();
    expect(childGuardianship(child('IMPRISONED', null), null)).toEqual([2, 3]);
    expect(childGuardianship(child('CARING', null), null)).toEqual([0, 2]);
  });

  it('the summary recorded before per-parent facts stands for a child with no parent recorded', () => {
    expect(childInPlight(child(null, null), 'PARENT_UNAVAILABLE')).toBe(true);
    expect(childInPlight(child(null, null), 'SINGLE_PARENT_OR_GRANDPARENTS')).toBe(false);
    expect(childGuardianship(child(null, null), 'NO_ACTUAL_CARER')).toEqual([3, 3]);
    expect(childGuardianship(child(null, null), null)).toEqual([0, 3]);
  });
});

describe('householdHasChildInPlight (N17, R27: before the category is recorded)', () => {
  const household = (
    members: ChildFacts[],
    holdings: Array<{ category: string; since: string; until: null }> = [],
  ) => ({
    holdings,
    members,
    summary: null,
  });
  it('holds KJ or GE', () => {
    const kj = [{ category: 'KJ', since: '2025-01-01', until: null }];
    expect(householdHasChildInPlight(household([child('CARING', 'CARING')], kj), '2026-01-01')).toBe(true);
  });
  it('a minor with a parent in prison, no category recorded yet', () => {
    expect(householdHasChildInPlight(household([child('IMPRISONED', 'CARING')]), '2026-01-01')).toBe(true);
  });
  it('not for an adult child', () => {
    expect(householdHasChildInPlight(household([child('IMPRISONED', 'CARING', 19)]), '2026-01-01')).toBe(false);
  });
  it('unknown while a minor’s parents are unrecorded', () => {
    expect(householdHasChildInPlight(household([child(null, null)]), '2026-01-01')).toBeNull();
  });
});
