// Rules in one place (issue 14): after every migration the database holds no function of its own
// but the access audit's append-only trigger, the text-search bigrams and the statistics counters'
// triggers (migration 1778000000000: they add and subtract row counts per street, level and need
// status in the writing transaction, issue 15, and decide nothing), so no visit-schedule, exit or
// reassessment rule lives in SQL; the frozen copies in two migrations were one-shot backfills
// (test/unit/architecture/rules-in-policy.spec.ts keeps them private).
import { useTestDatabase } from '../support/test-database';

describe('functions in the database', () => {
  const t = useTestDatabase();

  it('are only the audit trigger, the search bigrams and the statistics counters', async () => {
    const rows: Array<{ name: string }> = await t.db.query(
      `SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                          AND d.deptype = 'e')
        ORDER BY 1`,
    );
    const counters = [
      'hardship_count_insert',
      'household_counts_delete',
      'household_counts_update',
      'need_count_delete',
      'need_count_insert',
      'need_count_update',
      'stat_slot',
    ];
    expect(rows.map((r) => r.name)).toEqual(['access_audit_append_only', ...counters, 'search_bigrams'].sort());
  });
});
