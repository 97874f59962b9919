// describeRule: a short zh/en summary of a rule (HSDS eligibility_description); ageBounds: the age
// range a rule requires of some member, from member.age conditions (HSDS minimum_age / maximum_age).
import { factDef } from './rule-facts';
import { condition, label } from './rule.sentences';
import type { AgeBounds, Comparison, Rule, Scalar } from './rule.types';

export interface RuleSummary {
  zh: string;
  en: string;
}

export function describeRule(rule: Rule): RuleSummary {
  return { zh: phrase(rule, 'zh', true), en: phrase(rule, 'en', true) };
}

function phrase(rule: Rule, lang: 'zh' | 'en', top: boolean): string {
  const zh = lang === 'zh';
  const wrap = (s: string) => (top ? s : zh ? `（${s}）` : `(${s})`);
  if ('all' in rule)
    return rule.all.length === 1
      ? phrase(rule.all[0], lang, top)
      : wrap(rule.all.map((r) => phrase(r, lang, false)).join(zh ? '，且' : ' and '));
  if ('any' in rule)
    return rule.any.length === 1
      ? phrase(rule.any[0], lang, top)
      : wrap(rule.any.map((r) => phrase(r, lang, false)).join(zh ? '，或' : ' or '));
  if ('not' in rule) return zh ? `并非${phrase(rule.not, lang, false)}` : `not ${phrase(rule.not, lang, false)}`;
  if ('anyMember' in rule)
    return zh
      ? `至少一名成员${phrase(rule.anyMember, lang, false)}`
      : `some member: ${phrase(rule.anyMember, lang, false)}`;
  if ('everyMember' in rule)
    return zh
      ? `全体成员${phrase(rule.everyMember, lang, false)}`
      : `every member: ${phrase(rule.everyMember, lang, false)}`;
  return comparisonPhrase(rule, lang);
}

function comparisonPhrase(c: Comparison, lang: 'zh' | 'en'): string {
  const def = factDef(c.fact);
  if (def === undefined) return `${c.fact} ${c.op} ${JSON.stringify(c.value)}`;
  const name = label(def, lang);
  if (def.type.kind === 'boolean' && (c.op === 'eq' || c.op === 'ne')) {
    const yes = (c.op === 'eq') === (c.value === true);
    return yes ? name : lang === 'zh' ? `非“${name}”` : `not ${name}`;
  }
  if (def.type.kind === 'set' && c.op === 'includesAny') {
    return lang === 'zh'
      ? `${name}含${condition(def, 'in', c.value, lang, 'long').replace(/^须为|之一$/g, '')}之一`
      : `${name} include any of ${condition(def, 'in', c.value, lang, 'long').replace(/^must be one of /, '')}`;
  }
  return lang === 'zh'
    ? `${name}${condition(def, c.op, c.value, lang, 'long')}`
    : `${name} ${condition(def, c.op, c.value, lang, 'long')}`;
}

type Bounds = { min: number | null; max: number | null };
const NONE: Bounds = { min: null, max: null };

/**
 * Bounds implied by member.age conditions that every eligible household must satisfy: conditions
 * under all and quantifiers intersect; an any gives the union of its branches only when every
 * branch bounds that side; conditions under not are ignored. Ages are whole years, so gt 2 is min 3.
 * Contradictory bounds (min > max) give nulls, as does a rule without age conditions.
 */
export function ageBounds(rule: Rule): AgeBounds {
  const b = bounds(rule);
  if (b.min !== null && b.max !== null && b.min > b.max) return { minimumAge: null, maximumAge: null };
  return { minimumAge: b.min, maximumAge: b.max };
}

function bounds(rule: Rule): Bounds {
  if ('all' in rule) return rule.all.map(bounds).reduce(intersect, NONE);
  if ('any' in rule) return rule.any.map(bounds).reduce(union);
  if ('not' in rule) return NONE;
  if ('anyMember' in rule) return bounds(rule.anyMember);
  if ('everyMember' in rule) return bounds(rule.everyMember);
  return rule.fact === 'member.age' ? comparisonBounds(rule) : NONE;
}

function comparisonBounds(c: Comparison): Bounds {
  const v = c.value as number;
  switch (c.op) {
    case 'gte':
      return { min: Math.ceil(v), max: null };
    case 'gt':
      return { min: Math.floor(v) + 1, max: null };
    case 'lte':
      return { min: null, max: Math.floor(v) };
    case 'lt':
      return { min: null, max: Math.ceil(v) - 1 };
    case 'eq':
      return { min: v, max: v };
    case 'in': {
      const xs = c.value as readonly Scalar[] as readonly number[];
      return { min: Math.min(...xs), max: Math.max(...xs) };
    }
    default:
      return NONE;
  }
}

const pick = (a: number | null, b: number | null, f: (x: number, y: number) => number) =>
  a === null ? b : b === null ? a : f(a, b);
function intersect(a: Bounds, b: Bounds): Bounds {
  return { min: pick(a.min, b.min, Math.max), max: pick(a.max, b.max, Math.min) };
}
function union(a: Bounds, b: Bounds): Bounds {
  return {
    min: a.min === null || b.min === null ? null : Math.min(a.min, b.min),
    max: a.max === null || b.max === null ? null : Math.max(a.max, b.max),
  };
}
