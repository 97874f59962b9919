// npm run warnings:import -- file.csv [--source <name>]
// Ingests a CSV of data-comparison events (header: event_id,type,id_number,date,detail; UTF-8, UTF-8 with BOM or
// GB18030).
// All or nothing: any malformed line rejects the file with every problem listed by line; events
// already ingested are reported as duplicates; unmatched ones are stored and reported. Output never
// contains a raw ID number. Exit code 0 when applied, 1 when rejected, 2 on wrong usage.
import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { systemClock } from '../common/clock';
import { createServices } from '../graphql/schema';
import { BatchRuns } from '../modules/batch/batch-progress';
import { importWarningsFile } from '../modules/warning/warning-import';
import { parseArgs } from './args';
import { seedReferenceData } from '../../seeds';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--source');
  if (!file) {
    console.error('usage: npm run warnings:import -- <file.csv> [--source <name>]');
    return 2;
  }
  const source = parseArgs(argv).get('source')?.[0] ?? path.basename(file);
  const database = await openDatabase(loadConfig());
  try {
    await seedReferenceData(database.dataSource);
    const { warnings } = createServices(database.dataSource, systemClock);
    // progress in batch_run, for the service's /metrics (a failed write is a warning, never a failure)
    const batches = new BatchRuns(database.dataSource, systemClock, (error) =>
      console.error(`batch progress not recorded: ${error instanceof Error ? error.message : error}`),
    );
    const print = (line: string) => console.log(line);
    return await importWarningsFile(warnings, file, source, print, batches);
  } finally {
    await database.close();
  }
}
main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
