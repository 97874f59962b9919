// lines() against the full explain() trace flattened in pre-order (what plan items stored before):
// the same lines, kinds and verdicts for every seeded rule over 1,000 synthetic households, and
// lines shared between households are frozen so that no caller can alter another's.
import catalogue from '../../../seeds/data/catalogue.json';
import { buildEligibilityFacts, compileRule, type Rule, type TraceNode } from '../../../src/modules/eligibility';
import { SYNTHETIC_STANDARD, syntheticHouseholds } from '../../../src/modules/eligibility/bench/households.synthetic';

function flatten(root: TraceNode) {
  const out: Array<Record<string, unknown>> = [];
  const walk = (n: TraceNode, depth: number) => {
    out.push({ depth, path: n.path, member: n.member ?? null, result: n.result, zh: n.zh, en: n.en, kind: n.kind });
    for (const c of n.children) walk(c, depth + 1);
  };
  walk(root, 0);
  return out;
}

const rules = catalogue.resources.map((r) => compileRule(r.eligibility as Rule));

it('gives exactly the flattened full trace, for every seeded rule', () => {
  let compared = 0;
  const kinds = new Set<string>();
  for (const { facts, extra } of syntheticHouseholds(1000, 7)) {
    const f = buildEligibilityFacts(facts, extra, SYNTHETIC_STANDARD);
    for (const rule of rules) {
      const explained = rule.explain(f);
      const got = rule.lines(f);
      const want = flatten(explained.trace);
      if (got.result !== explained.result) expect(got.result).toBe(explained.result);
      if (JSON.stringify(got.lines) !== JSON.stringify(want)) expect(got.lines).toEqual(want);
      for (const l of got.lines) kinds.add(l.kind);
      compared++;
    }
  }
  expect(compared).toBe(1000 * catalogue.resources.length);
  // The seeded rules exercise every kind of node the compiler builds lines for.
  expect([...kinds].sort()).toEqual(expect.arrayContaining(['all', 'any', 'anyMember', 'comparison', 'member']));
});

it('hands out frozen lines', () => {
  const [{ facts, extra }] = syntheticHouseholds(1, 3);
  const f = buildEligibilityFacts(facts, extra, SYNTHETIC_STANDARD);
  for (const rule of rules) for (const l of rule.lines(f).lines) expect(Object.isFrozen(l)).toBe(true);
  for (const rule of rules) for (const l of rule.failures(f)) expect(Object.isFrozen(l)).toBe(true);
});
