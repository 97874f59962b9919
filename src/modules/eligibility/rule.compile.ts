// compileRule: validates a rule once and turns it into closures over resolved getters. evaluate()
// is the fast path: small-integer verdicts, short-circuiting, no allocation. Kleene logic:
// all — any I → I, else any U → U, else E; any — any E → E, else any U → U, else I; not swaps E/I;
// anyMember behaves as any over the members (none → I), everyMember as all.
import type { EligibilityFacts, MemberEligibilityFacts } from './eligibility-facts';
import { compileTest, E, I, leafFact, NO_MEMBER, reader, U, VERDICTS } from './rule.leaf';
import { compileExplain } from './rule.explain';
import type { CompiledRule, Comparison, Problem, Rule } from './rule.types';
import { validateRule } from './rule.validate';

type Eval = (f: EligibilityFacts, m: MemberEligibilityFacts) => number;

const NOT = [E, I, U];

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
  return {
    rule: checked.rule,
    evaluate: (facts) => VERDICTS[root(facts, NO_MEMBER)],
    explain: (facts) => {
      const trace = explain(facts, NO_MEMBER, '$');
      return { result: trace.result, trace };
    },
  };
}

function compileNode(rule: Rule): Eval {
  if ('all' in rule) return allOf(rule.all.map(compileNode));
  if ('any' in rule) return anyOf(rule.any.map(compileNode));
  if ('not' in rule) {
    const c = compileNode(rule.not);
    return (f, m) => NOT[c(f, m)];
  }
  if ('anyMember' in rule) return anyMember(compileNode(rule.anyMember));
  if ('everyMember' in rule) return everyMember(compileNode(rule.everyMember));
  return comparison(rule);
}

function allOf(cs: readonly Eval[]): Eval {
  if (cs.length === 1) return cs[0];
  const n = cs.length;
  return (f, m) => {
    let r = E;
    for (let i = 0; i < n; i++) {
      const c = cs[i](f, m);
      if (c === I) return I;
      if (c === U) r = U;
    }
    return r;
  };
}

function anyOf(cs: readonly Eval[]): Eval {
  if (cs.length === 1) return cs[0];
  const n = cs.length;
  return (f, m) => {
    let r = I;
    for (let i = 0; i < n; i++) {
      const c = cs[i](f, m);
      if (c === E) return E;
      if (c === U) r = U;
    }
    return r;
  };
}

function anyMember(c: Eval): Eval {
  return (f) => {
    const ms = f.members;
    let r = I;
    for (let i = 0; i < ms.length; i++) {
      const v = c(f, ms[i]);
      if (v === E) return E;
      if (v === U) r = U;
    }
    return r;
  };
}

function everyMember(c: Eval): Eval {
  return (f) => {
    const ms = f.members;
    let r = E;
    for (let i = 0; i < ms.length; i++) {
      const v = c(f, ms[i]);
      if (v === I) return I;
      if (v === U) r = U;
    }
    return r;
  };
}

function comparison(c: Comparison): Eval {
  const def = leafFact(c);
  const read = reader(def);
  if (c.op === 'isKnown') return (f, m) => (read(f, m) === null ? I : E);
  const test = compileTest(def, c);
  return (f, m) => {
    const x = read(f, m);
    return x === null ? U : test(x) ? E : I;
  };
}
