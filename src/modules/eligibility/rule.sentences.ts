// Plain zh/en sentences for traces and summaries: values written in the fact's unit
// ("低保标准的0.62倍" / "0.62× the dibao standard"), conditions ("低于1倍" / "below 1×").
import type { FactDef, Unit } from './rule-facts';
import type { Operator, Scalar, Verdict } from './rule.types';

export type Lang = 'zh' | 'en';
/** long: a value on its own ("低保标准的1倍"); short: after an operator in a trace ("1倍"). */
type Form = 'long' | 'short';

export const MARK: Readonly<Record<Verdict, string>> = { ELIGIBLE: '✓', INELIGIBLE: '✗', UNKNOWN: '?' };
export const VERDICT_WORDS: Readonly<Record<Verdict, readonly [string, string]>> = {
  ELIGIBLE: ['满足', 'met'],
  INELIGIBLE: ['不满足', 'not met'],
  UNKNOWN: ['尚无法确定', 'cannot tell yet'],
};

export function num(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '-∞';
  return String(Math.round(x * 100) / 100);
}

/**
 * What a number looks like once written: two numbers with the same key read the same in every
 * sentence (num() above, after scalar()'s percentage for shares). Lets callers keep one sentence
 * per written value instead of one per exact value.
 */
export function writtenKey(def: FactDef, x: number): number {
  const shown = def.unit === 'share' ? x * 100 : x;
  return Number.isFinite(shown) ? Math.round(shown * 100) : shown;
}

const UNITS: Readonly<Record<Unit, (n: string, lang: Lang, form: Form) => string>> = {
  dibao: (n, l, f) =>
    l === 'zh' ? (f === 'long' ? `低保标准的${n}倍` : `${n}倍`) : f === 'long' ? `${n}× the dibao standard` : `${n}×`,
  edge: (n, l, f) =>
    l === 'zh'
      ? f === 'long'
        ? `低保边缘标准的${n}倍`
        : `${n}倍`
      : f === 'long'
        ? `${n}× the dibao-edge line`
        : `${n}×`,
  line: (n, l, f) =>
    l === 'zh'
      ? f === 'long'
        ? `家庭低保线的${n}倍`
        : `${n}倍`
      : f === 'long'
        ? `${n}× the household's dibao line`
        : `${n}×`,
  assetMonths: (n, l, f) =>
    l === 'zh'
      ? f === 'long'
        ? `${n}个月的低保标准`
        : `${n}个月`
      : f === 'long'
        ? `${n} months of the dibao standard`
        : `${n} months`,
  share: (n, l, f) => (f === 'short' ? n : l === 'zh' ? `年收入的${n}` : `${n} of annual income`),
  years: (n, l) => (l === 'zh' ? `${n}岁` : n),
  months: (n, l) => (l === 'zh' ? `${n}个月` : `${n} months`),
  sqm: (n, l) => (l === 'zh' ? `${n}平方米` : `${n} m²`),
  grade: (n, l) => (l === 'zh' ? `${n}级` : `grade ${n}`),
  people: (n, l) => (l === 'zh' ? `${n}人` : n),
  floor: (n, l) => (l === 'zh' ? `${n}层` : `floor ${n}`),
};

function scalar(def: FactDef, v: Scalar, lang: Lang, form: Form): string {
  const t = def.type;
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
  if ((t.kind === 'string-enum' || t.kind === 'set') && t.labels[v as string] !== undefined) {
    return t.labels[v as string][lang === 'zh' ? 0 : 1];
  }
  if (typeof v === 'number') {
    if (def.unit === 'share') return UNITS.share(`${num(v * 100)}%`, lang, form);
    return def.unit === undefined ? num(v) : UNITS[def.unit](num(v), lang, form);
  }
  return v;
}

/** A value or a list of values in the fact's words. */
export function formatValue(def: FactDef, v: Scalar | readonly Scalar[], lang: Lang, form: Form): string {
  if (!Array.isArray(v)) return scalar(def, v as Scalar, lang, form);
  if (v.length === 0) return lang === 'zh' ? '无' : 'none';
  return v.map((x) => scalar(def, x, lang, form)).join(lang === 'zh' ? '、' : ', ');
}

const OPS: Readonly<Record<Operator, readonly [zh: (x: string) => string, en: (x: string) => string]>> = {
  lt: [(x) => `低于${x}`, (x) => `below ${x}`],
  lte: [(x) => `不高于${x}`, (x) => `at most ${x}`],
  gt: [(x) => `高于${x}`, (x) => `above ${x}`],
  gte: [(x) => `不低于${x}`, (x) => `at least ${x}`],
  eq: [(x) => `须为${x}`, (x) => `must be ${x}`],
  ne: [(x) => `不得为${x}`, (x) => `must not be ${x}`],
  in: [(x) => `须为${x}之一`, (x) => `must be one of ${x}`],
  notIn: [(x) => `不得为${x}中的任何一项`, (x) => `must be none of ${x}`],
  includes: [(x) => `须包含${x}`, (x) => `must include ${x}`],
  includesAny: [(x) => `须包含${x}中的任一项`, (x) => `must include any of ${x}`],
  isKnown: [() => '须已知', () => 'must be known'],
};

/** The condition a comparison states, e.g. "低于1倍" (short) or "低于低保标准的1倍" (long). */
export function condition(
  def: FactDef,
  op: Operator,
  value: Scalar | readonly Scalar[] | undefined,
  lang: Lang,
  form: Form,
): string {
  const x = value === undefined ? '' : formatValue(def, value, lang, form);
  return OPS[op][lang === 'zh' ? 0 : 1](x);
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const label = (def: FactDef, lang: Lang): string => (lang === 'zh' ? def.zh : def.en);
