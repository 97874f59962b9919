// Eligibility benchmark (npm run bench:eligibility): compiles every rule of seeds/data/catalogue.json
// once, builds EligibilityFacts once for 10k deterministic synthetic households, then times
// catalogue × households evaluate() calls on one thread (median of several rounds) and, separately,
// explain(). Prints evaluations/second and the share of ELIGIBLE / INELIGIBLE / UNKNOWN.
import catalogue from '../../../../seeds/data/catalogue.json';
import { buildEligibilityFacts, type EligibilityFacts } from '../eligibility-facts';
import { compileRule } from '../rule.compile';
import type { CompiledRule, Rule, Verdict } from '../rule.types';
import { SYNTHETIC_STANDARD, syntheticHouseholds } from './households.synthetic';

const HOUSEHOLDS = 10_000;
const SEED = 20240615;
const ROUNDS = 7;
const EXPLAIN_HOUSEHOLDS = 1_000;
const TARGET_PER_SECOND = 1_000_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Keeps results observable so the JIT cannot drop the work being timed. */
let sink = 0;

function timeRounds(rounds: number, work: () => number): number {
  const rates: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const start = process.hrtime.bigint();
    const count = work();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (round > 0) rates.push(count / seconds); // round 0 warms up the JIT
  }
  return median(rates);
}

function main(): void {
  const t0 = process.hrtime.bigint();
  const rules: CompiledRule[] = catalogue.resources.map((r) => compileRule(r.eligibility as Rule));
  const compileMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const t1 = process.hrtime.bigint();
  const facts: EligibilityFacts[] = syntheticHouseholds(HOUSEHOLDS, SEED).map((h) =>
    buildEligibilityFacts(h.facts, h.extra, SYNTHETIC_STANDARD),
  );
  const buildMs = Number(process.hrtime.bigint() - t1) / 1e6;

  const counts: Record<Verdict, number> = { ELIGIBLE: 0, INELIGIBLE: 0, UNKNOWN: 0 };
  for (const f of facts) for (const rule of rules) counts[rule.evaluate(f)]++;

  const evaluate = timeRounds(ROUNDS, () => {
    for (let h = 0; h < facts.length; h++) {
      const f = facts[h];
      for (let r = 0; r < rules.length; r++) if (rules[r].evaluate(f) === 'ELIGIBLE') sink++;
    }
    return facts.length * rules.length;
  });

  const sample = facts.slice(0, EXPLAIN_HOUSEHOLDS);
  const explain = timeRounds(3, () => {
    let disagreements = 0;
    for (const f of sample) for (const rule of rules) if (rule.explain(f).result !== rule.evaluate(f)) disagreements++;
    if (disagreements > 0) throw new Error(`${disagreements} explain/evaluate disagreements`);
    return sample.length * rules.length;
  });

  const total = facts.length * rules.length;
  const pct = (x: number) => `${((100 * x) / total).toFixed(1)}%`;
  const fmt = (x: number) => Math.round(x).toLocaleString('en');
  console.log(
    `\n${rules.length} catalogue rules compiled in ${compileMs.toFixed(1)} ms; ${fmt(HOUSEHOLDS)} synthetic ` +
      `households (seed ${SEED}) generated and built in ${buildMs.toFixed(0)} ms ` +
      `(${fmt(HOUSEHOLDS / (buildMs / 1000))} households/s)`,
  );
  console.log(`node ${process.version}, one JS thread, median of ${ROUNDS} rounds`);
  console.log(`evaluate: ${fmt(evaluate).padStart(12)} evaluations/s   (${fmt(total)} per round)`);
  console.log(
    `explain : ${fmt(explain).padStart(12)} evaluations/s   (${fmt(sample.length * rules.length)} per round, ` +
      `trace tree built; each also checked against evaluate)`,
  );
  console.log(
    `verdicts: ELIGIBLE ${pct(counts.ELIGIBLE)}, INELIGIBLE ${pct(counts.INELIGIBLE)}, UNKNOWN ${pct(counts.UNKNOWN)}`,
  );
  console.log(`target: ≥ ${fmt(TARGET_PER_SECOND)} evaluate/s — ${evaluate >= TARGET_PER_SECOND ? 'met' : 'NOT met'}`);
  if (evaluate < TARGET_PER_SECOND) process.exitCode = 1;
  if (sink < 0) console.log(sink);
}

main();
