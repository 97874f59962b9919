// The body of `npm run warnings:import`: a CSV file (UTF-8 or GB18030) → one all-or-nothing batch, with a report
// whose lines never contain a raw ID number. Kept apart from the CLI so tests can run it on their database.
import { readFileSync } from 'node:fs';
import type { BatchRuns } from '../batch/batch-progress';
import { decodeWarningFile, warningRowsFromCsv } from './warning-csv';
import type { WarningService } from './warning.service';

/** `warnings` comes from createServices, so the batch runs every WarningMatched handler. */
export async function importWarningsFile(
  warnings: WarningService,
  file: string,
  source: string,
  print: (line: string) => void,
  batches?: BatchRuns,
): Promise<number> {
  const { text } = decodeWarningFile(readFileSync(file));
  const { rows, problems } = warningRowsFromCsv(text);
  // A batch of kind 'warnings_import' (src/modules/batch): items = the file's lines with a row or a problem.
  const lines = new Set([...rows.map((r) => r.line), ...problems.map((p) => p.line)]);
  const run = await batches?.start('warnings_import', lines.size);
  let result;
  try {
    result = await warnings.ingest(
      { id: 'cli:warnings-import', role: 'ADMIN', name: null, streetCodes: [], providerId: null },
      source,
      rows,
      problems,
    );
  } catch (error) {
    await run?.fail();
    throw error;
  }
  if ('problems' in result) {
    const refused = new Set(result.problems.map((p) => p.line)).size; // all or nothing: none applied
    run?.advance(Math.max(lines.size - refused, 0), refused);
    await run?.fail();
    print(`${file}: rejected, nothing was applied (${result.problems.length} problem(s)):`);
    for (const p of result.problems)
      print(`  line ${p.line}${p.eventId ? ` [${p.eventId}]` : ''} ${p.field}: ${p.reason} — ${p.message}`);
    return 1;
  }
  const { batch, unmatched, duplicates } = result;
  run?.advance(batch.rows);
  await run?.finish();
  print(
    `${file}: batch ${batch.id} from "${source}": ${batch.rows} rows, ${batch.matched} matched (households ` +
      `flagged for reassessment and a visit), ${batch.unmatched} unmatched, ${batch.duplicates} duplicates`,
  );
  for (const u of unmatched) print(`  line ${u.line} [${u.eventId}] unmatched: ${u.reason}`);
  for (const d of duplicates) print(`  line ${d.line} [${d.eventId}] duplicate: already ingested, unchanged`);
  return 0;
}
