// Issue 15 §3: needStatistics and hardshipStatistics read counters that triggers keep in step with
// need, assessment and household (migration 1778000000000). After every kind of write — bulk SQL,
// the services' own writes, a street move, an archive, a delete, a rolled-back transaction — the
// counters give exactly what grouping the tables directly gives (the definition of both statistics:
// needs of ACTIVE households by code and status, households counted once; ACTIVE households by the
// street, level and circle of their latest assessment), for ADMIN, a district, an ADVISER and VIEWER.
import { In } from 'typeorm';
import { TestClock } from '../../src/common/clock';
import { smallCell, streetScope } from '../../src/common/small-cells';
import type { Viewer } from '../../src/common/viewer';
import { createServices } from '../../src/graphql/schema';
import { Household } from '../../src/modules/household/household.entity';
import { openTestDatabase, TestDatabase } from '../support/test-database';
import { seedCity } from '../support/seed-city';

const admin: Viewer = { id: 'admin', role: 'ADMIN', name: null, streetCodes: [], providerId: null };
const VIEWER: Viewer = { id: 'viewer', role: 'VIEWER', name: null, streetCodes: [], providerId: null };

let database: TestDatabase & { close(): Promise<void> };
let services: ReturnType<typeof createServices>;
beforeAll(async () => {
  database = await openTestDatabase();
  services = createServices(database.db, database.clock as TestClock);
  await seedCity(database.db, 120); // 6 of 120 ARCHIVED, two OPEN needs and one assessment each
});
afterAll(() => database.close());

/** The statistics as defined, straight from the tables (what the services computed before the counters). */
async function direct(viewer: Viewer, districtCode?: string) {
  const params: unknown[] = [];
  const where = ["h.status = 'ACTIVE'", ...streetScope(viewer, 'h.street_code', districtCode, params)].join(' AND ');
  const needs: Array<{ code: string; status: string; needs: number; households: number }> = await database.db.query(
    `SELECT n.code, n.status, count(*)::int AS needs, count(DISTINCT n.household_id)::int AS households
     FROM need n JOIN household h ON h.id = n.household_id WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  );
  const hardship: Array<{ street_code: string; level: string; circle: number | null; households: number }> =
    await database.db.query(
      `SELECT h.street_code, a.level, a.circle, count(*)::int AS households FROM household h
       JOIN LATERAL (SELECT level, circle FROM assessment a WHERE a.household_id = h.id
         ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1) a ON true
       WHERE ${where} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      params,
    );
  return {
    needs: needs.map((r) => {
      const { suppressed, hide } = smallCell(viewer, r.households);
      return { code: r.code, status: r.status, needs: hide(r.needs), households: hide(r.households), suppressed };
    }),
    hardship: hardship.map((r) => {
      const { suppressed, hide } = smallCell(viewer, r.households);
      return {
        streetCode: r.street_code,
        level: r.level,
        circle: r.circle,
        households: hide(r.households),
        suppressed,
      };
    }),
  };
}

async function expectInStep() {
  const streets: Array<{ street_code: string }> = await database.db.query(
    `SELECT DISTINCT street_code FROM household WHERE status = 'ACTIVE' ORDER BY 1 LIMIT 3`,
  );
  const adviser: Viewer = { ...admin, id: 'adviser', role: 'ADVISER', streetCodes: streets.map((s) => s.street_code) };
  for (const [viewer, district] of [
    [admin, undefined],
    [admin, '310105'],
    [adviser, undefined],
    [VIEWER, undefined],
    [VIEWER, '310104'],
  ] as const) {
    const expected = await direct(viewer, district);
    expect(expected.needs.length + expected.hardship.length).toBeGreaterThan(0);
    expect(await services.needStatistics.needs(viewer, district)).toEqual(expected.needs);
    expect(await services.statistics.hardship(viewer, district)).toEqual(expected.hardship);
  }
}

