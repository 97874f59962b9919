// compileRule: validates a rule once and turns it into closures over resolved getters. evaluate()
// is the fast path: small-integer verdicts, short-circuiting, no allocation. Kleene logic:
// all — any I → I, else any U → U, else E; any — any E → E, else any U → U, else I; not swaps E/I;
// anyMember behaves as any over the members (none → I), everyMember as all.
import { NO_MEMBER, VERDICTS } from './rule.leaf';
import { compileExplain } from './rule.explain';
import { compileNode } from './rule.eval';
import { compileCheck } from './rule.failures';
import { compileLines, type LeafLines } from './rule.lines';
import type { CompiledRule, Problem, Rule } from './rule.types';
import { validateRule } from './rule.validate';

export class InvalidRuleError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`invalid eligibility rule: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'InvalidRuleError';
  }
}

export function compileRule(rule: Rule): CompiledRule {
  const checked = validateRule(rule);
  if (!checked.ok) throw new InvalidRuleError(checked.problems);
  const root = compileNode(checked.rule);
  const explain = compileExplain(checked.rule);
  const leaves: LeafLines = new Map(); // one line per value of each comparison, for lines() and check()
  const check = compileCheck(checked.rule, 8, leaves);
  return {
    rule: checked.rule,
    evaluate: (facts) => VERDICTS[root(facts, NO_MEMBER)],
    check,
    failures: (facts) => check(facts).failed,
    lines: compileLines(checked.rule, leaves),
    explain: (facts) => {
      const trace = explain(facts, NO_MEMBER, '$');
      return { result: trace.result, trace };
    },
  };
}
