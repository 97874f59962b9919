import { compileRule, type Rule } from '../../../src/modules/eligibility';
import { child, facts, member } from './fixtures';

const verdict = (rule: Rule, f = facts()) => compileRule(rule).evaluate(f);

describe('operators', () => {
  const f = facts(
    {
      floor: 5,
      streetCode: '310105001',
      tenure: 'PUBLIC_RENTAL',
      hasElevator: false,
      members: [member({ birthDate: '1984-01-01' })],
    },
    { needCodes: ['N05', 'N12'], circles: [2, 3], circle: 2 },
    0.62,
  );

  it.each([
    ['eq', 5, 'ELIGIBLE'],
    ['eq', 4, 'INELIGIBLE'],
    ['ne', 4, 'ELIGIBLE'],
    ['ne', 5, 'INELIGIBLE'],
    ['lt', 6, 'ELIGIBLE'],
    ['lt', 5, 'INELIGIBLE'],
    ['lte', 5, 'ELIGIBLE'],
    ['lte', 4, 'INELIGIBLE'],
    ['gt', 4, 'ELIGIBLE'],
    ['gt', 5, 'INELIGIBLE'],
    ['gte', 5, 'ELIGIBLE'],
    ['gte', 6, 'INELIGIBLE'],
    ['in', [1, 5], 'ELIGIBLE'],
    ['in', [1, 2], 'INELIGIBLE'],
    ['notIn', [1, 2], 'ELIGIBLE'],
    ['notIn', [5], 'INELIGIBLE'],
  ] as const)('numbers: floor %s %j → %s', (op, value, expected) => {
    expect(verdict({ fact: 'household.floor', op, value }, f)).toBe(expected);
  });

  it('ratios compare as numbers (r = 0.62)', () => {
    expect(verdict({ fact: 'household.incomeRatio', op: 'lt', value: 1 }, f)).toBe('ELIGIBLE');
    expect(verdict({ fact: 'household.edgeIncomeRatio', op: 'lt', value: 0.3 }, f)).toBe('INELIGIBLE');
  });

  it('eq / ne / in / notIn on strings, enums and booleans', () => {
    expect(verdict({ fact: 'household.streetCode', op: 'eq', value: '310105001' }, f)).toBe('ELIGIBLE');
    expect(verdict({ fact: 'household.districtCode', op: 'in', value: ['310104', '310105'] }, f)).toBe('ELIGIBLE');
    expect(verdict({ fact: 'household.tenure', op: 'notIn', value: ['OWNED', 'PUBLIC_RENTAL'] }, f)).toBe('INELIGIBLE');
    expect(verdict({ fact: 'household.hasElevator', op: 'eq', value: false }, f)).toBe('ELIGIBLE');
    expect(verdict({ fact: 'household.hasElevator', op: 'ne', value: false }, f)).toBe('INELIGIBLE');
  });

  it('includes / includesAny on set-valued facts', () => {
    expect(verdict({ fact: 'household.needs', op: 'includes', value: 'N05' }, f)).toBe('ELIGIBLE');
    expect(verdict({ fact: 'household.needs', op: 'includes', value: 'N01' }, f)).toBe('INELIGIBLE');
    expect(verdict({ fact: 'household.needs', op: 'includesAny', value: ['N01', 'N12'] }, f)).toBe('ELIGIBLE');
    expect(verdict({ fact: 'household.circles', op: 'includesAny', value: [1, 4] }, f)).toBe('INELIGIBLE');
    expect(verdict({ fact: 'household.circles', op: 'includes', value: 3 }, f)).toBe('ELIGIBLE');
  });

  it('every comparison on an unknown fact is UNKNOWN', () => {
    const u = facts({
      floor: null,
      streetCode: null,
      tenure: null,
      hasElevator: null,
      members: [member({ specialStatuses: null })],
    });
    for (const rule of [
      { fact: 'household.floor', op: 'ne', value: 3 },
      { fact: 'household.floor', op: 'notIn', value: [3] },
      { fact: 'household.streetCode', op: 'ne', value: 'x' },
      { fact: 'household.tenure', op: 'eq', value: 'OWNED' },
      { fact: 'household.hasElevator', op: 'eq', value: false },
      { fact: 'household.level', op: 'in', value: ['HIGH'] },
      { anyMember: { fact: 'member.specialStatuses', op: 'includesAny', value: ['SERVING_SENTENCE'] } },
    ] as Rule[])
      expect(verdict(rule, u)).toBe('UNKNOWN');
  });

  it('isKnown is never UNKNOWN', () => {
    expect(verdict({ fact: 'household.floor', op: 'isKnown' }, facts({ floor: null }))).toBe('INELIGIBLE');
    expect(verdict({ fact: 'household.floor', op: 'isKnown' }, facts({ floor: 0 }))).toBe('ELIGIBLE');
    expect(
      verdict(
        { anyMember: { fact: 'member.age', op: 'isKnown' } },
        facts({ members: [member({ birthDate: null }), child(4)] }),
      ),
    ).toBe('ELIGIBLE');
  });

  it('an empty set is known: includes is INELIGIBLE, not UNKNOWN', () => {
    expect(verdict({ fact: 'household.categories', op: 'includes', value: 'DB' })).toBe('INELIGIBLE');
  });
});
