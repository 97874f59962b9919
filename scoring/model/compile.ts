// Turns a validated model JSON into the compiled arrays scoreHousehold runs.
import { boundedScratch } from '../engine/bounds';
import { compileKernel, type KernelModel } from '../engine/kernel';
import { FACT_FUNCTIONS, PREDICATES } from '../indicators/registry';
import { categoryMask } from '../household/context';
import type { HouseholdPredicate } from '../household/predicates';
import { HARDSHIP_LEVELS, type CircleNumber } from '../types';
import { parseInterval, type Interval } from './bands';
import {
  AtomKind,
  type CompiledCircleRule,
  type CompiledIndicator,
  type CompiledLevelRule,
  type CompiledModel,
  type CompiledWhen,
  type Template,
  type TemplatePart,
} from './compiled';
import type { ConditionJson, IndicatorJson, ModelJson, TextJson, WhenJson } from './schema';
import type { DerivedProfile } from './validate-profiles';

function splitTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  for (const piece of text.split(/(\{value\}|\{percent\}|\{anchor\})/)) {
    if (piece === '{value}') parts.push('VALUE');
    else if (piece === '{percent}') parts.push('PERCENT');
    else if (piece === '{anchor}') parts.push('ANCHOR');
    else if (piece !== '') parts.push(piece);
  }
  return parts;
}

function template(t: TextJson): Template {
  return { zh: splitTemplate(t.zh), en: splitTemplate(t.en) };
}

function compileIndicator(ind: IndicatorJson, dimIndex: number): CompiledIndicator {
  const intervals = ind.bands.map((b) => parseInterval(b.range) as Interval);
  const scores = Uint8Array.from(ind.bands.map((b) => b.score));
  const anchors = [];
  for (let s = 0; s <= 4; s++) anchors.push(ind.anchors[String(s)]);
  return {
    code: ind.code,
    dimension: ind.dimension,
    dimIndex,
    zh: ind.zh,
    en: ind.en,
    fact: FACT_FUNCTIONS.get(ind.fact)!,
    uppers: Float64Array.from(intervals.map((i) => i.upper)),
    upperIncluded: Uint8Array.from(intervals.map((i) => (i.upperIncluded ? 1 : 0))),
    scores,
    minScore: Math.min(...scores),
    maxScore: Math.max(...scores),
    anchors,
    driver: template(ind.driver),
    driverWhenInfinite: ind.driverWhenInfinite ? template(ind.driverWhenInfinite) : null,
  };
}

class PredicateTable {
  readonly used: HouseholdPredicate[] = [];
  index(name: string): number {
    const found = this.used.findIndex((p) => p.name === name);
    if (found >= 0) return found;
    this.used.push(PREDICATES.get(name)!);
    return this.used.length - 1;
  }
}

function compileWhen(
  when: WhenJson,
  indicators: CompiledIndicator[],
  indicatorIndex: Map<string, number>,
  predicates: PredicateTable,
): CompiledWhen {
  const atoms = when.flat();
  const compiled = {
    altStart: new Uint16Array(when.length + 1),
    kind: new Uint8Array(atoms.length),
    index: new Int16Array(atoms.length),
    value: new Int8Array(atoms.length),
    altIndicators: [] as (readonly string[])[],
    altConditions: [] as (readonly string[])[],
  };
  let at = 0;
  when.forEach((alternative, a) => {
    compiled.altStart[a] = at;
    const codes: string[] = [];
    const conditions: string[] = [];
    for (const c of alternative) {
      const [kind, index, value] = compileAtom(c, indicators, indicatorIndex, predicates);
      compiled.kind[at] = kind;
      compiled.index[at] = index;
      compiled.value[at] = value;
      at++;
      if ('indicator' in c) codes.push(c.indicator);
      else if ('predicate' in c) conditions.push(c.predicate);
      else if ('level' in c) conditions.push(`level=${c.level}`);
      else conditions.push(`k>=${c.deprivedDimensionsAtLeast}`);
    }
    compiled.altIndicators.push(Object.freeze([...new Set(codes)]));
    compiled.altConditions.push(Object.freeze(conditions));
  });
  compiled.altStart[when.length] = at;
  return compiled;
}

function compileAtom(
  c: ConditionJson,
  indicators: CompiledIndicator[],
  indicatorIndex: Map<string, number>,
  predicates: PredicateTable,
): [AtomKind, number, number] {
  if ('indicator' in c) {
    const index = indicatorIndex.get(c.indicator)!;
    // "equals the highest score" is "at least" it: the same for real scores, and monotone for the
    // what-if analysis, which may try a score of 4 on an indicator whose highest is 3.
    if ('atLeast' in c) return [AtomKind.ScoreAtLeast, index, c.atLeast];
    return [c.equals === indicators[index].maxScore ? AtomKind.ScoreAtLeast : AtomKind.ScoreEquals, index, c.equals];
  }
  if ('predicate' in c) return [AtomKind.Predicate, predicates.index(c.predicate), 0];
  if ('level' in c) return [AtomKind.Level, HARDSHIP_LEVELS.indexOf(c.level), 0];
  return [AtomKind.DeprivedAtLeast, -1, c.deprivedDimensionsAtLeast];
}

