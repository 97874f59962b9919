// The eligibility rule language as JSON: combinators, member quantifiers and comparisons on named
// facts (rule-facts.ts). A resource stores its rule as data; the compiler turns it into closures.

import type { EligibilityFacts } from './eligibility-facts';
import type { Checked, FailedLine } from './rule.failures';
import type { RuleLines } from './rule.lines';

export const OPERATORS = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'notIn',
  'includes',
  'includesAny',
  'isKnown',
] as const;
export type Operator = (typeof OPERATORS)[number];

export type Scalar = string | number | boolean;

export interface Comparison {
  fact: string;
  op: Operator;
  /** Absent for isKnown; an array for in, notIn and includesAny; a scalar otherwise. */
  value?: Scalar | readonly Scalar[];
}

export type Rule =
  | { all: readonly Rule[] }
  | { any: readonly Rule[] }
  | { not: Rule }
  | { anyMember: Rule }
  | { everyMember: Rule }
  | Comparison;

/** Three-valued (Kleene) verdict: UNKNOWN when a fact the decision needs is null. */
export type Verdict = 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN';

export interface Problem {
  /** JSON path of the offending part, e.g. $.all[1].value */
  path: string;
  message: string;
}

export type RuleValidation = { ok: true; rule: Rule } | { ok: false; problems: Problem[] };

export type TraceKind = 'all' | 'any' | 'not' | 'anyMember' | 'everyMember' | 'member' | 'comparison';

/** One condition of an explained evaluation; children follow the rule's structure. */
export interface TraceNode {
  path: string;
  kind: TraceKind;
  result: Verdict;
  zh: string;
  en: string;
  /**
   * Comparisons only. `expected` is the rule's value; `actual` the fact's value (sets as arrays), null when unknown.
   */
  fact?: string;
  op?: Operator;
  expected?: Scalar | readonly Scalar[] | null;
  actual?: Scalar | readonly Scalar[] | null;
  /** Member nodes (one per household member under a quantifier): the member's index. */
  member?: number;
  children: TraceNode[];
}

export interface Explanation {
  result: Verdict;
  trace: TraceNode;
}

export interface CompiledRule {
  readonly rule: Rule;
  /** Fast path: no allocation, no trace; short-circuits. */
  evaluate(facts: EligibilityFacts): Verdict;
  /** The conditions that fail or lack facts (at most 8), as explain's trace walked down its failing branches. */
  failures(facts: EligibilityFacts): FailedLine[];
  /** evaluate() and failures() in one pass: what the matcher needs for every candidate. */
  check(facts: EligibilityFacts): Checked;
  /** Full tree of conditions with bilingual sentences; always agrees with evaluate. */
  explain(facts: EligibilityFacts): Explanation;
  /** The full tree as flattened lines (depth, kind), without building the tree: what plan items store. */
  lines(facts: EligibilityFacts): RuleLines;
}

export interface AgeBounds {
  minimumAge: number | null;
  maximumAge: number | null;
}
