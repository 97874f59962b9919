// lines(): the full explain() trace as flattenTrace's lines (with each node's kind), built without the
// tree. A plan item stores the whole trace of its resource's rule, so the matcher builds one per item.
// Paths and depths are fixed when the rule is compiled, and a line's sentence depends only on its
// verdict (all, any, not), its counts (quantifiers) or its fact's value (comparisons), so lines are
// built once and shared, frozen, between households. test/unit/eligibility/lines.spec.ts compares
// them with flattenTrace(explain()) over the seeded rules.
import type { EligibilityFacts, MemberEligibilityFacts } from './eligibility-facts';
import { RELATION_LABELS } from './fact-values';
import { comparisonNode } from './rule.explain';
import { compileTest, E, I, NO_MEMBER, reader, leafFact, U, VERDICTS } from './rule.leaf';
import type { FailedLine } from './rule.failures';
import { MARK, VERDICT_WORDS, writtenKey } from './rule.sentences';
import type { Comparison, Rule, Verdict } from './rule.types';

export interface RuleLines {
  result: Verdict;
  lines: FailedLine[];
}

/** Pushes the node's lines (pre-order) and returns its verdict as a small integer. */
type Lines = (f: EligibilityFacts, m: MemberEligibilityFacts, out: FailedLine[]) => number;

export function compileLines(rule: Rule, leaves: LeafLines = new Map()): (facts: EligibilityFacts) => RuleLines {
  const root = node(leaves, rule, '$', 0);
  return (facts) => {
    const lines: FailedLine[] = [];
    const v = root(facts, NO_MEMBER, lines);
    return { result: VERDICTS[v], lines };
  };
}

/** Quantifier lines by (members meeting, members, verdict). */
const MEMO_LIMIT = 512;
const NOT = [E, I, U];
/** "满足 ✓" / "met ✓" by verdict index and language, built once. */
const OUTCOMES = VERDICTS.map((r) => [0, 1].map((lang) => `${VERDICT_WORDS[r][lang]} ${MARK[r]}`));
const outcome = (v: number, lang: 0 | 1) => OUTCOMES[v][lang];

function line(
  depth: number,
  path: string,
  kind: string,
  v: number,
  zh: string,
  en: string,
  member: number | null = null,
) {
  return Object.freeze({ depth, path, member, result: VERDICTS[v], zh, en, kind }) as FailedLine;
}

/** Kleene folds over children's verdicts, as rule.explain.ts's foldAll / foldAny. */
const fold = (all: boolean, hasI: boolean, hasE: boolean, hasU: boolean) =>
  all ? (hasI ? I : hasU ? U : E) : hasE ? E : hasU ? U : I;

function node(leaves: LeafLines, rule: Rule, path: string, depth: number): Lines {
  if ('all' in rule || 'any' in rule) {
    const all = 'all' in rule;
    const key = all ? 'all' : 'any';
    const parts = (all ? rule.all : rule.any).map((r, i) => node(leaves, r, `${path}.${key}[${i}]`, depth + 1));
    const n = parts.length;
    const own = [I, E, U].map((v) =>
      all
        ? line(
            depth,
            path,
            key,
            v,
            `以下${n}项条件须全部满足：${outcome(v, 0)}`,
            `All ${n} conditions below must hold: ${outcome(v, 1)}`,
          )
        : line(
            depth,
            path,
            key,
            v,
            `以下${n}项条件至少满足一项：${outcome(v, 0)}`,
            `At least one of the ${n} conditions below must hold: ${outcome(v, 1)}`,
          ),
    );
    return (f, m, out) => {
      const at = out.push(own[0]) - 1;
      let hasI = false;
      let hasE = false;
      let hasU = false;
      for (let i = 0; i < n; i++) {
        const v = parts[i](f, m, out);
        if (v === I) hasI = true;
        else if (v === E) hasE = true;
        else hasU = true;
      }
      const v = fold(all, hasI, hasE, hasU);
      out[at] = own[v];
      return v;
    };
  }
  if ('not' in rule) {
    const inner = node(leaves, rule.not, `${path}.not`, depth + 1);
    const own = [I, E, U].map((v) =>
      line(
        depth,
        path,
        'not',
        v,
        `以下条件须不成立：${outcome(v, 0)}`,
        `The condition below must not hold: ${outcome(v, 1)}`,
      ),
    );
    return (f, m, out) => {
      const at = out.push(own[0]) - 1;
      const v = NOT[inner(f, m, out)];
      out[at] = own[v];
      return v;
    };
  }
  if ('anyMember' in rule || 'everyMember' in rule) return quantifier(leaves, rule, path, depth);
  return comparison(leaves, rule, path, depth);
}