function compileCircleRule(rule: ModelJson['circles']['rules'][number]): CompiledCircleRule {
  const base = {
    id: rule.id,
    circle: rule.circle as CircleNumber,
    zh: rule.zh,
    en: rule.en,
    mask: 0,
    months: 0,
    eventKinds: new Set<never>(),
    flag: null,
  };
  const w = rule.when;
  if ('categoryHeld' in w) return { ...base, kind: 'categoryHeld', mask: categoryMask(w.categoryHeld) };
  if ('categoryEndedWithinMonths' in w)
    return { ...base, kind: 'categoryEnded', mask: categoryMask(w.categories), months: w.categoryEndedWithinMonths };
  if ('eventWithinMonths' in w)
    return { ...base, kind: 'event', months: w.eventWithinMonths, eventKinds: new Set(w.kinds) };
  return { ...base, kind: 'flag', flag: w.flag };
}

const LEVEL_RULE_KINDS: readonly CompiledLevelRule['kind'][] = [
  'anyRedFlag',
  'compositeAtLeast',
  'deprivedDimensionsAtLeast',
  'inAnyCircle',
  'always',
];

function compileLevelRule(rule: ModelJson['levels'][number]): CompiledLevelRule {
  const w = rule.when;
  const kind = LEVEL_RULE_KINDS.find((k) => k in w)!;
  const threshold =
    'compositeAtLeast' in w ? w.compositeAtLeast : 'deprivedDimensionsAtLeast' in w ? w.deprivedDimensionsAtLeast : 0;
  return {
    id: rule.id,
    level: rule.level,
    levelIndex: HARDSHIP_LEVELS.indexOf(rule.level),
    zh: rule.zh,
    en: rule.en,
    kind,
    threshold,
    result: Object.freeze({ id: rule.id, zh: rule.zh, en: rule.en }),
  };
}

export function compileModel(json: ModelJson, profiles: DerivedProfile[]): CompiledModel {
  const dimensions = json.dimensions.map(({ code, zh, en }) => ({ code, zh, en }));
  const dimIndex = new Map(dimensions.map((d, i) => [d.code, i]));
  const indicators = json.indicators.map((ind) => compileIndicator(ind, dimIndex.get(ind.dimension)!));
  const indicatorIndex = new Map(indicators.map((ind, i) => [ind.code, i]));
  const predicates = new PredicateTable();
  const weightsOf = (p: DerivedProfile) => Float64Array.from(dimensions.map((d) => p.weights.get(d.code)!));
  const levelProfile = profiles.find((p) => p.use === 'level')!;
  const needIndex = new Map(json.needs.rules.map((n, i) => [n.code, i]));
  const compiled: KernelModel = {
    id: json.id,
    indicators,
    dimensions,
    dimIndicators: dimensions.map((_d, di) => indicators.flatMap((ind, i) => (ind.dimIndex === di ? [i] : []))),
    maxWeight: json.aggregation.maxWeight,
    meanWeight: json.aggregation.meanWeight,
    scaleMax: json.scale.max,
    deprivedCut: json.aggregation.deprivedDimensionCut,
    compositeScale: json.aggregation.compositeScale,
    compositeRounding: 10 ** json.aggregation.compositeDecimals,
    weights: weightsOf(levelProfile),
    rankingProfiles: profiles
      .filter((p) => p.use === 'ranking')
      .map((p) => ({
        name: p.name,
        predicate: predicates.index(p.appliesWhen!),
        weights: weightsOf(p),
      })),
    redFlags: json.redFlags.rules.map((r) => ({
      code: r.code,
      zh: r.zh,
      en: r.en,
      when: compileWhen(r.when, indicators, indicatorIndex, predicates),
      raises: r.raises.map((c) => needIndex.get(c)!),
    })),
    needs: json.needs.rules.map((n) => ({
      code: n.code,
      zh: n.zh,
      en: n.en,
      category: n.category,
      form: n.form,
      when: compileWhen(n.when, indicators, indicatorIndex, predicates),
      raisedBy: json.redFlags.rules.reduce((mask, r, bit) => (r.raises.includes(n.code) ? mask | (1 << bit) : mask), 0),
    })),
    predicates: predicates.used,
    redFlagsReadOpenPredicates: false,
    levelRules: json.levels.map(compileLevelRule),
    cadence: HARDSHIP_LEVELS.map((level) => ({
      visit: json.cadence[level].visit,
      reassessMonths: json.cadence[level].reassessMonths,
    })),
    circleRules: json.circles.rules.map(compileCircleRule),
    maxDrivers: json.explanation.maxDrivers,
    minDriverScore: json.explanation.minDriverScore,
    scratch: {
      scores: new Int8Array(indicators.length),
      values: new Float64Array(indicators.length),
      predicates: new Uint8Array(predicates.used.length),
      dims: new Float64Array(dimensions.length),
      trial: new Int8Array(indicators.length),
      trialDims: new Float64Array(dimensions.length),
      redFlagAlternative: new Int8Array(json.redFlags.rules.length),
      kernelOutput: { composite: 0, k: 0, predicateMask: 0, firedMask: 0, bounded: 0 },
      bounded: boundedScratch(indicators.length),
      cadence: { asOf: NaN, byLevel: [] },
    },
  };
  compiled.redFlagsReadOpenPredicates = compiled.redFlags.some((r) =>
    Array.from(r.when.kind).some((k, j) => k === AtomKind.Predicate && compiled.predicates[r.when.index[j]].possible),
  );
  return { ...compiled, kernel: compileKernel(compiled) };
}
