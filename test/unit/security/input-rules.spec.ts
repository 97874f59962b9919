// The pure pieces of issue 13's input and output rules, by hand-derived cases.
import 'reflect-metadata'; // the scalars' module also declares type-graphql classes
import { publishedCount, smallCell } from '../../../src/common/small-cells';
import type { Viewer } from '../../../src/common/viewer';
import { hasAtMostTwoDecimals } from '../../../src/common/validators';
import { stringProblems } from '../../../src/graphql/input-hygiene';
import { GraphQLJSON, LocalDate } from '../../../src/graphql/scalars';

const viewer = (role: Viewer['role']): Viewer => ({ id: 'v', role, name: null, streetCodes: [], providerId: null });

describe('small-cell publication', () => {
  it.each([
    [0, null],
    [4, null],
    [5, 5],
    [7, 5],
    [8, 10],
    [12, 10],
    [13, 15],
    [398, 400],
    [395, 395],
  ])('shows a VIEWER %i as %p (base 5, nothing under 5)', (count, shown) => {
    expect(publishedCount(viewer('VIEWER'), count)).toBe(shown);
  });

  it('shows ADMIN and ADVISER exact counts, and withholds a whole cell under 5 from a VIEWER', () => {
    expect(publishedCount(viewer('ADMIN'), 3)).toBe(3);
    expect(publishedCount(viewer('ADVISER'), 398)).toBe(398);
    expect(smallCell(viewer('VIEWER'), 4).hide(100)).toBeNull();
    expect(smallCell(viewer('VIEWER'), 6).hide(1)).toBeNull();
  });
});

describe('money decimals', () => {
  it.each([
    [12.34, true],
    [12, true],
    [0.01, true],
    [1e21, true],
    [10.005, false],
    [5e-324, false],
    [1e-7, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('%p has at most two decimals: %p', (value, ok) => {
    expect(hasAtMostTwoDecimals(value)).toBe(ok);
  });
});

describe('string hygiene', () => {
  it('names every field holding NUL, an unpaired surrogate or too much text, however deep', () => {
    const args = {
      input: { name: 'a\u0000', members: [{ note: 'ok 😀' }, { note: 'x\uD800' }], tail: '\uDC00' },
      filter: { text: 'y'.repeat(20_001) },
    };
    expect(stringProblems(args).map((p) => `${p.field} ${p.reason}`)).toEqual([
      'filter.text TOO_LONG',
      'input.members.1.note INVALID_UNICODE',
      'input.name NUL_CHARACTER',
      'input.tail INVALID_UNICODE',
    ]);
  });
});

describe('bounded scalars', () => {
  it('refuses JSON deeper than 32 levels or larger than 20,000 values, without recursing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(() => GraphQLJSON.parseValue(deep)).toThrow(/deeper than 32/);
    expect(() => GraphQLJSON.parseValue(Array.from({ length: 20_001 }, () => 0))).toThrow(/more than 20000/);
    expect(GraphQLJSON.parseValue({ a: [1, { b: 'c' }] })).toEqual({ a: [1, { b: 'c' }] });
  });

  it('refuses dates before 1900 or after 2100', () => {
    expect(() => LocalDate.parseValue('1800-01-01')).toThrow(/between 1900-01-01 and 2100-12-31/);
    expect(LocalDate.parseValue('1900-01-01')).toBe('1900-01-01');
    expect(() => LocalDate.parseValue('2026-02-30')).toThrow(/calendar date/);
  });
});