function quantifier(
  leaves: LeafLines,
  rule: { anyMember: Rule } | { everyMember: Rule },
  path: string,
  depth: number,
): Lines {
  const every = 'everyMember' in rule;
  const key = every ? 'everyMember' : 'anyMember';
  const inner = node(leaves, every ? rule.everyMember : rule.anyMember, `${path}.${key}`, depth + 2);
  const memo = new Map<number, FailedLine>();
  const own = (met: number, n: number, v: number) => {
    const k = (met * 1024 + n) * 3 + v;
    let l = memo.get(k);
    if (!l) {
      l = every
        ? line(
            depth,
            path,
            key,
            v,
            `每名家庭成员都须满足以下条件（${met}/${n}名满足）：${outcome(v, 0)}`,
            `Every household member must meet the condition below (${met} of ${n} do): ${outcome(v, 1)}`,
          )
        : line(
            depth,
            path,
            key,
            v,
            `至少一名家庭成员须满足以下条件（${met}/${n}名满足）：${outcome(v, 0)}`,
            `At least one household member must meet the condition below (${met} of ${n} do): ${outcome(v, 1)}`,
          );
      if (memo.size < MEMO_LIMIT) memo.set(k, l);
    }
    return l;
  };
  const members = memberLines(path, depth + 1);
  return (f, _m, out) => {
    const at = out.push(PENDING) - 1;
    let hasI = false;
    let hasE = false;
    let hasU = false;
    let met = 0;
    for (const member of f.members) {
      const mAt = out.push(PENDING) - 1;
      const v = inner(f, member, out);
      out[mAt] = members(member, v);
      if (v === I) hasI = true;
      else if (v === E) ((hasE = true), met++);
      else hasU = true;
    }
    const v = fold(every, hasI, hasE, hasU);
    out[at] = own(met, f.members.length, v);
    return v;
  };
}

const PENDING = Object.freeze({}) as FailedLine;

/** A member's "成员1（户主，80岁）：" in both languages, once per member of a household (every rule reuses it). */
const WHO = new WeakMap<MemberEligibilityFacts, readonly [string, string]>();

function who(m: MemberEligibilityFacts): readonly [string, string] {
  let w = WHO.get(m);
  if (!w) {
    const rel = m.relation === null ? null : RELATION_LABELS[m.relation];
    const zhWho = `${rel?.[0] ?? '关系未知'}，${m.age === null ? '年龄未知' : `${m.age}岁`}`;
    const enWho = `${rel?.[1] ?? 'relation unknown'}, ${m.age === null ? 'age unknown' : `aged ${m.age}`}`;
    w = [`成员${m.index + 1}（${zhWho}）：`, `Member ${m.index + 1} (${enWho}): `];
    WHO.set(m, w);
  }
  return w;
}

function memberLine(m: MemberEligibilityFacts, v: number, path: string, depth: number): FailedLine {
  const [zh, en] = who(m);
  return line(depth, path, 'member', v, zh + outcome(v, 0), en + outcome(v, 1), m.index);
}

const RELATION_KEY = new Map<unknown, number>(Object.keys(RELATION_LABELS).map((r, i) => [r, i + 1]));
RELATION_KEY.set(null, 0);

/**
 * A quantifier's member lines, kept by what they say (member number, relation, age, verdict): the
 * same member line for every household whose member reads the same, as the comparisons' lines are.
 */
function memberLines(path: string, depth: number): (m: MemberEligibilityFacts, v: number) => FailedLine {
  const memo = new Map<number, FailedLine>();
  return (m, v) => {
    const rel = RELATION_KEY.get(m.relation);
    const age = m.age === null ? 255 : m.age;
    if (rel === undefined || !Number.isInteger(age) || age < 0 || age > 255 || m.index < 0 || m.index > 255)
      return memberLine(m, v, path, depth);
    const key = ((m.index * 256 + age) * 16 + rel) * 3 + v;
    let l = memo.get(key);
    if (!l) {
      l = memberLine(m, v, path, depth);
      if (memo.size < MEMO_LIMIT * 8) memo.set(key, l);
    }
    return l;
  };
}

