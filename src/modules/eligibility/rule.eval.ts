// The fast evaluator of a rule: closures over resolved getters returning small-integer verdicts,
// short-circuiting, no allocation (Kleene logic as described in rule.compile.ts).
import type { EligibilityFacts, MemberEligibilityFacts } from './eligibility-facts';
import { compileTest, E, I, leafFact, reader, U } from './rule.leaf';
import type { Comparison, Rule } from './rule.types';

export type Eval = (f: EligibilityFacts, m: MemberEligibilityFacts) => number;

const NOT = [E, I, U];

export function compileNode(rule: Rule): Eval {
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