/** Three closed needs of one code in one street: two of one household, one of another. */
async function closedNeedsInAStreet(street: string) {
  const ids: Array<{ id: string }> = await database.db.query(
    `INSERT INTO household (version, street_code, address, status)
     VALUES (1, $1, '示例1号', 'ACTIVE'), (1, $1, '示例2号', 'ACTIVE')
     RETURNING id`,
    [street],
  );
  await database.db.query(
    `INSERT INTO need (household_id, code, status, source, urgency)
     VALUES ($1, 'N01', 'RESOLVED', 'ASSESSMENT', 'ROUTINE'), ($1, 'N01', 'RESOLVED', 'ASSESSMENT', 'ROUTINE'),
            ($2, 'N01', 'RESOLVED', 'ASSESSMENT', 'ROUTINE')`,
    [ids[0].id, ids[1].id],
  );
}

it('counts what bulk SQL wrote (the seeded city) and a household once per cell', async () => {
  await expectInStep();
  const street = '310105002'; // 江苏路街道: the seeded city has only OPEN needs so far
  await closedNeedsInAStreet(street);
  const cells = await services.needStatistics.needs({ ...admin, role: 'ADVISER', streetCodes: [street] });
  // NEED-6 keeps one active row per household and code, closed ones stay as history: 3 rows, 2 households.
  expect(cells.find((c) => c.code === 'N01' && c.status === 'RESOLVED')).toMatchObject({ needs: 3, households: 2 });
  await expectInStep();
});

it('stays in step through assessments, need status changes, moves, archives and deletes', async () => {
  const households = await database.db.getRepository(Household).find({ where: { status: 'ACTIVE' }, take: 40 });
  await database.db.transaction((em) => services.assessments.assessHouseholds(em, households, 'test', { force: true }));
  await expectInStep();
  const needs: Array<{ id: string }> = await database.db.query(
    `SELECT n.id FROM need n JOIN household h ON h.id = n.household_id
     WHERE h.status = 'ACTIVE' AND n.status = 'OPEN' ORDER BY n.id LIMIT 6`,
  );
  for (const [i, { id }] of needs.entries()) {
    const status = (['MET', 'DECLINED', 'NO_RESOURCE'] as const)[i % 3];
    expect(await services.needs.changeStatus(admin, { id, status, reason: 'test' })).toMatchObject({ status });
  }
  await expectInStep();
  const [moved, archived] = households;
  expect(await services.households.update(admin, { id: moved.id, streetCode: '310104003' })).toMatchObject({
    streetCode: '310104003',
  });
  expect(await services.households.archive(admin, { id: archived.id, reason: 'MOVED_AWAY' })).toMatchObject({
    status: 'ARCHIVED',
  });
  await expectInStep();
  await database.db.query(`UPDATE household SET status = 'ACTIVE' WHERE id = $1`, [archived.id]);
  await database.db.query(`UPDATE need SET status = 'IN_PROGRESS' WHERE status = 'OPEN' AND code < 'N05'`);
  await database.db.query(`DELETE FROM need WHERE status = 'MET'`);
  await database.db.query(`DELETE FROM household WHERE id = $1`, [households[2].id]);
  await expectInStep();
});

it('rolls the counts back with a rolled-back write', async () => {
  const before = {
    needs: await services.needStatistics.needs(admin),
    hardship: await services.statistics.hardship(admin),
  };
  const households = await database.db
    .getRepository(Household)
    .find({ where: { status: 'ACTIVE' }, order: { id: 'DESC' }, take: 20 });
  await expect(
    database.db.transaction(async (em) => {
      await services.assessments.assessHouseholds(em, households, 'test', { force: true });
      await em.query(`UPDATE need SET status = 'DECLINED' WHERE household_id = ANY($1)`, [households.map((h) => h.id)]);
      await em.update(Household, { id: In(households.slice(0, 5).map((h) => h.id)) }, { status: 'ARCHIVED' });
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  expect(await services.needStatistics.needs(admin)).toEqual(before.needs);
  expect(await services.statistics.hardship(admin)).toEqual(before.hardship);
  await expectInStep();
});