/** A comparison's line for a household or member, kept per value of its fact (bounded). */
/** A comparison: its verdict for a household or member (cheap), and its line (kept per value, bounded). */
export interface LeafLine {
  /** The fact's value for a household or member. */
  read(f: EligibilityFacts, m: MemberEligibilityFacts): unknown;
  /** The verdict on a value just read. */
  verdictOf(x: unknown): number;
  /** The line for a value just read and its verdict. */
  lineOf(x: unknown, v: number): FailedLine;
  verdict(f: EligibilityFacts, m: MemberEligibilityFacts): number;
  /** The line for the verdict just decided on the same facts. */
  line(f: EligibilityFacts, m: MemberEligibilityFacts, v: number): FailedLine;
  /** Both in one read of the fact (the line's result is the verdict). */
  lineAndVerdict(f: EligibilityFacts, m: MemberEligibilityFacts): FailedLine;
}
/** One rule's leaf lines by path, shared by its lines() and check() so each value is built once. */
export type LeafLines = Map<string, LeafLine>;

/**
 * Sentences of values a comparison has seen: enough for the value spread of a city's households on
 * most facts (ages, grades, counts, sets), bounded so that continuous facts cannot grow it without end.
 */
const LEAF_MEMO_LIMIT = 4096;
/** Whole numbers below this are kept by value in arrays (a small bound: arrays stay dense). */
const SMALL = 512;

export function leafLine(leaves: LeafLines, rule: Comparison, path: string, depth: number): LeafLine {
  let leaf = leaves.get(path);
  if (leaf) return leaf;
  const build = comparisonNode(rule);
  const def = leafFact(rule);
  const read = reader(def);
  const test = rule.op === 'isKnown' ? null : compileTest(def, rule);
  // Numbers are kept by their written form and verdict (a ratio of 0.8312 reads as 0.83).
  const memos = [new Map<unknown, FailedLine>(), new Map<unknown, FailedLine>(), new Map<unknown, FailedLine>()];
  let size = 0;
  // The verdict as rule.eval.ts decides it (isKnown: known or not; otherwise unknown, or the test).
  const verdictOf = (x: ReturnType<typeof read>) =>
    test === null ? (x === null ? I : E) : x === null ? U : test(x) ? E : I;
  // Unknown, true and false are a third of the lookups: each has one line per verdict, kept in slots.
  const fixed: Array<Array<FailedLine | undefined>> = [[], [], []];
  const slot = (x: unknown) => (x === null ? 0 : x === true ? 1 : x === false ? 2 : -1);
  const build1 = (x: ReturnType<typeof read>) => {
    const n = build(x, path);
    return line(depth, path, n.kind, VERDICT_INDEX[n.result], n.zh, n.en);
  };
  // Small whole numbers (ages, counts, grades, set masks) read as themselves: kept in arrays by value.
  const small: Array<Array<FailedLine | undefined>> = [[], [], []];
  const share = def.unit === 'share';
  const lineOf = (x: ReturnType<typeof read>, v: number) => {
    if (typeof x === 'number' && !share && x >= 0 && x < SMALL && Number.isInteger(x)) {
      const at = small[v];
      return (at[x] ??= build1(x));
    }
    const s = slot(x);
    if (s >= 0) return (fixed[v][s] ??= build1(x));
    const key = typeof x === 'number' ? writtenKey(def, x) : x;
    let l = memos[v].get(key);
    if (!l) {
      l = build1(x);
      if (size++ < LEAF_MEMO_LIMIT) memos[v].set(key, l);
    }
    return l;
  };
  leaf = {
    read,
    verdictOf: verdictOf as (x: unknown) => number,
    lineOf: lineOf as (x: unknown, v: number) => FailedLine,
    verdict: (f, m) => verdictOf(read(f, m)),
    line: (f, m, v) => lineOf(read(f, m), v),
    lineAndVerdict(f, m) {
      const x = read(f, m);
      return lineOf(x, verdictOf(x));
    },
  };
  leaves.set(path, leaf);
  return leaf;
}

function comparison(leaves: LeafLines, rule: Comparison, path: string, depth: number): Lines {
  const leaf = leafLine(leaves, rule, path, depth);
  return (f, m, out) => {
    const l = leaf.lineAndVerdict(f, m);
    out.push(l);
    return VERDICT_INDEX[l.result];
  };
}

export const VERDICT_INDEX = { INELIGIBLE: I, ELIGIBLE: E, UNKNOWN: U } as const;
