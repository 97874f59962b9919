// The tables a reassessment maintains after its chunks (ASSESS_TOUCHES, batch-chunks.ts): ANALYZE and
// VACUUM (ANALYZE) accept every entry on both databases, the assessment's with its column list (its json
// columns left out). maintainTables reports a failure through `warn` instead of throwing (a chunk's
// maintenance must never fail the chunk), so a statement the database refuses would otherwise go unseen.
import { ASSESS_TOUCHES } from '../../src/modules/assessment/assess-batch';
import { maintainTables } from '../../src/modules/batch/table-maintenance';
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
});
