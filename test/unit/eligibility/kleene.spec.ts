import { compileRule, type Rule, type Verdict } from '../../../src/modules/eligibility';
import { child, facts, LEAF, member, WITH_UNKNOWN_FLOOR } from './fixtures';

const f = facts(WITH_UNKNOWN_FLOOR);
const V = ['E', 'I', 'U'] as const;
const NAME: Record<(typeof V)[number], Verdict> = { E: 'ELIGIBLE', I: 'INELIGIBLE', U: 'UNKNOWN' };
const run = (rule: Rule) => {
  const c = compileRule(rule);
  const result = c.evaluate(f);
  expect(c.explain(f).result).toBe(result);
  return result;
};

describe('Kleene three-valued logic', () => {
  it('the leaves give E, I and U', () => {
    for (const v of V) expect(run(LEAF[v])).toBe(NAME[v]);
  });

  // Strong Kleene tables: rows a, columns b.
  const ALL = { E: { E: 'E', I: 'I', U: 'U' }, I: { E: 'I', I: 'I', U: 'I' }, U: { E: 'U', I: 'I', U: 'U' } } as const;
  const ANY = { E: { E: 'E', I: 'E', U: 'E' }, I: { E: 'E', I: 'I', U: 'U' }, U: { E: 'E', I: 'U', U: 'U' } } as const;
  for (const a of V) {
    for (const b of V) {
      it(`all(${a}, ${b}) = ${ALL[a][b]}; any(${a}, ${b}) = ${ANY[a][b]}`, () => {
        expect(run({ all: [LEAF[a], LEAF[b]] })).toBe(NAME[ALL[a][b]]);
        expect(run({ any: [LEAF[a], LEAF[b]] })).toBe(NAME[ANY[a][b]]);
      });
    }
  }

  it('not flips E and I and keeps U', () => {
    expect(run({ not: LEAF.E })).toBe('INELIGIBLE');
    expect(run({ not: LEAF.I })).toBe('ELIGIBLE');
    expect(run({ not: LEAF.U })).toBe('UNKNOWN');
    expect(run({ not: { not: LEAF.U } })).toBe('UNKNOWN');
  });

  it('a single-child all / any is that child', () => {
    for (const v of V) {
      expect(run({ all: [LEAF[v]] })).toBe(NAME[v]);
      expect(run({ any: [LEAF[v]] })).toBe(NAME[v]);
    }
  });

  it('INELIGIBLE in an all wins over an earlier UNKNOWN (no premature short-circuit)', () => {
    expect(run({ all: [LEAF.U, LEAF.E, LEAF.I] })).toBe('INELIGIBLE');
    expect(run({ any: [LEAF.U, LEAF.I, LEAF.E] })).toBe('ELIGIBLE');
  });
});

describe('member quantifiers', () => {
  // Ages 8 (E for age < 18), 40 (I), unknown (U).
  const kid = child(8);
  const adult = member({ birthDate: '1984-01-01' });
  const unknown = member({ relation: 'SPOUSE', birthDate: null });
  const minor: Rule = { fact: 'member.age', op: 'lt', value: 18 };
  const q = (members: ReturnType<typeof member>[], rule: Rule) => {
    const ff = facts({ members });
    const c = compileRule(rule);
    expect(c.explain(ff).result).toBe(c.evaluate(ff));
    return c.evaluate(ff);
  };

  it.each([
    ['E I U', [kid, adult, unknown], 'ELIGIBLE', 'INELIGIBLE'],
    ['I U', [adult, unknown], 'UNKNOWN', 'INELIGIBLE'],
    ['I I', [adult, adult], 'INELIGIBLE', 'INELIGIBLE'],
    ['E E', [kid, kid], 'ELIGIBLE', 'ELIGIBLE'],
    ['E U', [kid, unknown], 'ELIGIBLE', 'UNKNOWN'],
    ['no members', [], 'INELIGIBLE', 'ELIGIBLE'],
  ] as const)('%s: anyMember → %s, everyMember → %s', (_name, members, any, every) => {
    expect(q([...members], { anyMember: minor })).toBe(any);
    expect(q([...members], { everyMember: minor })).toBe(every);
  });

  it('member.* inside the quantifier reads that member; household.* still reads the household', () => {
    const rule: Rule = {
      anyMember: {
        all: [
          { fact: 'member.age', op: 'lt', value: 18 },
          { fact: 'household.memberCount', op: 'eq', value: 2 },
        ],
      },
    };
    expect(q([adult, kid], rule)).toBe('ELIGIBLE');
    expect(q([adult, kid, adult], rule)).toBe('INELIGIBLE');
  });

  it('nested quantifiers bind the innermost member', () => {
    const rule: Rule = {
      anyMember: {
        all: [{ fact: 'member.age', op: 'gte', value: 18 }, { anyMember: { fact: 'member.age', op: 'lt', value: 6 } }],
      },
    };
    expect(q([adult, child(4)], rule)).toBe('ELIGIBLE');
    expect(q([adult, child(8)], rule)).toBe('INELIGIBLE');
  });
});
