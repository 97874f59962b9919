import { validateRule } from '../../../src/modules/eligibility';

function problems(json: unknown) {
  const r = validateRule(json);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('validateRule', () => {
  it('accepts a valid rule and returns it', () => {
    const rule = {
      all: [
        { anyMember: { fact: 'member.hukou', op: 'eq', value: 'LOCAL' } },
        { fact: 'household.incomeRatio', op: 'lt', value: 1 },
      ],
    };
    expect(validateRule(rule)).toEqual({ ok: true, rule });
  });

  it('reports an unknown fact at .fact', () => {
    expect(problems({ all: [{ fact: 'household.income', op: 'lt', value: 1 }] })).toEqual([
      { path: '$.all[0].fact', message: 'unknown fact "household.income"' },
    ]);
  });

  it('reports an unknown operator at .op', () => {
    expect(problems({ fact: 'household.incomeRatio', op: 'below', value: 1 })[0]).toMatchObject({
      path: '$.op',
      message: expect.stringContaining('unknown operator "below"'),
    });
  });

  it('rejects an operator that does not fit the fact type (lt on an enum, includes on a number)', () => {
    expect(problems({ anyMember: { fact: 'member.hukou', op: 'lt', value: 'LOCAL' } })).toEqual([
      {
        path: '$.anyMember.op',
        message: 'operator "lt" does not apply to string-enum fact "member.hukou"; use eq, ne, in, notIn, isKnown',
      },
    ]);
    expect(problems({ fact: 'household.floor', op: 'includes', value: 3 })[0].path).toBe('$.op');
    expect(problems({ fact: 'household.needs', op: 'eq', value: 'N01' })[0].path).toBe('$.op');
  });

  it('rejects a value outside an enum or set vocabulary, with the element path', () => {
    expect(problems({ fact: 'household.level', op: 'eq', value: 'SEVERE' })).toEqual([
      {
        path: '$.value',
        message: '"SEVERE" is not a value of "household.level" (string-enum(HIGH|MODERATE|LOW|WATCH))',
      },
    ]);
    expect(
      problems({
        all: [
          { fact: 'household.incomeRatio', op: 'lt', value: 1 },
          { fact: 'household.categories', op: 'includesAny', value: ['DB', 'XX'] },
        ],
      }),
    ).toEqual([expect.objectContaining({ path: '$.all[1].value[1]' })]);
    expect(problems({ fact: 'household.circles', op: 'includes', value: 5 })[0].path).toBe('$.value');
  });

  it('rejects values of the wrong type', () => {
    expect(problems({ fact: 'household.incomeRatio', op: 'lt', value: '1' })[0]).toEqual({
      path: '$.value',
      message: '"household.incomeRatio" is a number; got "1"',
    });
    expect(problems({ fact: 'household.hasElevator', op: 'eq', value: 'yes' })[0].path).toBe('$.value');
    expect(problems({ fact: 'household.streetCode', op: 'eq', value: 310105001 })[0].path).toBe('$.value');
    expect(problems({ fact: 'household.incomeRatio', op: 'lt', value: null })[0].path).toBe('$.value');
  });

  it('needs an array for in / notIn / includesAny, a scalar otherwise, and no value for isKnown', () => {
    expect(problems({ fact: 'household.floor', op: 'in', value: 3 })[0]).toEqual({
      path: '$.value',
      message: '"in" needs a non-empty array of values',
    });
    expect(problems({ fact: 'household.floor', op: 'notIn', value: [] })[0].path).toBe('$.value');
    expect(problems({ fact: 'household.floor', op: 'lt' })[0]).toEqual({
      path: '$.value',
      message: '"lt" needs a value',
    });
    expect(problems({ fact: 'household.floor', op: 'isKnown', value: true })[0]).toEqual({
      path: '$.value',
      message: '"isKnown" takes no value',
    });
    expect(problems({ fact: 'household.categories', op: 'includes', value: ['DB'] })[0].message).toContain(
      'use includesAny for a list',
    );
  });

  it('rejects member.* facts outside a member quantifier, also under not', () => {
    expect(problems({ all: [{ fact: 'member.age', op: 'gte', value: 60 }] })).toEqual([
      { path: '$.all[0].fact', message: 'member fact "member.age" is only allowed inside anyMember or everyMember' },
    ]);
    expect(problems({ not: { fact: 'member.age', op: 'gte', value: 60 } })[0].path).toBe('$.not.fact');
    expect(validateRule({ everyMember: { not: { fact: 'member.age', op: 'gte', value: 60 } } }).ok).toBe(true);
  });

  it('rejects empty or non-array all / any, and extra keys beside a combinator or comparison', () => {
    expect(problems({ all: [] })).toEqual([{ path: '$.all', message: '"all" needs a non-empty array of rules' }]);
    expect(problems({ any: { fact: 'household.floor', op: 'isKnown' } })[0].path).toBe('$.any');
    expect(problems({ all: [{ fact: 'household.floor', op: 'isKnown' }], any: [] })[0]).toMatchObject({
      path: '$',
      message: expect.stringContaining('"any"'),
    });
    expect(problems({ fact: 'household.floor', op: 'isKnown', why: 'x' })[0].path).toBe('$.why');
  });

  it('rejects non-objects and a comparison without a fact', () => {
    expect(problems(null)[0].path).toBe('$');
    expect(problems({ all: [1, []] }).map((p) => p.path)).toEqual(['$.all[0]', '$.all[1]']);
    expect(problems({ op: 'isKnown' })[0]).toMatchObject({ path: '$.fact' });
  });

  it('reports every problem, not only the first', () => {
    const found = problems({
      all: [
        { fact: 'member.hukou', op: 'lt', value: 'X' },
        { fact: 'household.level', op: 'eq', value: 'BAD' },
        { any: [] },
        { fact: 'nope', op: 'zz' },
        { anyMember: { all: [{ fact: 'member.age', op: 'between', value: [3, 12] }] } },
      ],
    });
    expect(found.map((p) => p.path)).toEqual([
      '$.all[0].fact',
      '$.all[0].op',
      '$.all[1].value',
      '$.all[2].any',
      '$.all[3].fact',
      '$.all[3].op',
      '$.all[4].anyMember.all[0].op',
    ]);
  });
});
