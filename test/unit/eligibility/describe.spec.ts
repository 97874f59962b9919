import { ageBounds, describeRule, type Rule } from '../../../src/modules/eligibility';

const age = (op: string, value: number) => ({ fact: 'member.age', op, value }) as Rule;

describe('describeRule', () => {
  it('summarises a rule in Chinese and English', () => {
    const rule: Rule = {
      all: [
        { anyMember: { fact: 'member.hukou', op: 'eq', value: 'LOCAL' } },
        { fact: 'household.incomeRatio', op: 'lt', value: 1 },
        {
          any: [
            { fact: 'household.categories', op: 'includesAny', value: ['DB', 'BY'] },
            { not: { fact: 'household.hasElevator', op: 'eq', value: true } },
          ],
        },
      ],
    };
    expect(describeRule(rule)).toEqual({
      zh: '至少一名成员户籍须为本市户籍，且人均收入低于低保标准的1倍，且（现享救助类别含低保、低保边缘之一，或并非楼内有电梯）',
      en:
        'some member: hukou must be Shanghai hukou and per-capita income below 1× the dibao standard and ' +
        '(categories held include any of dibao (DB), dibao-edge (BY) or not building has an elevator)',
    });
  });
});

describe('ageBounds', () => {
  it.each([
    ['a 3–12 range under anyMember', { anyMember: { all: [age('gte', 3), age('lte', 12)] } }, 3, 12],
    ['strict bounds on whole years', { anyMember: { all: [age('gt', 2), age('lt', 13)] } }, 3, 12],
    ['one side only', { anyMember: age('gte', 60) }, 60, null],
    ['an eq', { anyMember: age('eq', 16) }, 16, 16],
    ['an in list', { anyMember: { fact: 'member.age', op: 'in', value: [6, 9, 7] } }, 6, 9],
    [
      'conditions intersect under all',
      { all: [{ anyMember: age('gte', 3) }, { anyMember: { all: [age('gte', 6), age('lt', 18)] } }] },
      6,
      17,
    ],
    [
      'any: the union when every branch bounds that side',
      { any: [{ anyMember: age('lt', 18) }, { anyMember: age('lte', 24) }] },
      null,
      24,
    ],
    [
      'any: no bound when a branch has none',
      { any: [{ anyMember: age('gte', 60) }, { fact: 'household.incomeRatio', op: 'lt', value: 1 }] },
      null,
      null,
    ],
    ['not is ignored', { anyMember: { not: age('lt', 18) } }, null, null],
    ['no age condition', { fact: 'household.incomeRatio', op: 'lt', value: 1 }, null, null],
    ['contradiction gives nulls', { all: [{ anyMember: age('gte', 60) }, { anyMember: age('lt', 18) }] }, null, null],
  ] as const)('%s', (_name, rule, minimumAge, maximumAge) => {
    expect(ageBounds(rule as Rule)).toEqual({ minimumAge, maximumAge });
  });
});
