// Table-driven cut-points of every sh-2024.1 indicator (INDICATOR-MODEL.md §4): the value a fact
// function returns → the 0–4 score the model's bands give, at and around each cut.
import { SH_2024_1 } from '../../../scoring';
import { bandScore } from '../../../scoring/engine/aggregate';
import { compiledOf } from '../../../scoring/model/load';

const ORDINAL_0234: Array<[number, number]> = [
  [0, 0],
  [1, 2],
  [2, 3],
  [3, 4],
];
const ORDINAL_023: Array<[number, number]> = [
  [0, 0],
  [1, 2],
  [2, 3],
];
const ORDINAL_012: Array<[number, number]> = [
  [0, 0],
  [1, 1],
  [2, 2],
];

const CUTS: Record<string, Array<[number, number]>> = {
  E1: [
    [0, 4],
    [0.49, 4],
    [0.5, 3],
    [0.99, 3],
    [1, 2],
    [1.49, 2],
    [1.5, 1],
    [1.99, 1],
    [2, 0],
    [5, 0],
  ],
  E2: [
    [0, 0],
    [0.099, 0],
    [0.1, 1],
    [0.19, 1],
    [0.2, 2],
    [0.39, 2],
    [0.4, 3],
    [0.59, 3],
    [0.6, 4],
    [Infinity, 4],
  ],
  E3: [
    [0, 4],
    [2.99, 4],
    [3, 3],
    [5.9, 3],
    [6, 2],
    [11.9, 2],
    [12, 1],
    [23.9, 1],
    [24, 0],
  ],
  E4: [
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
  ],
  H1: ORDINAL_0234,
  H2: [
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
  ],
  H3: [
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 3],
    [4, 3],
    [5, 4],
    [6, 4],
  ],
  H4: [
    [0, 0],
    [1, 1],
    [2, 2],
    [5, 2],
  ],
  H5: [
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
  ],
  C1: [
    [0, 0],
    [0.25, 1],
    [0.5, 1],
    [0.51, 2],
    [1, 2],
    [1.01, 3],
    [9, 3],
    [Infinity, 4],
  ],
  C2: ORDINAL_0234,
  C3: ORDINAL_0234,
  C4: ORDINAL_0234,
  C5: ORDINAL_023,
  U1: [
    [0, 4],
    [6.9, 4],
    [7, 2],
    [9.9, 2],
    [10, 1],
    [14.9, 1],
    [15, 0],
    [40, 0],
  ],
  U2: ORDINAL_0234,
  U3: ORDINAL_0234,
  U4: ORDINAL_0234,
  U5: ORDINAL_0234,
  J1: [
    [0, 4],
    [0.01, 2],
    [0.49, 2],
    [0.5, 0],
    [1, 0],
  ],
  J2: [
    [0, 0],
    [5, 0],
    [6, 2],
    [12, 2],
    [12.5, 3],
    [24, 3],
    [24.5, 4],
    [40, 4],
  ],
  J3: ORDINAL_012,
  J4: [
    [0, 0],
    [1, 3],
    [2, 3],
  ],
  J5: ORDINAL_012,
  S1: [
    [0, 0],
    [1, 4],
    [2, 4],
  ],
  S2: ORDINAL_023,
  S3: [
    [0, 0],
    [1, 2],
    [2, 2],
  ],
  S4: [
    [0, 0],
    [1, 3],
  ],
  S5: [
    [0, 0],
    [1, 1],
    [3, 1],
  ],
  R1: ORDINAL_023,
  R2: ORDINAL_023,
  R3: ORDINAL_012,
  R4: [
    [0, 0],
    [1, 2],
  ],
  R5: [
    [0, 0],
    [1, 2],
    [3, 2],
  ],
  R6: ORDINAL_012,
  P1: [
    [0, 0],
    [1, 3],
    [2, 4],
  ],
  P2: [
    [0, 0],
    [4, 0],
    [5, 1],
    [9, 1],
    [10, 2],
    [14, 2],
    [15, 3],
    [19, 3],
    [20, 4],
    [27, 4],
  ],
  P3: [
    [0, 0],
    [1, 2],
    [2, 3],
    [3, 4],
    [6, 4],
  ],
  P4: ORDINAL_023,
  P5: [
    [0, 0],
    [1, 3],
    [2, 4],
  ],
};

const model = compiledOf(SH_2024_1);

describe('indicator cut-points (sh-2024.1 bands)', () => {
  it('has a table for each of the 40 indicators', () => {
    expect(Object.keys(CUTS).sort()).toEqual(model.indicators.map((i) => i.code).sort());
    expect(model.indicators).toHaveLength(40);
  });

  describe.each(model.indicators.map((ind) => [ind.code, ind] as const))('%s', (code, ind) => {
    it.each(CUTS[code])(`value %p scores %p`, (value, score) => {
      expect(bandScore(ind, value)).toBe(score);
    });
  });
});
