// The scoring kernel: the hot part of scoreHousehold (fact functions, bands, predicates, dimension
// scores, S, k and red flags) generated once per model as straight-line code.
//
// Why generated code: a generic loop calls ~40 different fact functions from one call site, which
// V8 can only dispatch megamorphically, and walks band and weight arrays it cannot constant-fold.
// Here every fact function and predicate has its own call site (monomorphic, inlinable), one
// function per dimension computes that dimension's indicators into the scratch buffers, cut-points,
// weights and rule conditions are literals, and one array literal returns the results. The arithmetic is aggregate()'s
// and bandScore()'s, operation for operation, so the numbers are the same to the last bit (the profile digest test
// checks it).
//
// Safety: the source is built only from a validated, compiled model, and contains only numbers
// (cut-points, scores, weights, indices, each written by numberLiteral, which round-trips exactly)
// and fixed identifiers. No name, code or text from the model is ever written into it; the fact
// functions and predicates are passed in as arguments.
import type { HouseholdFacts } from '../facts';
import type { HouseholdContext } from '../household/context';
import { NOT_APPLICABLE } from '../indicators/fact-function';
import { AtomKind, type CompiledModel, type CompiledWhen } from '../model/compiled';
import { DEPRIVED_EPSILON } from './aggregate';
import { boundIndicator } from './bounds';

/** What the kernel leaves besides its returned array (a reused object: read it before the next call). */
export interface KernelOutput {
  composite: number;
  k: number;
  /** Bit p set when household predicate p held; bit r of firedMask when red flag r fired. */
  predicateMask: number;
  firedMask: number;
  /** Indicators whose facts did not decide them (their ranges are in m.scratch.bounded). */
  bounded: number;
}

/**
 * Scores one household. Returns [value_0 … value_{n-1}, score_0 … score_{n-1}] over the model's n
 * indicators: the fact value (NaN when not decided or not applicable) and the score used in
 * aggregation — for an indicator the facts did not decide, the lowest score they allow (its range
 * is recorded in m.scratch.bounded), so S, k and the red flags are what the known facts establish.
 * Also fills m.scratch.values, .scores, .predicates and .redFlagAlternative.
 */
/** The kernel is built while the model is compiled, from everything else in it. */
export type KernelModel = Omit<CompiledModel, 'kernel'>;

export type Kernel = (facts: HouseholdFacts, ctx: HouseholdContext, out: KernelOutput) => number[];

/** A number as JavaScript source that evaluates to exactly the same double. */
export function numberLiteral(x: number): string {
  if (typeof x !== 'number' || Number.isNaN(x)) throw new TypeError(`not a number: ${String(x)}`);
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '(-Infinity)';
  if (Object.is(x, -0)) return '(-0)';
  return x < 0 ? `(${String(x)})` : String(x);
}

function integer(x: number): string {
  if (!Number.isInteger(x)) throw new TypeError(`not an integer: ${x}`);
  return numberLiteral(x);
}

/** bandScore as a conditional chain: `r <= u0 ? s0 : r < u1 ? s1 : … : s_last` (r is never NaN here).
 *  Exported for the test that checks it against bandScore at every cut-point. */
export function bandChain(m: KernelModel, i: number): string {
  const { uppers, upperIncluded, scores } = m.indicators[i];
  const last = scores.length - 1;
  let chain = '';
  for (let b = 0; b < last; b++) {
    chain += `r ${upperIncluded[b] === 1 ? '<=' : '<'} ${numberLiteral(uppers[b])} ? ${integer(scores[b])} : `;
  }
  return chain + integer(scores[last]);
}

/**
 * A `when` as an expression giving the index of its first alternative whose conditions all hold, or
 * -1 (firstHolding with levelIndex = k = -1: red flags are decided before the level and k).
 */
function firstHoldingExpression(w: CompiledWhen): string {
  const alternatives = w.altStart.length - 1;
  let expression = '';
  for (let a = 0; a < alternatives; a++) {
    const atoms: string[] = [];
    for (let j = w.altStart[a]; j < w.altStart[a + 1]; j++) {
      const index = integer(w.index[j]);
      const value = integer(w.value[j]);
      switch (w.kind[j] as AtomKind) {
        case AtomKind.ScoreAtLeast:
          atoms.push(`s${index} >= ${value}`);
          break;
        case AtomKind.ScoreEquals:
          atoms.push(`s${index} === ${value}`);
          break;
        case AtomKind.Predicate:
          atoms.push(`p${index} === 1`);
          break;
        case AtomKind.Level:
          atoms.push(String(-1 === w.index[j]));
          break;
        case AtomKind.DeprivedAtLeast:
          atoms.push(String(-1 >= w.value[j]));
          break;
      }
    }
    expression += `(${atoms.length === 0 ? 'true' : atoms.join(' && ')}) ? ${a} : `;
  }
  return expression + '-1';
}

