// Property test: explain() and evaluate() are two implementations of the same Kleene semantics
// (short-circuiting small-integer closures vs. full trace folding). They must agree on every
// catalogue rule and on random rules, over deterministic random households.
import catalogue from '../../../seeds/data/catalogue.json';
import {
  buildEligibilityFacts,
  compileRule,
  FACTS,
  validateRule,
  type EligibilityFacts,
  type FactDef,
  type Rule,
  type Scalar,
  type TraceNode,
} from '../../../src/modules/eligibility';
import {
  mulberry32,
  SYNTHETIC_STANDARD,
  syntheticHouseholds,
  type Random,
} from '../../../src/modules/eligibility/bench/households.synthetic';

const households: EligibilityFacts[] = syntheticHouseholds(400, 7).map((h) =>
  buildEligibilityFacts(h.facts, h.extra, SYNTHETIC_STANDARD),
);

const pick = <T>(rand: Random, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const NUMBERS: Record<string, readonly number[]> = {
  'household.incomeRatio': [0.5, 1, 1.5, 2],
  'household.edgeIncomeRatio': [0.5, 1],
  'member.age': [3, 12, 18, 60, 80],
};

function randomValue(rand: Random, def: FactDef): Scalar {
  const t = def.type;
  if (t.kind === 'number') return pick(rand, NUMBERS[def.name] ?? [0, 1, 2, 3, 5]);
  if (t.kind === 'boolean') return rand() < 0.5;
  if (t.kind === 'string') return pick(rand, ['310105', '310105001', '310104']);
  return pick(rand, t.values);
}

function randomComparison(rand: Random, inMember: boolean): Rule {
  const def = pick(
    rand,
    FACTS.filter((f) => inMember || f.scope === 'household'),
  );
  const ops = {
    number: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'notIn', 'isKnown'],
    boolean: ['eq', 'ne', 'isKnown'],
    string: ['eq', 'ne', 'in', 'notIn', 'isKnown'],
    'string-enum': ['eq', 'ne', 'in', 'notIn', 'isKnown'],
    set: ['includes', 'includesAny', 'isKnown'],
  }[def.type.kind];
  const op = pick(rand, ops) as 'eq';
  if (op === ('isKnown' as string)) return { fact: def.name, op: 'isKnown' };
  const list = ['in', 'notIn', 'includesAny'].includes(op);
  return {
    fact: def.name,
    op,
    value: list ? [randomValue(rand, def), randomValue(rand, def)] : randomValue(rand, def),
  };
}

function randomRule(rand: Random, depth: number, inMember: boolean): Rule {
  const k = depth === 0 ? 9 : Math.floor(rand() * 10);
  const children = () =>
    Array.from({ length: 1 + Math.floor(rand() * 3) }, () => randomRule(rand, depth - 1, inMember));
  switch (k) {
    case 0:
    case 1:
      return { all: children() };
    case 2:
    case 3:
      return { any: children() };
    case 4:
      return { not: randomRule(rand, depth - 1, inMember) };
    case 5:
      return { anyMember: randomRule(rand, depth - 1, true) };
    case 6:
      return { everyMember: randomRule(rand, depth - 1, true) };
    default:
      return randomComparison(rand, inMember);
  }
}

/** Every node of a trace is consistent with its children under Kleene logic. */
function checkTrace(n: TraceNode): void {
  const rs = n.children.map((c) => c.result);
  const all = rs.includes('INELIGIBLE') ? 'INELIGIBLE' : rs.includes('UNKNOWN') ? 'UNKNOWN' : 'ELIGIBLE';
  const any = rs.includes('ELIGIBLE') ? 'ELIGIBLE' : rs.includes('UNKNOWN') ? 'UNKNOWN' : 'INELIGIBLE';
  if (n.kind === 'all' || n.kind === 'everyMember') expect(n.result).toBe(all);
  if (n.kind === 'any' || n.kind === 'anyMember') expect(n.result).toBe(any);
  if (n.kind === 'member') expect(n.result).toBe(rs[0]);
  n.children.forEach(checkTrace);
}

describe('explain and evaluate agree', () => {
  it('on every catalogue rule over 400 random households', () => {
    const seen = new Set<string>();
    for (const r of catalogue.resources) {
      const c = compileRule(r.eligibility as Rule);
      for (const f of households) {
        const result = c.evaluate(f);
        seen.add(result);
        expect(c.explain(f).result).toBe(result);
      }
    }
    expect([...seen].sort()).toEqual(['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN']);
  });

  it('on 300 random rules, and every trace node folds its children by Kleene logic', () => {
    const rand = mulberry32(42);
    const tally = { ELIGIBLE: 0, INELIGIBLE: 0, UNKNOWN: 0 };
    for (let i = 0; i < 300; i++) {
      const rule = randomRule(rand, 4, false);
      expect(validateRule(rule).ok).toBe(true);
      const c = compileRule(rule);
      for (const f of households.slice(0, 60)) {
        const { result, trace } = c.explain(f);
        expect(result).toBe(c.evaluate(f));
        tally[result]++;
        if (i < 40) checkTrace(trace);
      }
    }
    for (const n of Object.values(tally)) expect(n).toBeGreaterThan(500);
  });
});
