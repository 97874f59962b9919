// Scoring benchmark (npm run bench:scoring): 100k deterministic synthetic households scored on one
// thread by the generic engine and by the hand-written floor. Asserts both give the same indicator
// scores, S, k and level for every household, then prints households/second and the ratio.
import { SH_2024_1, scoreHousehold, type HardshipProfile, type HouseholdFacts } from '../index';
import { FLOOR_WEIGHTS, floorScore } from './floor';
import { syntheticHouseholds } from './synthetic';

const HOUSEHOLDS = 100_000;
const SEED = 20240615;
const ROUNDS = 8;
const TARGET_PER_SECOND = 200_000;
const TARGET_RATIO = 2;

function checkAgreement(households: HouseholdFacts[]): void {
  const weights = SH_2024_1.dimensions.map((d) => d.weight);
  if (weights.some((w, i) => w !== FLOOR_WEIGHTS[i]))
    throw new Error(`floor weights differ from the model: ${weights.join(', ')}`);
  let disagreements = 0;
  for (const facts of households) {
    const p = scoreHousehold(facts, SH_2024_1);
    const f = floorScore(facts);
    const sameScores = p.indicators.every(
      (ind, i) => ind.scoreMin === f.scores[i] && ind.missing === (f.open[i] === 1),
    );
    if (!sameScores || p.composite !== f.composite || p.level !== f.level || p.deprivedDimensionCount !== f.k) {
      if (disagreements++ < 3)
        console.error(
          'disagreement',
          JSON.stringify({
            facts,
            engine: [p.composite, p.level, p.deprivedDimensionCount],
            floor: [f.composite, f.level, f.k],
          }),
        );
    }
  }
  if (disagreements > 0) throw new Error(`${disagreements} households scored differently by the engine and the floor`);
  console.log(
    `agreement: engine and floor give identical indicator scores (known or lowest allowed, and which are open), ` +
      `S, k and level for all ${households.length} households`,
  );
}

/** Reads every lazily built part, as a consumer storing the whole profile would. */
function readAll(p: HardshipProfile): number {
  return p.needs.length + (p.explanation?.drivers.length ?? 0) + (p.explanation?.levelSensitivity.decisive.length ?? 0);
}

type Scorer = (facts: HouseholdFacts) => unknown;

/** Households per second for each scorer. Rounds interleave the scorers in a rotating order, so a
 *  busy machine (and the garbage one scorer leaves for the next) weighs on all of them alike; the
 *  median round counts, and round 0 only warms up the JIT. */
function measure(households: HouseholdFacts[], scorers: Record<string, Scorer>): Record<string, number> {
  const rates: Record<string, number[]> = {};
  const entries = Object.entries(scorers);
  for (let round = 0; round <= ROUNDS; round++) {
    const order = [...entries.slice(round % entries.length), ...entries.slice(0, round % entries.length)];
    for (const [name, score] of order) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < households.length; i++) score(households[i]);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (round > 0) (rates[name] ??= []).push(households.length / seconds);
    }
  }
  return Object.fromEntries(
    Object.entries(rates).map(([name, r]) => [name, r.sort((a, b) => a - b)[Math.floor(r.length / 2)]]),
  );
}

function main(): void {
  const households = syntheticHouseholds(HOUSEHOLDS, SEED);
  checkAgreement(households);
  const rates = measure(households, {
    floor: floorScore,
    engine: (facts) => scoreHousehold(facts, SH_2024_1),
    readAll: (facts) => readAll(scoreHousehold(facts, SH_2024_1)),
    core: (facts) => scoreHousehold(facts, SH_2024_1, { explain: false }),
  });
  const row = (name: string, rate: number) =>
    console.log(
      `${name.padEnd(64)} ${Math.round(rate).toLocaleString('en').padStart(9)} ` +
        `households/s   ${(rates.floor / rate).toFixed(2)}× floor time`,
    );
  console.log(
    `\n${HOUSEHOLDS.toLocaleString('en')} synthetic households (seed ${SEED}), median of ${ROUNDS} interleaved ` +
      `rounds, one JS thread, node ${process.version}`,
  );
  row('floor (hand-written sh-2024.1 numbers)', rates.floor);
  row('scoreHousehold(facts, model) — the default call', rates.engine);
  row('  the same, then reading needs and explanation (built on first read)', rates.readAll);
  row('scoreHousehold(facts, model, { explain: false })', rates.core);
  const ok = rates.engine >= TARGET_PER_SECOND && rates.floor / rates.engine <= TARGET_RATIO;
  console.log(
    `target for the default call: ≥ ${TARGET_PER_SECOND.toLocaleString('en')}/s and ≤ ${TARGET_RATIO}× the ` +
      `floor's time — ${ok ? 'met' : 'NOT met'}`,
  );
}

main();
