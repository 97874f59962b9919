// One seeded PRNG for every synthetic data set (benchmarks, property tests, the demo population).
export type Random = () => number;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; the same seed gives the same sequence. Never for secrets. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
