// explain(): the same rule compiled a second way, into closures that evaluate every condition (no
// short-circuit) and build a trace tree with bilingual sentences. Combinators fold verdicts here with
// their own Kleene code, so the property test comparing it with evaluate() checks two implementations.
import type { EligibilityFacts, MemberEligibilityFacts } from './eligibility-facts';
import { RELATION_LABELS, valuesInMask } from './fact-values';
import { compileTest, E, I, leafFact, reader, U, VERDICTS } from './rule.leaf';
import { capitalise, condition, formatValue, label, MARK, VERDICT_WORDS } from './rule.sentences';
import type { Comparison, Rule, Scalar, TraceKind, TraceNode, Verdict } from './rule.types';
import type { FactValue } from './rule-facts';

export type ExplainFn = (f: EligibilityFacts, m: MemberEligibilityFacts, path: string) => TraceNode;

export function foldAll(rs: readonly Verdict[]): Verdict {
  return rs.includes('INELIGIBLE') ? 'INELIGIBLE' : rs.includes('UNKNOWN') ? 'UNKNOWN' : 'ELIGIBLE';
}
export function foldAny(rs: readonly Verdict[]): Verdict {
  return rs.includes('ELIGIBLE') ? 'ELIGIBLE' : rs.includes('UNKNOWN') ? 'UNKNOWN' : 'INELIGIBLE';
}
const negate = (r: Verdict): Verdict => (r === 'ELIGIBLE' ? 'INELIGIBLE' : r === 'INELIGIBLE' ? 'ELIGIBLE' : 'UNKNOWN');
const outcome = (r: Verdict, lang: 0 | 1) => `${VERDICT_WORDS[r][lang]} ${MARK[r]}`;

function node(
  path: string,
  kind: TraceKind,
  result: Verdict,
  zh: string,
  en: string,
  children: TraceNode[],
): TraceNode {
  return { path, kind, result, zh, en, children };
}

export function compileExplain(rule: Rule): ExplainFn {
  if ('all' in rule || 'any' in rule) {
    const isAll = 'all' in rule;
    const key = isAll ? 'all' : 'any';
    const cs = (isAll ? rule.all : rule.any).map(compileExplain);
    let parent = '';
    let paths: string[] = [];
    return (f, m, path) => {
      if (path !== parent) ((parent = path), (paths = cs.map((_, i) => `${path}.${key}[${i}]`)));
      const children = cs.map((c, i) => c(f, m, paths[i]));
      const r = (isAll ? foldAll : foldAny)(children.map((c) => c.result));
      const n = cs.length;
      return isAll
        ? node(
            path,
            'all',
            r,
            `以下${n}项条件须全部满足：${outcome(r, 0)}`,
            `All ${n} conditions below must hold: ${outcome(r, 1)}`,
            children,
          )
        : node(
            path,
            'any',
            r,
            `以下${n}项条件至少满足一项：${outcome(r, 0)}`,
            `At least one of the ${n} conditions below must hold: ${outcome(r, 1)}`,
            children,
          );
    };
  }
  if ('not' in rule) {
    const c = compileExplain(rule.not);
    return (f, m, path) => {
      const child = c(f, m, `${path}.not`);
      const r = negate(child.result);
      return node(
        path,
        'not',
        r,
        `以下条件须不成立：${outcome(r, 0)}`,
        `The condition below must not hold: ${outcome(r, 1)}`,
        [child],
      );
    };
  }
  if ('anyMember' in rule || 'everyMember' in rule) return quantifier(rule);
  return comparison(rule);
}

function comparison(c: Comparison): ExplainFn {
  const read = reader(leafFact(c));
  const build = comparisonNode(c);
  // A comparison's node depends only on the fact's value (and its fixed path): kept per value, bounded.
  const memo = new Map<unknown, TraceNode>();
  return (f, m, path) => {
    const x = read(f, m);
    const hit = memo.get(x);
    if (hit && hit.path === path) return hit;
    const built = build(x, path);
    if (memo.size < MEMO_LIMIT) memo.set(x, built);
    return built;
  };
}

