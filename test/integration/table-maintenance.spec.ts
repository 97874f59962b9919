// The tables a reassessment maintains after its chunks (ASSESS_TOUCHES, batch-chunks.ts): ANALYZE and
// VACUUM (ANALYZE) accept every entry on both databases, the assessment's with its column list (its json
// columns left out). maintainTables reports a failure through `warn` instead of throwing (a chunk's
// maintenance must never fail the chunk), so a statement the database refuses would otherwise go unseen.
import { ASSESS_TOUCHES } from '../../src/modules/assessment/assess-batch';
import { maintainTables, staleTables } from '../../src/modules/batch/table-maintenance';
import { openTestDatabase, TestDatabase } from '../support/test-database';

let database: TestDatabase & { close(): Promise<void> };
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('batch table maintenance', () => {
  it('analyses and vacuums what a reassessment writes, without a warning', async () => {
    expect(ASSESS_TOUCHES[0]).toMatch(/^assessment \(.*household_id.*\)$/);
    expect(ASSESS_TOUCHES[0]).not.toMatch(/facts\b|profile/);
    const warnings: unknown[] = [];
    await maintainTables(database.db, ASSESS_TOUCHES, false, (e) => warnings.push(e));
    await maintainTables(database.db, ASSESS_TOUCHES, true, (e) => warnings.push(e));
    expect(warnings).toEqual([]);
  });

  it('refuses an entry that is not a table (with columns)', async () => {
    await expect(maintainTables(database.db, ['assessment; DROP TABLE need'], false, () => undefined)).rejects.toThrow(
      /not a table to maintain/,
    );
  });

  it('names a table as stale once it changed by as many rows as its statistics counted, plus 50', async () => {
    const db = database.db;
    await db.query('CREATE TABLE tm_probe (id int)');
    await db.query('INSERT INTO tm_probe SELECT generate_series(1, 200)');
    await db.query('ANALYZE tm_probe'); // 200 rows counted: stale again after 250 changes
    const entries = ['tm_probe (id)', 'need'];
    // PostgreSQL's counters reach pg_stat_user_tables within about a second of a commit.
    const settled = async (expected: string[]) => {
      for (let i = 0; i < 40; i++) {
        const stale = await staleTables(db, entries);
        if (JSON.stringify(stale) === JSON.stringify(expected)) return stale;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return staleTables(db, entries);
    };
    expect(await settled([])).toEqual([]);
    await db.query('INSERT INTO tm_probe SELECT generate_series(1, 240)');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await staleTables(db, entries)).toEqual([]); // 240 < 200 + 50
    await db.query('UPDATE tm_probe SET id = id + 1 WHERE id <= 10');
    expect(await settled(['tm_probe (id)'])).toEqual(['tm_probe (id)']); // 250 changes
    await maintainTables(db, ['tm_probe (id)'], false, () => undefined);
    expect(await settled([])).toEqual([]);
    await db.query('DROP TABLE tm_probe');
  });
});
