// After a bulk write on a server running with autovacuum off (issue 15): ANALYZE gives the planner
// the new row counts, VACUUM (ANALYZE) also clears dead tuples and sets the visibility map, without
// which index-only scans (the households page's counts, issue 19) visit the heap for every row.
import type { DataSource } from 'typeorm';

export async function maintainTables(
  db: DataSource,
  tables: readonly string[],
  vacuum: boolean,
  warn: (error: unknown) => void,
): Promise<void> {
  if (!tables.length) return;
  const list = tables.map(analysed).join(', ');
  // On a connection of its own, without the pool's statement_timeout (DB_STATEMENT_TIMEOUT_MS): a VACUUM
  // of a large table takes longer than a request may, and VACUUM cannot run in a transaction (SET LOCAL).
  const runner = db.createQueryRunner();
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query(vacuum ? `VACUUM (ANALYZE) ${list}` : `ANALYZE ${list}`);
  } catch (error) {
    warn(error);
  } finally {
    await runner.query('RESET statement_timeout').catch(warn); // the pool's timeout again
    await runner.release();
  }
}

/** `"table"`, or `"table" ("a", "b")` for an entry `table (a, b)`: only those columns' statistics gathered. */
function analysed(entry: string): string {
  const [, table, columns] = /^(\w+)(?:\s*\(([\w\s,]+)\))?$/.exec(entry) ?? [];
  if (!table) throw new Error(`not a table to maintain: ${entry}`);
  const cols = columns
    ? ` (${columns
        .split(',')
        .map((c) => `"${c.trim()}"`)
        .join(', ')})`
    : '';
  return `"${table}"${cols}`;
}