function quantifier(rule: { anyMember: Rule } | { everyMember: Rule }): ExplainFn {
  const every = 'everyMember' in rule;
  const key = every ? 'everyMember' : 'anyMember';
  const c = compileExplain(every ? rule.everyMember : rule.anyMember);
  return (f, _m, path) => {
    const children = f.members.map((member) => memberNode(c(f, member, `${path}.${key}`), member, path));
    const r = (every ? foldAll : foldAny)(children.map((x) => x.result));
    const met = children.filter((x) => x.result === 'ELIGIBLE').length;
    const n = children.length;
    return every
      ? node(
          path,
          key,
          r,
          `每名家庭成员都须满足以下条件（${met}/${n}名满足）：${outcome(r, 0)}`,
          `Every household member must meet the condition below (${met} of ${n} do): ${outcome(r, 1)}`,
          children,
        )
      : node(
          path,
          key,
          r,
          `至少一名家庭成员须满足以下条件（${met}/${n}名满足）：${outcome(r, 0)}`,
          `At least one household member must meet the condition below (${met} of ${n} do): ${outcome(r, 1)}`,
          children,
        );
  };
}

function memberNode(inner: TraceNode, m: MemberEligibilityFacts, path: string): TraceNode {
  const rel = m.relation === null ? null : RELATION_LABELS[m.relation];
  const zhWho = `${rel?.[0] ?? '关系未知'}，${m.age === null ? '年龄未知' : `${m.age}岁`}`;
  const enWho = `${rel?.[1] ?? 'relation unknown'}, ${m.age === null ? 'age unknown' : `aged ${m.age}`}`;
  const r = inner.result;
  return {
    path,
    kind: 'member',
    result: r,
    zh: `成员${m.index + 1}（${zhWho}）：${outcome(r, 0)}`,
    en: `Member ${m.index + 1} (${enWho}): ${outcome(r, 1)}`,
    member: m.index,
    children: [inner],
  };
}

/** A comparison's node for a value of its fact (not kept: callers keep what they need). */
export function comparisonNode(c: Comparison): (x: FactValue, path: string) => TraceNode {
  const def = leafFact(c);
  const test = compileTest(def, c);
  const { fact, op } = c;
  const expected = c.value ?? null;
  const zhLabel = label(def, 'zh');
  const enLabel = capitalise(label(def, 'en'));
  const t = def.type;
  const colon = t.kind === 'set' || t.kind === 'boolean'; // "标签：值" rather than "标签为值"
  // Sentence parts that do not depend on the household are built once, here.
  const unknownZh =
    op === 'isKnown'
      ? `尚不知道${zhLabel}`
      : `尚不知道${zhLabel}（条件：${condition(def, op, c.value, 'zh', 'short')}）`;
  const unknownEn =
    op === 'isKnown'
      ? `${enLabel} is not known`
      : `${enLabel} is not known (condition: ${condition(def, op, c.value, 'en', 'short')})`;
  const knownZh = op === 'isKnown' ? '已知' : `，${condition(def, op, c.value, 'zh', 'short')}`;
  const knownEn = op === 'isKnown' ? ' is known' : `, ${condition(def, op, c.value, 'en', 'short')}`;
  const [zhIs, enIs] = colon ? ['：', ': '] : ['为', ' is '];
  return build;
  function build(x: FactValue, path: string): TraceNode {
    const v = op === 'isKnown' ? (x === null ? I : E) : x === null ? U : test(x) ? E : I;
    const result = VERDICTS[v];
    const mark = MARK[result];
    const actual: Scalar | Scalar[] | null =
      x === null ? null : t.kind === 'set' ? valuesInMask(t.values, x as number) : x;
    let zh: string;
    let en: string;
    if (actual === null) {
      zh = `${unknownZh} ${mark}`;
      en = `${unknownEn} ${mark}`;
    } else if (op === 'isKnown') {
      zh = `${zhLabel}${knownZh} ${mark}`;
      en = `${enLabel}${knownEn} ${mark}`;
    } else {
      zh = `${zhLabel}${zhIs}${formatValue(def, actual, 'zh', 'long')}${knownZh} ${mark}`;
      en = `${enLabel}${enIs}${formatValue(def, actual, 'en', 'long')}${knownEn} ${mark}`;
    }
    return Object.freeze({ path, kind: 'comparison', result, zh, en, fact, op, expected, actual, children: [] });
  }
}

const MEMO_LIMIT = 512;
