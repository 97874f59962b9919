// npm run assess -- --all [--street <code>] [--chunk 500] [--force] [--no-work]
// npm run assess -- --resume <run id> [--no-work]
// Reassesses every active household (or one street's) as a chunked run (issue 15 §3): keyset ranges of
// household ids, one transaction per chunk, each chunk committed exactly once. On PostgreSQL the chunks
// go on the queue (pg-boss, schema pgboss) and this command works on them too, beside any number of
// `npm run worker` processes on any machine; --no-work only plans and enqueues. On the embedded database
// this process runs the chunks in turn (the same chunk code). A progress bar with rate and ETA follows the
// run's batch_run row (also GraphQL `batchRuns`, and /metrics). Idempotent without --force: a household
// whose latest assessment has the active model, today's date and identical facts is skipped.
// --resume takes up a run's chunks not yet done (after a failure, or with every worker gone).
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { systemClock } from '../common/clock';
import { createServices } from '../graphql/schema';
import { planAssessRun, runChunksInProcess } from '../modules/assessment/assess-batch';
import { workerId } from '../modules/batch/batch-chunks';
import type { BatchRun } from '../modules/batch/batch-run.entity';
import { parseArgs } from './args';
import { chunkedRuns, chunkWorks, openQueue, progressBar, workOn } from './batch-support';
import { seedReferenceData } from '../../seeds';

const USAGE =
  'usage: npm run assess -- --all [--street <9-digit code>] [--chunk 500] [--force] [--no-work] | --resume <run id>';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const street = args.get('street')?.[0];
  const resume = args.get('resume')?.[0];
  if (!args.has('all') && !street && !resume) throw new Error(USAGE);
  if (street && !/^\d{9}$/.test(street)) throw new Error('--street takes a 9-digit street code');
  if (resume !== undefined && !/^[0-9a-f-]{36}$/i.test(resume)) throw new Error('--resume takes a run id (a UUID)');
  const config = loadConfig();
  const chunk = Number(args.get('chunk')?.[0] ?? config.batch.chunkSize);
  if (!Number.isInteger(chunk) || chunk < 1) throw new Error('--chunk must be a positive whole number');
  const force = args.has('force');
  const database = await openDatabase(config);
  const db = database.dataSource;
  try {
    await seedReferenceData(db); // idempotent: the active model and the 低保 standard must exist
    const services = createServices(db, systemClock);
    const chunked = chunkedRuns(db, systemClock);
    let run: BatchRun;
    if (resume) {
      const found = await chunked.get(resume);
      if (!found || found.kind !== 'assess' || found.chunks === 0) throw new Error(`no chunked assess run ${resume}`);
      await chunked.reopen(resume);
      run = (await chunked.get(resume))!;
    } else {
      run = (await planAssessRun(chunked, { street, chunk, force, actorId: 'cli:assess' })).run;
    }
    process.stderr.write(`run ${run.id}: ${run.total} households in ${run.chunks} chunks\n`);
    const show = (r: BatchRun) => process.stderr.write(`\r${progressBar(r)}`);
    if (!config.databaseUrl) {
      run = await runChunksInProcess(chunked, run.id, chunkWorks(services).assess!, workerId(), show);
    } else {
      const queue = await openQueue(config.databaseUrl, config.batch);
      try {
        const pending = await chunked.pending(run.id);
        await queue.enqueue(pending.map((c) => ({ kind: 'assess', runId: run.id, chunkId: c.id })));
        if (args.has('no-work')) {
          process.stderr.write(`${pending.length} chunks queued; \`npm run worker\` processes will take them\n`);
          return;
        }
        workOn(queue, chunked, chunkWorks(services), config.batch.concurrency);
        for (;;) {
          run = (await chunked.get(run.id))!;
          show(run);
          if (run.status !== 'RUNNING') break;
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      } finally {
        await queue.stop();
      }
    }
    show(run);
    const seconds = ((run.finishedAt ?? new Date()).getTime() - run.startedAt.getTime()) / 1000;
    process.stderr.write(
      `\n${run.status}: ${run.done} households in ${seconds.toFixed(1)} s: ` +
        `${Math.round(run.done / Math.max(seconds, 0.001))} households/second\n`,
    );
    if (run.status !== 'SUCCEEDED') process.exitCode = 1;
  } finally {
    await database.close();
  }
}
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
