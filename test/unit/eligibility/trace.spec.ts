import { compileRule, flattenTrace, type Rule } from '../../../src/modules/eligibility';
import { child, facts, member } from './fixtures';

describe('explain traces', () => {
  it('writes the comparison sentence with the actual value, the condition and a mark', () => {
    const c = compileRule({ fact: 'household.incomeRatio', op: 'lt', value: 1 });
    const { result, trace } = c.explain(facts({}, {}, 0.62));
    expect(result).toBe('ELIGIBLE');
    expect(trace).toMatchObject({
      path: '$',
      kind: 'comparison',
      fact: 'household.incomeRatio',
      op: 'lt',
      expected: 1,
      result: 'ELIGIBLE',
      zh: '人均收入为低保标准的0.62倍，低于1倍 ✓',
      en: 'Per-capita income is 0.62× the dibao standard, below 1× ✓',
      children: [],
    });
    expect(trace.actual).toBeCloseTo(0.62, 3);
  });

  it('says what is not known', () => {
    const { trace } = compileRule({ fact: 'household.incomeRatio', op: 'lt', value: 1 }).explain(
      facts({ incomeMonthly: { wages: null, pensions: 0, benefits: 0, maintenance: 0, other: 0 } }),
    );
    expect(trace).toMatchObject({
      result: 'UNKNOWN',
      actual: null,
      zh: '尚不知道人均收入（条件：低于1倍） ?',
      en: 'Per-capita income is not known (condition: below 1×) ?',
    });
    const known = compileRule({ fact: 'household.floor', op: 'isKnown' }).explain(facts({ floor: null })).trace;
    expect([known.zh, known.en]).toEqual(['尚不知道居住楼层 ✗', 'Floor is not known ✗']);
  });

  it('labels enum, set and boolean values in both languages', () => {
    const f = facts({ categories: [{ category: 'DB', since: '2023-01-01', until: null }], hasElevator: false });
    const set = compileRule({ fact: 'household.categories', op: 'includesAny', value: ['DB', 'BY'] }).explain(f).trace;
    expect(set.actual).toEqual(['DB']);
    expect(set.zh).toBe('现享救助类别：低保，须包含低保、低保边缘中的任一项 ✓');
    const bool = compileRule({ fact: 'household.hasElevator', op: 'eq', value: true }).explain(f).trace;
    expect([bool.zh, bool.en]).toEqual(['楼内有电梯：否，须为是 ✗', 'Building has an elevator: no, must be yes ✗']);
    const hukou = compileRule({ anyMember: { fact: 'member.hukou', op: 'eq', value: 'LOCAL' } }).explain(f).trace
      .children[0].children[0];
    expect(hukou.zh).toBe('户籍为本市户籍，须为本市户籍 ✓');
  });

  it('is a tree following the rule, with one member node per member under a quantifier', () => {
    const rule: Rule = {
      all: [
        { fact: 'household.districtCode', op: 'eq', value: '310105' },
        {
          anyMember: {
            all: [
              { fact: 'member.age', op: 'gte', value: 3 },
              { fact: 'member.age', op: 'lte', value: 12 },
            ],
          },
        },
      ],
    };
    const { trace } = compileRule(rule).explain(facts({ members: [member(), child(8)] }));
    const lines = flattenTrace(trace);
    expect(lines.map((l) => [l.depth, l.path, l.member, l.result])).toEqual([
      [0, '$', null, 'ELIGIBLE'],
      [1, '$.all[0]', null, 'ELIGIBLE'],
      [1, '$.all[1]', null, 'ELIGIBLE'],
      [2, '$.all[1]', 0, 'INELIGIBLE'],
      [3, '$.all[1].anyMember', null, 'INELIGIBLE'],
      [4, '$.all[1].anyMember.all[0]', null, 'ELIGIBLE'],
      [4, '$.all[1].anyMember.all[1]', null, 'INELIGIBLE'],
      [2, '$.all[1]', 1, 'ELIGIBLE'],
      [3, '$.all[1].anyMember', null, 'ELIGIBLE'],
      [4, '$.all[1].anyMember.all[0]', null, 'ELIGIBLE'],
      [4, '$.all[1].anyMember.all[1]', null, 'ELIGIBLE'],
    ]);
    expect(lines[0].zh).toBe('以下2项条件须全部满足：满足 ✓');
    expect(lines[2].en).toBe('At least one household member must meet the condition below (1 of 2 do): met ✓');
    expect(lines[3].zh).toBe('成员1（户主，40岁）：不满足 ✗');
    expect(lines[6].en).toBe('Age is 40, at most 12 ✗');
    expect(lines[7].en).toBe('Member 2 (child, aged 8): met ✓');
  });

  it('explains every branch even where evaluate short-circuits', () => {
    const { trace } = compileRule({
      any: [
        { fact: 'household.floor', op: 'gte', value: 1 },
        { fact: 'household.floor', op: 'isKnown' },
      ],
    }).explain(facts());
    expect(trace.children.map((c) => c.result)).toEqual(['ELIGIBLE', 'ELIGIBLE']);
  });

  it('writes shares as percentages and not as a negation', () => {
    const { trace } = compileRule({ not: { fact: 'household.medicalSpendingShare', op: 'gte', value: 0.4 } }).explain(
      facts({ rigidSpending12m: { medical: 9060, education: 0, care: 0, rehab: 0 } }, {}, 1),
    );
    expect(trace.zh).toBe('以下条件须不成立：不满足 ✗');
    expect(trace.children[0].zh).toBe('近12个月医疗支出为年收入的50%，不低于40% ✓');
    expect(trace.children[0].en).toBe('12-month medical spending is 50% of annual income, at least 40% ✓');
  });
});
