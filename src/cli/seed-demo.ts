// npm run seed:demo -- [--size 200]: adds the synthetic demo population (idempotent: running it
// again adds nothing; a larger --size adds only the missing households). Uses DATABASE_URL or the
// embedded database in DATA_DIR, exactly like the service.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { seedReferenceData } from '../../seeds';
import { seedDemo } from '../../seeds/demo.seed';
import { systemClock } from '../common/clock';
import { BatchRuns } from '../modules/batch/batch-progress';
import { maintainTables } from '../modules/batch/table-maintenance';
import { parseArgs } from './args';

/** What seedDemo writes (seeds/demo.seed.ts). */
const DEMO_TABLES = ['household', 'member', 'category_holding', 'assistance_event'];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const size = Number(args.get('size')?.[0] ?? 200);
  if (!Number.isInteger(size) || size < 0) throw new Error('--size must be a non-negative whole number');
  const database = await openDatabase(loadConfig());
  try {
    await seedReferenceData(database.dataSource);
    // progress in batch_run (kind 'seed_demo'), for the service's /metrics
    const batches = new BatchRuns(database.dataSource, systemClock, (error) =>
      process.stderr.write(`\nbatch progress not recorded: ${error instanceof Error ? error.message : error}\n`),
    );
    const started = Date.now();
    await batches.track('seed_demo', size, async (run) => {
      let reported = 0;
      await seedDemo(database.dataSource, size, ({ done, total }) => {
        run.advance(done - reported);
        reported = done;
        process.stderr.write(`\rdemo households ${done}/${total}`);
      });
    });
    const seconds = (Date.now() - started) / 1000;
    // The demo is one bulk write: statistics and the visibility map for the tables it filled.
    await maintainTables(database.dataSource, DEMO_TABLES, true, (error) =>
      process.stderr.write(`\nVACUUM (ANALYZE) failed: ${error instanceof Error ? error.message : error}\n`),
    );
    const [{ n }] = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM household WHERE id::text LIKE 'dec0de00-%'`,
    );
    process.stderr.write(
      `\n${size} demo households in ${seconds.toFixed(1)} s ` +
        `(${Math.round(size / Math.max(seconds, 0.001))}/s); ${n} demo households in the database\n`,
    );
  } finally {
    await database.close();
  }
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
