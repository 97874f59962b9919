// Low income (POLICY.md §3.2–3.4): a low-income category held, or r below the edge multiplier
// (Shanghai 2×). Standard 1,510; two members; edge line 2 × 1,510 × 2 = 6,040 a month.
import { lowIncome } from '../../../policy/low-income';

const income = (sources: Array<number | null>) => ({ sources, members: 2, dibaoStandard: 1510, edgeMultiplier: 2 });

describe('lowIncome', () => {
  it.each([
    ['holds 低保', ['DB'], [null, null], true],
    ['holds 刚性支出', ['GX'], [9000, 0], true],
    ['income known, under the edge line', [], [3000, 2000], true],
    ['income known, at the edge line', [], [6040, 0], false],
    ['one source unknown, the known ones already reach the line', [], [7000, null], false],
    ['one source unknown, the known ones under the line', [], [3000, null], null],
    ['holds only 困境儿童: not a low-income category', ['KJ'], [null, null], null],
  ] as const)('%s', (_what, held, sources, expected) => {
    expect(lowIncome(held, income([...sources]))).toBe(expected);
  });
});
