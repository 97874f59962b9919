// The generated scoring kernel: numbers written into it round-trip exactly, and its source holds
// nothing from the model but numbers (no codes, names or text that could become code).
import { SH_2024_1 } from '../../../scoring';
import { bandScore } from '../../../scoring/engine/aggregate';
import { bandChain, kernelSource, numberLiteral } from '../../../scoring/engine/kernel';
import { compiledOf } from '../../../scoring/model/load';
import { variantModel } from './profile-digest';

describe('numberLiteral', () => {
  it.each([
    0,
    -0,
    1,
    -1,
    0.1 + 0.2,
    1 / 3,
    0.29748561886301383,
    0.5 - 1e-9,
    1e-300,
    -2.5e-7,
    2 ** 53 + 2,
    Infinity,
    -Infinity,
  ])('writes %p so that it evaluates to the same double', (x) => {
    expect(Object.is(new Function(`return ${numberLiteral(x)};`)(), x)).toBe(true);
    expect(Object.is(new Function(`return -${numberLiteral(x)};`)(), -x)).toBe(true);
  });
  it('refuses NaN and non-numbers', () => {
    expect(() => numberLiteral(NaN)).toThrow(TypeError);
    expect(() => numberLiteral('1; process.exit()' as unknown as number)).toThrow(TypeError);
  });
});

describe('kernelSource', () => {
  it.each([
    ['sh-2024.1', compiledOf(SH_2024_1)],
    ['a reordered variant', compiledOf(variantModel())],
  ])('for %s contains only numbers from the model', (_name, m) => {
    const source = kernelSource(m);
    const strings = new Set(source.match(/(["'`])[^"'`]*\1/g));
    expect([...strings].sort()).toEqual(['"use strict"', "'number'"]);
    expect(source).toMatch(/^[\x20-\x7e\n]*$/);
    const words = new Set(source.replace(/(["'`])[^"'`]*\1/g, '').match(/\b[A-Za-z_$][\w$]*/g));
    const generated = /^(?:[FPvsp]|dimension)\d+$/;
    const fixed = new Set([
      'const',
      'let',
      'return',
      'function',
      'if',
      'else',
      'typeof',
      'true',
      'false',
      'NaN',
      'Infinity',
      'Math',
      'round',
      'scoringKernel',
      'householdPredicates',
      'f',
      'c',
      'o',
      'r',
      'a',
      'F',
      'P',
      'NA',
      'V',
      'S',
      'compute',
      'test',
      'predicates',
      'redFlagAlternative',
      'pm',
      'fm',
      'count',
      'sum',
      'max',
      'd',
      'present',
      'weighted',
      'k',
      'raw',
      'composite',
      'predicateMask',
      'firedMask',
      'I', // the compiled indicators, B the bounded-indicator scratch, U boundIndicator (engine/bounds.ts)
      'B',
      'U',
      'bounded',
    ]);
    expect([...words].filter((w) => !generated.test(w) && !fixed.has(w))).toEqual([]);
  });
});

describe('bandChain', () => {
  // Every cut-point, the doubles just either side of it, and the ends of the line.
  const around = (u: number): number[] =>
    Number.isFinite(u) ? [u, u - Math.abs(u) * 2 ** -52 - 5e-324, u + Math.abs(u) * 2 ** -52 + 5e-324] : [u];
  it.each([
    ['sh-2024.1', compiledOf(SH_2024_1)],
    ['a reordered variant', compiledOf(variantModel())],
  ])("gives bandScore's score at and next to every cut-point for %s", (_name, m) => {
    m.indicators.forEach((ind, i) => {
      const chain = new Function('r', `return ${bandChain(m, i)};`) as (r: number) => number;
      const values = [-Infinity, Infinity, 0, -0, ...Array.from(ind.uppers).flatMap(around)];
      for (const v of values) expect([ind.code, v, chain(v)]).toEqual([ind.code, v, bandScore(ind, v)]);
    });
  });
});
