// Seeded resources have the same ids on every install (issue 14: seeds with random ids made tests
// hard-code ids or copy fixtures): each of the starting catalogue's resources (seeds/data/catalogue.json,
// CATALOGUE.md R01–R40) is stored under its code's name-based id, and seeding again changes nothing.
import catalogue from '../../seeds/data/catalogue.json';
import { seedReferenceData } from '../../seeds';
import { seededResourceId } from '../../src/common/stable-id';
import { useTestDatabase } from '../support/test-database';

describe('seeded resource ids (integration)', () => {
  const t = useTestDatabase();

  it('stores every seeded resource under its stable id, once', async () => {
    const rows: Array<{ id: string; code: string }> = await t.db.query('SELECT id, code FROM resource ORDER BY code');
    const seeded = new Map(rows.map((r) => [r.code, r.id]));
    expect(catalogue.resources.length).toBe(40);
    for (const r of catalogue.resources)
      expect([r.code, seeded.get(r.code)]).toEqual([r.code, seededResourceId(r.code)]);
    await seedReferenceData(t.db);
    const again: Array<{ n: string }> = await t.db.query('SELECT count(*)::text AS n FROM resource');
    expect(Number(again[0].n)).toBe(rows.length);
  });
});
