// npm run bench:plan [-- --households 20000 --sample 2000 --single 300 --all]
// 0. the pure planner beside scoring on bench:scoring's synthetic households (plan-pure.bench.ts);
// 1. the pure matcher over the seeded catalogue: plans/second for single households (inputs preloaded);
// 2. the same through PlanService against the database, one household per transaction (load,
//    plan, store), rolled back so nothing stays behind;
// 3. with --all: re-plan every assessed household in chunks of 500, each chunk's writes rolled back.
// Runs migrations first (the database may predate the plan tables). Without DATABASE_URL an in-memory
// database with a 2,000-household demo population is used; for the 100k figure point DATABASE_URL at fl_demo.
import 'reflect-metadata';
import { parseArgs } from '../../../cli/args';
import { loadConfig } from '../../../config';
import { openDatabase } from '../../../db/data-source';
import { systemClock } from '../../../common/clock';
import { createServices } from '../../../graphql/schema';
import { seedReferenceData } from '../../../../seeds';
import { Household } from '../../household/household.entity';
import { planHousehold } from '../planner';
import { runPure } from './plan-pure.bench';
import { seedAssessedDemo } from './assessed-demo';

class Rollback extends Error {}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const sample = Number(args.get('sample')?.[0] ?? 2000);
  const single = Number(args.get('single')?.[0] ?? 300);
  runPure(Number(args.get('households')?.[0] ?? 20_000));
  const config = { ...loadConfig(), migrateOnStart: true };
  if (!config.databaseUrl) config.dataDir = 'memory://';
  const database = await openDatabase(config);
  const db = database.dataSource;
  try {
    await seedReferenceData(db);
    const s = createServices(db, systemClock);
    if (!config.databaseUrl) await seedAssessedDemo(db, sample);
    const assessed = () =>
      db
        .getRepository(Household)
        .createQueryBuilder('h')
        .where(`h.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM assessment a WHERE a.household_id = h.id)`)
        .orderBy('h.id');
    const households = await assessed().take(sample).getMany();
    const catalogue = await s.plans.inputs.catalogue(db.manager);
    const inputs = await s.plans.inputs.load(db.manager, households, catalogue);
    console.log(
      `catalogue: ${catalogue.resources.length} resources; sample: ${inputs.length} assessed households ` +
        `(${config.databaseUrl ? 'PostgreSQL' : 'in-memory PGlite'})`,
    );

    // 1. In memory: median of 5 rounds over the sample.
    const rates: number[] = [];
    let items = 0;
    for (let round = 0; round < 5; round++) {
      const t0 = process.hrtime.bigint();
      for (const d of inputs) items += planHousehold(d.input).items.length;
      rates.push(inputs.length / (Number(process.hrtime.bigint() - t0) / 1e9));
    }
    rates.sort((a, b) => a - b);
    console.log(
      `in-memory matcher: ${Math.round(rates[2])} plans/s ` +
        `(median of 5; ${(items / inputs.length / 5).toFixed(1)} items per plan)`,
    );

    // 2. Through the service, one household per transaction, rolled back.
    const few = households.slice(0, single);
    const t1 = Date.now();
    const times: number[] = [];
    for (const h of few) {
      const t = process.hrtime.bigint();
      await db
        .transaction(async (em) => {
          await s.plans.generateMany(em, [h], 'bench:plan', { onlyChanged: false });
          throw new Rollback();
        })
        .catch((e) => {
          if (!(e instanceof Rollback)) throw e;
        });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const viaDb = few.length / ((Date.now() - t1) / 1000);
    times.sort((a, b) => a - b);
    const pct = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    console.log(
      `via PlanService (load + plan + store, one household per transaction): ${viaDb.toFixed(1)} plans/s ` +
        `over ${few.length} households; p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms (target p95 ≤ 50 ms)`,
    );

    // 3. Every assessed household, in chunks of 500, each chunk's writes rolled back.
    if (args.has('all')) {
      const total = await assessed().getCount();
      const t2 = Date.now();
      let done = 0;
      let stored = 0;
      for (let lastId = '00000000-0000-0000-0000-000000000000'; ;) {
        const chunk = await assessed().andWhere('h.id > :lastId', { lastId }).take(500).getMany();
        if (chunk.length === 0) break;
        lastId = chunk[chunk.length - 1].id;
        await db
          .transaction(async (em) => {
            stored += (await s.plans.generateMany(em, chunk, 'bench:plan', { onlyChanged: false })).items.length;
            throw new Rollback();
          })
          .catch((e) => {
            if (!(e instanceof Rollback)) throw e;
          });
        done += chunk.length;
        process.stderr.write(`\rre-planned ${done}/${total} ${Math.round(done / ((Date.now() - t2) / 1000))}/s`);
      }
      const seconds = (Date.now() - t2) / 1000;
      process.stderr.write('\n');
      console.log(
        `re-plan all: ${done} households in ${seconds.toFixed(1)} s ` +
          `(${Math.round(done / seconds)} households/s, ${stored} items written then rolled back)`,
      );
    }
  } finally {
    await database.close();
  }
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