/** The kernel's source: the body of a function of (F, P, NA, V, S, predicates, redFlagAlternative, I, B, U). */
export function kernelSource(m: KernelModel): string {
  const n = m.indicators.length;
  const lines: string[] = ['"use strict";'];
  for (let i = 0; i < n; i++) lines.push(`const F${i} = F[${i}].compute;`);
  for (let p = 0; p < m.predicates.length; p++) lines.push(`const P${p} = P[${p}].test;`);
  // Indicators: value by fact function, score by bands; an undecided one takes the slow path U, which
  // records the range the known facts allow (never 0 for an unknown fact: the low end of that range).
  // One function per dimension, each optimised on its own: V8 inlines small callees only up to a
  // budget per optimised function, so five fact functions per caller get inlined where forty
  // in one caller mostly would not.
  m.dimIndicators.forEach((indicators, d) => {
    lines.push(`function dimension${d}(f, c) {`, '  let r;');
    for (const i of indicators) {
      lines.push(
        `  r = F${i}(f, c);`,
        `  if (typeof r === 'number' && r === r) { V[${i}] = r; S[${i}] = ${bandChain(m, i)}; }`,
        `  else if (r === NA) { V[${i}] = NaN; S[${i}] = 0; }`,
        `  else { V[${i}] = NaN; S[${i}] = U(I[${i}], ${i}, f, c, B); }`,
      );
    }
    lines.push('}');
  });
  lines.push('function householdPredicates(f, c) {', '  let pm = 0;');
  for (let p = 0; p < m.predicates.length; p++) {
    lines.push(`  if (P${p}(f, c)) { predicates[${p}] = 1; pm |= ${integer(1 << p)}; } else predicates[${p}] = 0;`);
  }
  lines.push('  return pm;', '}');
  lines.push('return function scoringKernel(f, c, o) {', '  B.count = 0;');
  m.dimIndicators.forEach((_indicators, d) => lines.push(`  dimension${d}(f, c);`));
  for (let i = 0; i < n; i++) lines.push(`  const v${i} = V[${i}], s${i} = S[${i}];`);

  // Household predicates, evaluated once (in their own function, for the same reason), kept in the
  // scratch buffer, as bits and as locals.
  lines.push('  const pm = householdPredicates(f, c);');
  for (let p = 0; p < m.predicates.length; p++) lines.push(`  const p${p} = predicates[${p}];`);

  // Dimensions, S and k (INDICATOR-MODEL.md §3), exactly as aggregate() does them. Every indicator
  // has a score now (the known one, or the lowest the facts allow), so every dimension counts with
  // its full weight: nothing is re-weighted away.
  lines.push('  let sum, max, d, present = 0, weighted = 0, k = 0;');
  for (let d = 0; d < m.dimensions.length; d++) {
    lines.push('  sum = 0; max = -1;');
    for (const i of m.dimIndicators[d]) lines.push(`  sum += s${i}; if (s${i} > max) max = s${i};`);
    const weight = numberLiteral(m.weights[d]);
    const count = integer(m.dimIndicators[d].length);
    lines.push(
      `  d = (${numberLiteral(m.maxWeight)} * max + (${numberLiteral(m.meanWeight)} * sum) / ${count}) ` +
        `/ ${numberLiteral(m.scaleMax)};`,
      `  present += ${weight}; weighted += ${weight} * d;`,
      `  if (d >= ${numberLiteral(m.deprivedCut - DEPRIVED_EPSILON)}) k++;`,
    );
  }
  const rounding = numberLiteral(m.compositeRounding);
  lines.push(
    `  const raw = present > 0 ? (${numberLiteral(m.compositeScale)} * weighted) / present : 0;`,
    `  o.composite = Math.round(raw * ${rounding}) / ${rounding};`,
    '  o.k = k;',
    '  o.predicateMask = pm;',
  );

  // Red flags (§7): the first alternative that holds, for the profile and the needs.
  lines.push('  let a, fm = 0;');
  m.redFlags.forEach((flag, r) => {
    lines.push(
      `  a = ${firstHoldingExpression(flag.when)};`,
      `  redFlagAlternative[${r}] = a;`,
      `  if (a >= 0) fm |= ${integer(1 << r)};`,
    );
  });
  lines.push('  o.firedMask = fm;', '  o.bounded = B.count;');

  const values = Array.from({ length: n }, (_x, i) => `v${i}`);
  const scores = Array.from({ length: n }, (_x, i) => `s${i}`);
  lines.push(`  return [${[...values, ...scores].join(', ')}];`, '};');
  return lines.join('\n');
}

/** Builds the kernel for a compiled model (once, when the model is loaded). */
export function compileKernel(m: KernelModel): Kernel {
  const factory = new Function(
    'F',
    'P',
    'NA',
    'V',
    'S',
    'predicates',
    'redFlagAlternative',
    'I',
    'B',
    'U',
    kernelSource(m),
  );
  const { values, scores, predicates, redFlagAlternative, bounded } = m.scratch;
  return factory(
    m.indicators.map((ind) => ind.fact),
    m.predicates,
    NOT_APPLICABLE,
    values,
    scores,
    predicates,
    redFlagAlternative,
    m.indicators,
    bounded,
    boundIndicator,
  ) as Kernel;
}
