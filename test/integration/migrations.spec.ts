import { useTestDatabase } from '../support/test-database';

describe('migrations', () => {
  const t = useTestDatabase();

  const tables = async () =>
    (
      await t.db.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()
          AND table_name <> 'migrations' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);

  it('revert completely and apply again', async () => {
    expect(await tables()).toEqual(expect.arrayContaining(['household', 'member', 'street', 'district']));
    while ((await t.db.query('SELECT count(*)::int AS n FROM migrations'))[0].n > 0) await t.db.undoLastMigration();
    expect(await tables()).toEqual([]);
    await t.db.runMigrations();
    expect(await tables()).toEqual(
      expect.arrayContaining(['household', 'member', 'category_holding', 'assistance_event', 'life_event']),
    );
    expect(await t.db.showMigrations()).toBe(false);
  });
});
