// Issue 11 (part A) migration on data that existed before it: members keep null (unknown) insurance
// cover and union membership — never false — and the seeded R01 / R04 / R05 / R07 / R10 / R14 /
// R26 rules become the corrected ones (CATALOGUE.md, POLICY.md §3.2) as new versions with a change
// row, while a rule someone edited is left alone; and it all reverts.
import { MIGRATIONS } from '../../src/db/entities';
import { AFTER, BEFORE } from '../../src/db/migrations/1765100000000-member-cover-and-rules';
import { useTestDatabase } from '../support/test-database';
import { freshIdNumber } from '../support/factories';

const LATER = MIGRATIONS.filter((m) => Number(/\d{13}/.exec(m.name)![0]) >= 1765100000000).length;

describe('issue 11a migration on existing data', () => {
  const t = useTestDatabase();
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await t.db.query(sql, params))[0] as T;
  const rule = (code: string) =>
    one<{ eligibility: unknown; version: number }>(`SELECT eligibility, version FROM resource WHERE code = $1`, [code]);

  it('keeps members unknown, corrects the seeded rules, leaves edited ones, and reverts', async () => {
    for (let i = 0; i < LATER; i++) await t.db.undoLastMigration();
    expect((await rule('R26')).eligibility).toEqual(BEFORE.R26);
    const { id } = await one<{ id: string }>(
      `INSERT INTO household (street_code, address, version) VALUES ('310105001', '迁移测试路2号', 1) RETURNING id`,
    );
    await t.db.query(
      `INSERT INTO member (household_id, name, id_number, birth_date, relation)
        VALUES ($1, '迁移丙', $2, '1980-01-01', 'HEAD')`,
      [id, freshIdNumber('1980-01-01')],
    );
    const edited = { fact: 'household.memberCount', op: 'gte', value: 1 };
    await t.db.query(`UPDATE resource SET eligibility = $1::jsonb WHERE code = 'R14'`, [JSON.stringify(edited)]);
    const r26Before = await rule('R26');

    await t.db.runMigrations();
    expect(await t.db.showMigrations()).toBe(false);
    expect(
      await one(
        `SELECT social_insured, medical_insured, unemployment_insured, union_member FROM member
          WHERE household_id = $1`,
        [id],
      ),
    ).toEqual({ social_insured: null, medical_insured: null, unemployment_insured: null, union_member: null });
    const r26 = await rule('R26');
    expect(r26.eligibility).toEqual(AFTER.R26);
    expect(JSON.stringify(r26.eligibility)).toContain('member.unionMember');
    expect(r26.version).toBe(r26Before.version + 1);
    expect(
      await one(
        `SELECT action, actor_id FROM resource_change c JOIN resource r ON r.id = c.resource_id
         WHERE r.code = 'R26' AND c.resource_version = $1`,
        [r26.version],
      ),
    ).toEqual({ action: 'UPDATED', actor_id: 'migration:1765100000000' });
    for (const code of ['R01', 'R04', 'R05', 'R07', 'R10'] as const)
      expect((await rule(code)).eligibility).toEqual(AFTER[code]);
    expect((await rule('R14')).eligibility).toEqual(edited); // edited by someone: theirs to decide

    for (let i = 0; i < LATER; i++) await t.db.undoLastMigration();
    expect((await rule('R26')).eligibility).toEqual(BEFORE.R26);
    await t.db.runMigrations();
  });
});
