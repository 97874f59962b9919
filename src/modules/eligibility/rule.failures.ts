// failures(): the conditions that make a rule fail or stay unknown, the same lines as walking the
// full explain() trace down its failing branches (at most `limit` leaves), without building the
// branches that hold. The matcher reports these for every candidate it cannot use, so this is its
// hot path: paths are fixed when the rule is compiled, and a condition's sentence depends only on
// the fact's value, so each condition keeps the sentences of the values it has seen (bounded).
// test/unit/eligibility/failures.spec.ts compares the lines with the full trace's.
import type { EligibilityFacts, MemberEligibilityFacts } from './eligibility-facts';
import { compileNode } from './rule.eval';
import { compileExplain } from './rule.explain';
import { E, NO_MEMBER, reader, leafFact, VERDICTS } from './rule.leaf';
import type { FlatTraceLine } from './rule.trace';
import type { Rule } from './rule.types';

/** A trace line as flattenTrace gives it, with the kind of node. */
export interface FailedLine extends FlatTraceLine {
  kind: string;
}

type Walk = (f: EligibilityFacts, m: MemberEligibilityFacts, out: FailedLine[]) => void;

export function compileFailures(rule: Rule, limit = 8): (facts: EligibilityFacts) => FailedLine[] {
  const walk = node(rule, limit, '$', 0);
  return (facts) => {
    const out: FailedLine[] = [];
    walk(facts, NO_MEMBER, out);
    return out;
  };
}

const MEMO_LIMIT = 512;

function leaf(rule: Rule, limit: number, path: string, depth: number): Walk {
  const explain = compileExplain(rule);
  const ev = compileNode(rule);
  // A comparison's line is fixed by its fact's value; a negation's by its verdict alone.
  const read = 'fact' in rule ? reader(leafFact(rule)) : null;
  const memo = new Map<unknown, FailedLine>();
  return (f, m, out) => {
    if (out.length >= limit || ev(f, m) === E) return;
    const key = read ? read(f, m) : 'not';
    let line = memo.get(key);
    if (!line) {
      const n = explain(f, m, path);
      line = { depth, path, member: n.member ?? null, result: n.result, zh: n.zh, en: n.en, kind: n.kind };
      if (memo.size < MEMO_LIMIT && read) memo.set(key, line);
    }
    out.push({ ...line });
  };
}

function node(rule: Rule, limit: number, path: string, depth: number): Walk {
  if ('all' in rule || 'any' in rule) {
    const ev = compileNode(rule);
    const key = 'all' in rule ? 'all' : 'any';
    const parts = ('all' in rule ? rule.all : rule.any).map((r, i) =>
      node(r, limit, `${path}.${key}[${i}]`, depth + 1),
    );
    return (f, m, out) => {
      if (out.length >= limit || ev(f, m) === E) return;
      for (let i = 0; i < parts.length; i++) parts[i](f, m, out);
    };
  }
  if ('anyMember' in rule || 'everyMember' in rule) {
    const ev = compileNode(rule);
    const key = 'anyMember' in rule ? 'anyMember' : 'everyMember';
    const inner = 'anyMember' in rule ? rule.anyMember : rule.everyMember;
    const innerEv = compileNode(inner);
    // Under the quantifier each member is a node (depth + 1) over the inner condition (depth + 2).
    const walkInner = node(inner, limit, `${path}.${key}`, depth + 2);
    const whole = leaf(rule, limit, path, depth);
    return (f, m, out) => {
      if (f.members.length === 0) return whole(f, m, out); // a node without children
      if (out.length >= limit || ev(f, NO_MEMBER) === E) return;
      for (const member of f.members) {
        if (out.length >= limit) return;
        if (VERDICTS[innerEv(f, member)] !== 'ELIGIBLE') walkInner(f, member, out);
      }
    };
  }
  // A comparison, and a negation (reported as one line, as the trace walk does).
  return leaf(rule, limit, path, depth);
}
