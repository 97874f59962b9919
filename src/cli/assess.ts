// npm run assess -- --all [--street <code>] [--chunk 500] [--force]
// Reassesses every active household (or one street's) in streaming chunks, one transaction per
// chunk, with a progress line; then prints households/second. Idempotent: a household whose latest
// assessment has the active model, today's date and identical facts is skipped, so an interrupted
// run can simply be started again. --force assesses regardless. Progress goes to batch_run (kind
// 'assess'), which the service's /metrics reads.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { systemClock } from '../common/clock';
import { createServices } from '../graphql/schema';
import { runAssessBatch } from '../modules/assessment/assess-batch';
import { BatchRuns } from '../modules/batch/batch-progress';
import { parseArgs } from './args';
import { seedReferenceData } from '../../seeds';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const street = args.get('street')?.[0];
  if (!args.has('all') && !street)
    throw new Error('usage: npm run assess -- --all [--street <9-digit code>] [--chunk 500] [--force]');
  if (street && !/^\d{9}$/.test(street)) throw new Error('--street takes a 9-digit street code');
  const chunk = Number(args.get('chunk')?.[0] ?? 500);
  const force = args.has('force');
  const database = await openDatabase(loadConfig());
  const db = database.dataSource;
  try {
    await seedReferenceData(db); // idempotent: the active model and the 低保 standard must exist
    const { assessments } = createServices(db, systemClock);
    // progress in batch_run, for the service's /metrics (a failed write is a warning, never a failure)
    const batches = new BatchRuns(db, systemClock, (error) =>
      process.stderr.write(`\nbatch progress not recorded: ${error instanceof Error ? error.message : error}\n`),
    );
    const started = Date.now();
    const { done, created } = await runAssessBatch(db, assessments, batches, {
      street,
      chunk,
      force,
      actorId: 'cli:assess',
      onChunk(done, total) {
        const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
        process.stderr.write(
          `\rassessed ${done}/${total} (${Math.round((100 * done) / Math.max(total, 1))}%) ${Math.round(rate)}/s`,
        );
      },
    });
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(
      `\n${done} households in ${seconds.toFixed(1)} s: ${Math.round(done / Math.max(seconds, 0.001))} ` +
        `households/second (${created} new assessments, ${done - created} unchanged)\n`,
    );
  } finally {
    await database.close();
  }
}
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
