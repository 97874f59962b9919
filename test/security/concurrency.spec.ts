// Issue 13: 20 concurrent updateHousehold calls carrying one expectedVersion — 10 succeeded (version
// 1 → 11). The version is now checked in the UPDATE itself (src/db/optimistic.ts): exactly one
// wins. On PGlite (one connection) the requests interleave instead of running in parallel; the
// rule must hold all the same. And a unique index lost to a concurrent writer is a union error.
import { AddNeedDocument, CreateHouseholdDocument, UpdateHouseholdDocument } from '../__generated__/graphql';
import { householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('optimistic concurrency and races (security)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });

  async function newHousehold() {
    const { data } = await admin().exec(CreateHouseholdDocument, { input: householdInput() as never });
    if (data?.createHousehold.__typename !== 'Household') throw new Error('setup failed');
    return data.createHousehold;
  }

  it('lets exactly 1 of 20 concurrent updates with one expectedVersion through; 19 get ConflictError', async () => {
    const household = await newHousehold();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        admin().exec(UpdateHouseholdDocument, {
          input: { id: household.id, expectedVersion: household.version, address: `并发路${i}号` },
        }),
      ),
    );
    const kinds = results.map((r) => r.data?.updateHousehold.__typename ?? r.errors?.[0].extensions?.code);
    expect(kinds.filter((k) => k === 'Household')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'ConflictError')).toHaveLength(19);
    const { rows } = await api.db.query('SELECT version FROM household WHERE id = $1', [household.id]).then((r) => ({
      rows: r as Array<{ version: number }>,
    }));
    expect(rows[0].version).toBe(household.version + 1);
  });

  it('answers concurrent addNeed with one code with the need or a union error, never an internal error', async () => {
    const household = await newHousehold();
    const input = { householdId: household.id, code: 'N05', source: 'SELF_REPORT' as const, note: '并发' };
    const results = await Promise.all(Array.from({ length: 8 }, () => admin().exec(AddNeedDocument, { input })));
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      expect(['Need', 'InputValidationError']).toContain(r.data?.addNeed.__typename);
    }
    const open = await api.db.query(
      `SELECT count(*)::int AS n FROM need WHERE household_id = $1 AND code = 'N05'
        AND status NOT IN ('MET', 'DECLINED', 'RESOLVED')`,
      [household.id],
    );
    expect(open[0].n).toBe(1);
  });
});
