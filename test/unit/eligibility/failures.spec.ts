// check() and failures() against the full explain() trace walked down its failing branches (what the matcher
// reported before): the same lines for every seeded rule over 1,000 synthetic households.
import catalogue from '../../../seeds/data/catalogue.json';
import { buildEligibilityFacts, compileRule, type Rule, type TraceNode } from '../../../src/modules/eligibility';
import { SYNTHETIC_STANDARD, syntheticHouseholds } from '../../../src/modules/eligibility/bench/households.synthetic';

function fromTrace(root: TraceNode) {
  const out: Array<Record<string, unknown>> = [];
  const walk = (n: TraceNode, depth: number) => {
    if (n.result === 'ELIGIBLE' || out.length >= 8) return;
    if (n.kind === 'comparison' || n.kind === 'not' || n.children.length === 0) {
      out.push({ depth, path: n.path, member: n.member ?? null, result: n.result, zh: n.zh, en: n.en, kind: n.kind });
      return;
    }
    for (const c of n.children) walk(c, depth + 1);
  };
  walk(root, 0);
  return out;
}

it('gives exactly the failing lines of the full trace, for every seeded rule', () => {
  const rules = catalogue.resources.map((r) => ({ compiled: compileRule(r.eligibility as Rule) }));
  let compared = 0;
  for (const { facts, extra } of syntheticHouseholds(1000, 99)) {
    const f = buildEligibilityFacts(facts, extra, SYNTHETIC_STANDARD);
    for (const r of rules) {
      const explained = r.compiled.explain(f);
      const checked = r.compiled.check(f);
      // check() is one pass: its verdict is evaluate()'s and explain()'s, its lines the failing ones.
      if (checked.result !== explained.result) expect(checked.result).toBe(explained.result);
      if (checked.result !== r.compiled.evaluate(f)) expect(checked.result).toBe(r.compiled.evaluate(f));
      const got = JSON.stringify(checked.failed);
      const want = JSON.stringify(fromTrace(explained.trace));
      if (got !== want) expect(got).toBe(want);
      compared++;
    }
  }
  expect(compared).toBe(1000 * catalogue.resources.length);
});
