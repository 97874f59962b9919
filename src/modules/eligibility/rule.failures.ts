// check() and failures(): the verdict and the conditions that make a rule fail or stay unknown, the same lines as
// walking the full explain() trace down its failing branches (at most `limit` leaves), without building the branches
// that hold. The matcher reports these for every candidate it cannot use, so this is its hot path: paths are fixed when
// the rule is compiled, and a condition's sentence depends only on the fact's value, so each condition takes its line
// from the rule's shared leaf lines (rule.lines.ts: built once per value, frozen, handed to every household with that
// value).
// test/unit/eligibility/failures.spec.ts compares the lines with the full trace's.
import type { EligibilityFacts, MemberEligibilityFacts } from './eligibility-facts';
import { compileNode } from './rule.eval';
import { compileExplain } from './rule.explain';
import { E, I, NO_MEMBER, U, VERDICTS } from './rule.leaf';
import { leafLine, type LeafLines } from './rule.lines';
import type { FlatTraceLine } from './rule.trace';
import type { Comparison, Rule, Verdict } from './rule.types';

/** A trace line as flattenTrace gives it, with the kind of node. */
export interface FailedLine extends FlatTraceLine {
  kind: string;
}

/** Pushes the failing lines under a node (none when it holds) and returns its verdict. */
type Walk = (f: EligibilityFacts, m: MemberEligibilityFacts, out: FailedLine[]) => number;

export interface Checked {
  result: Verdict;
  /** For INELIGIBLE and UNKNOWN: the conditions that fail or lack facts; empty when ELIGIBLE. */
  failed: FailedLine[];
}

/**
 * The verdict and the failing lines in one pass: a node that holds pushes nothing (an `any` or
 * `anyMember` that holds drops what its failing children pushed and stops there), so every line
 * left belongs to a failing branch, in trace order.
 */
export function compileCheck(
  rule: Rule,
  limit = 8,
  leaves: LeafLines = new Map(),
): (facts: EligibilityFacts) => Checked {
  const walk = node(leaves, rule, limit, '$', 0);
  return (facts) => {
    const failed: FailedLine[] = [];
    const v = walk(facts, NO_MEMBER, failed);
    return { result: VERDICTS[v], failed };
  };
}

/** A comparison: its shared line (rule.lines.ts), reported unless it holds. */
function comparison(leaves: LeafLines, rule: Comparison, limit: number, path: string, depth: number): Walk {
  const leaf = leafLine(leaves, rule, path, depth);
  const { read, verdictOf, lineOf } = leaf;
  return (f, m, out) => {
    const x = read(f, m);
    const v = verdictOf(x);
    if (v !== E && out.length < limit) out.push(lineOf(x, v)); // a line only where it fails
    return v;
  };
}

/** A negation, or a quantifier over no members: one line from the full trace of the node. */
function whole(rule: Rule, limit: number, path: string, depth: number): Walk {
  const explain = compileExplain(rule);
  const ev = compileNode(rule);
  return (f, m, out) => {
    const v = ev(f, m);
    if (v === E || out.length >= limit) return v;
    const n = explain(f, m, path);
    out.push(
      Object.freeze({ depth, path, member: n.member ?? null, result: n.result, zh: n.zh, en: n.en, kind: n.kind }),
    );
    return v;
  };
}

/** Drops what a branch that holds after all pushed (setting an array's length is a slow call: only when needed). */
function drop(out: FailedLine[], start: number): void {
  if (out.length !== start) out.length = start;
}

function node(leaves: LeafLines, rule: Rule, limit: number, path: string, depth: number): Walk {
  if ('all' in rule || 'any' in rule) {
    const all = 'all' in rule;
    const key = all ? 'all' : 'any';
    const parts = (all ? rule.all : rule.any).map((r, i) => node(leaves, r, limit, `${path}.${key}[${i}]`, depth + 1));
    const n = parts.length;
    if (all)
      return (f, m, out) => {
        let r = E;
        for (let i = 0; i < n; i++) {
          const v = parts[i](f, m, out);
          if (v === I) r = I;
          else if (v === U && r === E) r = U;
        }
        return r;
      };
    return (f, m, out) => {
      const start = out.length;
      let r = I;
      for (let i = 0; i < n; i++) {
        const v = parts[i](f, m, out);
        if (v === E) return (drop(out, start), E);
        if (v === U) r = U;
      }
      return r;
    };
  }
  if ('anyMember' in rule || 'everyMember' in rule) {
    const every = 'everyMember' in rule;
    // Under the quantifier each member is a node (depth + 1) over the inner condition (depth + 2).
    const inner = node(
      leaves,
      every ? rule.everyMember : rule.anyMember,
      limit,
      `${path}.${every ? 'everyMember' : 'anyMember'}`,
      depth + 2,
    );
    const empty = whole(rule, limit, path, depth);
    return (f, m, out) => {
      const ms = f.members;
      if (ms.length === 0) return empty(f, m, out); // a node without children
      const start = out.length;
      let r = every ? E : I;
      for (let i = 0; i < ms.length; i++) {
        const v = inner(f, ms[i], out);
        if (every) {
          if (v === I) r = I;
          else if (v === U && r === E) r = U;
        } else if (v === E) return (drop(out, start), E);
        else if (v === U) r = U;
      }
      return r;
    };
  }
  // A negation is reported as one line, as the trace walk does.
  if ('not' in rule) return whole(rule, limit, path, depth);
  return comparison(leaves, rule, limit, path, depth);
}
