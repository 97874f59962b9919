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

/** The table of an entry: `assessment` for `assessment (id, household_id)`. */
export const tableOf = (entry: string): string => entry.replace(/\s*\(.*$/, '');

/**
 * The entries whose table changed, since its statistics were last gathered, by as many rows as those statistics
 * counted (plus 50, PostgreSQL's own analyze threshold): the planner's idea of its size is off by half or more.
 * A table that started empty is so after its first chunk, then after about every doubling; a table that was
 * already large before a run that rewrites it once, not before the run's end. From PostgreSQL's own counters
 * (pg_stat_user_tables, kept with autovacuum off too); none where the database does not keep them.
 */
export async function staleTables(db: DataSource, entries: readonly string[]): Promise<string[]> {
  if (!entries.length) return [];
  const rows: Array<{ relname: string }> = await db.query(
    `SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
      WHERE s.schemaname = current_schema() AND s.relname = ANY($1)
        AND s.n_mod_since_analyze >= greatest(c.reltuples, 0) + 50`,
    [entries.map(tableOf)],
  );
  const stale = new Set(rows.map((r) => r.relname));
  return entries.filter((entry) => stale.has(tableOf(entry)));
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
