// failures(): the conditions that make a rule fail or stay unknown, the same lines as walking the
// full explain() trace down its failing branches (at most `limit` leaves), without building the
// branches that hold. The matcher reports these for every candidate it cannot use, so this is its
// hot path: paths are fixed when the rule is compiled, and a condition's sentence depends only on
// the fact's value, so each condition takes its line from the rule's shared leaf lines
// (rule.lines.ts: built once per value, frozen, handed to every household with that value).
// test/unit/eligibility/failures.spec.ts compares the lines with the full trace's.
import type { EligibilityFacts, MemberEligibilityFacts } from './eligibility-facts';
import { compileNode } from './rule.eval';
import { compileExplain } from './rule.explain';
import { E, NO_MEMBER, VERDICTS } from './rule.leaf';
import { leafLine, type LeafLines } from './rule.lines';
import type { FlatTraceLine } from './rule.trace';
import type { Comparison, Rule } from './rule.types';

/** A trace line as flattenTrace gives it, with the kind of node. */
export interface FailedLine extends FlatTraceLine {
  kind: string;
}

type Walk = (f: EligibilityFacts, m: MemberEligibilityFacts, out: FailedLine[]) => void;

export function compileFailures(
  rule: Rule,
  limit = 8,
  leaves: LeafLines = new Map(),
): (facts: EligibilityFacts) => FailedLine[] {
  const walk = node(leaves, rule, limit, '$', 0);
  return (facts) => {
    const out: FailedLine[] = [];
    walk(facts, NO_MEMBER, out);
    return out;
  };
}

/** A comparison: its shared line (rule.lines.ts), reported unless it holds. */
function comparison(leaves: LeafLines, rule: Comparison, limit: number, path: string, depth: number): Walk {
  const get = leafLine(leaves, rule, path, depth);
  return (f, m, out) => {
    if (out.length >= limit) return;
    const line = get(f, m);
    if (line.result !== 'ELIGIBLE') out.push(line);
  };
}

/** A negation, or a quantifier over no members: one line from the full trace of the node. */
function whole(rule: Rule, limit: number, path: string, depth: number): Walk {
  const explain = compileExplain(rule);
  const ev = compileNode(rule);
  return (f, m, out) => {
    if (out.length >= limit || ev(f, m) === E) return;
    const n = explain(f, m, path);
    out.push(
      Object.freeze({ depth, path, member: n.member ?? null, result: n.result, zh: n.zh, en: n.en, kind: n.kind }),
    );
  };
}

function node(leaves: LeafLines, rule: Rule, limit: number, path: string, depth: number): Walk {
  if ('all' in rule || 'any' in rule) {
    const ev = compileNode(rule);
    const key = 'all' in rule ? 'all' : 'any';
    const parts = ('all' in rule ? rule.all : rule.any).map((r, i) =>
      node(leaves, r, limit, `${path}.${key}[${i}]`, depth + 1),
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
    const walkInner = node(leaves, inner, limit, `${path}.${key}`, depth + 2);
    const empty = whole(rule, limit, path, depth);
    return (f, m, out) => {
      if (f.members.length === 0) return empty(f, m, out); // a node without children
      if (out.length >= limit || ev(f, NO_MEMBER) === E) return;
      for (const member of f.members) {
        if (out.length >= limit) return;
        if (VERDICTS[innerEv(f, member)] !== 'ELIGIBLE') walkInner(f, member, out);
      }
    };
  }
  // A negation is reported as one line, as the trace walk does.
  if ('not' in rule) return whole(rule, limit, path, depth);
  return comparison(leaves, rule, limit, path, depth);
}
