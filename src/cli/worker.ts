// npm run worker: takes chunks of batch runs (a city-wide `assess`) off the queue kept in PostgreSQL
// and runs them, WORKER_CONCURRENCY at a time, until SIGTERM or SIGINT (then it finishes the chunks in
// hand). Start as many as you like, on any machine that reaches the database (README "City-wide runs").
// Needs DATABASE_URL: the embedded database runs no queue (`npm run assess` works in-process there).
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { systemClock } from '../common/clock';
import { createServices } from '../graphql/schema';
import { workerId } from '../modules/batch/batch-chunks';
import { chunkedRuns, chunkWorks, openQueue, workOn } from './batch-support';

async function main() {
  const config = loadConfig();
  if (!config.databaseUrl)
    throw new Error(
      'npm run worker needs DATABASE_URL (PostgreSQL); on the embedded database `npm run assess` works alone',
    );
  const database = await openDatabase(config);
  const db = database.dataSource;
  // No reference-data seeding here: workers start side by side, and the run's planner (assess) has seeded.
  const services = createServices(db, systemClock);
  const queue = await openQueue(config.databaseUrl, config.batch);
  workOn(queue, chunkedRuns(db, systemClock), chunkWorks(services), config.batch.concurrency);
  process.stderr.write(`worker ${workerId()} waiting for chunks (concurrency ${config.batch.concurrency})\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`worker ${workerId()} stopping\n`);
    await queue.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
