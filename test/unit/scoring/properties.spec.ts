// Properties over seeded random households (the benchmark's generator): S stays in [0, 100],
// weights sum to 1, worsening any indicator never lowers S, k or the level, and scoring is
// deterministic and leaves the facts untouched.
import { HARDSHIP_LEVELS, SH_2024_1, scoreHousehold } from '../../../scoring';
import { aggregate, anyRedFlag, levelRuleIndex } from '../../../scoring/engine/aggregate';
import { syntheticHouseholds } from '../../../scoring/bench/synthetic';
import { compiledOf } from '../../../scoring/model/load';

const households = syntheticHouseholds(400, 42);
const model = compiledOf(SH_2024_1);

function numbersOf(scores: Int8Array, predicates: Uint8Array, inCircle: boolean) {
  const dims = new Float64Array(model.dimensions.length);
  const { composite, k } = aggregate(model, scores, dims);
  const rule = model.levelRules[levelRuleIndex(model, composite, k, anyRedFlag(model, scores, predicates), inCircle)];
  return { composite, k, severity: -rule.levelIndex };
}

function stateOf(profile: ReturnType<typeof scoreHousehold>) {
  // The scores S is computed from: the known score, or the lowest the known facts allow.
  const scores = Int8Array.from(profile.indicators.map((i) => i.scoreMin));
  const predicates = new Uint8Array(model.predicates.length);
  // The model's scratch buffer still holds this household's predicates: it was scored last.
  model.predicates.forEach((_p, i) => {
    predicates[i] = model.scratch.predicates[i];
  });
  return { scores, predicates };
}

describe('scoring properties (400 seeded households)', () => {
  it('weights of every profile sum to 1', () => {
    for (const profile of SH_2024_1.profiles) {
      expect(Object.values(profile.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('S is within [0, 100], dimensions within [0, 1], k within 0–8, contributions add up to S', () => {
    for (const facts of households) {
      const p = scoreHousehold(facts, SH_2024_1);
      expect(p.composite).toBeGreaterThanOrEqual(0);
      expect(p.composite).toBeLessThanOrEqual(100);
      for (const d of p.dimensions) if (d.score !== null) expect(d.score >= 0 && d.score <= 1).toBe(true);
      expect(p.deprivedDimensionCount).toBe(p.dimensions.filter((d) => d.deprived).length);
      expect(Math.abs(p.dimensions.reduce((s, d) => s + d.contribution, 0) - p.composite)).toBeLessThanOrEqual(
        0.05 + 1e-9,
      );
    }
  });

  it('raising any indicator to a worse score never lowers S, k or the level', () => {
    let checked = 0;
    for (const facts of households) {
      const profile = scoreHousehold(facts, SH_2024_1);
      const { scores, predicates } = stateOf(profile);
      const inCircle = profile.circle.primary !== null;
      const before = numbersOf(scores, predicates, inCircle);
      expect(HARDSHIP_LEVELS[-before.severity]).toBe(profile.level);
      model.indicators.forEach((ind, i) => {
        if (scores[i] < 0) return;
        for (const worse of ind.scores) {
          if (worse <= scores[i]) continue;
          const trial = Int8Array.from(scores);
          trial[i] = worse;
          const after = numbersOf(trial, predicates, inCircle);
          expect(after.composite).toBeGreaterThanOrEqual(before.composite);
          expect(after.k).toBeGreaterThanOrEqual(before.k);
          expect(after.severity).toBeGreaterThanOrEqual(before.severity);
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('is deterministic, also when other households are scored between reads of the lazy parts', () => {
    const first = households.map((f) => scoreHousehold(f, SH_2024_1));
    const again = households.map((f) => JSON.stringify(scoreHousehold(f, SH_2024_1)));
    // `first` read its needs and explanation only now, after 400 other scorings reused the buffers.
    expect(first.map((p) => JSON.stringify(p))).toEqual(again);
  });

  it('unknown facts only widen: S ≤ compositeMax, k ≤ its maximum, level ≤ levelMax, decided ones in range', () => {
    for (const facts of households) {
      const p = scoreHousehold(facts, SH_2024_1);
      expect(p.composite).toBeLessThanOrEqual(p.range.compositeMax);
      expect(p.deprivedDimensionCount).toBeLessThanOrEqual(p.range.deprivedDimensionCountMax);
      expect(HARDSHIP_LEVELS.indexOf(p.range.levelMax)).toBeLessThanOrEqual(HARDSHIP_LEVELS.indexOf(p.level));
      expect(p.range.levelDecided).toBe(p.range.levelMax === p.level);
      for (const ind of p.indicators) {
        expect(ind.scoreMin).toBeLessThanOrEqual(ind.scoreMax);
        expect(ind.missing).toBe(ind.scoreMin !== ind.scoreMax);
        if (!ind.missing) expect(ind.score).toBe(ind.scoreMin);
        else expect(ind.factsToAsk.length).toBeGreaterThan(0);
      }
      // A need is raised or possible, never both.
      const raised = new Set(p.needs.map((n) => n.code));
      expect(p.possibleNeeds.filter((n) => raised.has(n.code))).toEqual([]);
      for (const n of p.possibleNeeds) expect(n.factsToAsk.length + n.conditions.length).toBeGreaterThan(0);
    }
  });

  it('does not change the facts it reads', () => {
    const facts = households.slice(0, 50);
    const copy = structuredClone(facts);
    for (const f of facts) JSON.stringify(scoreHousehold(f, SH_2024_1));
    expect(facts).toEqual(copy);
  });
});
