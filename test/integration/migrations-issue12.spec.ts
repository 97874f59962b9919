// Issue 12's migrations on data that existed before them: the reassessment schedule is backfilled,
// warning types become a table (the old rows keep their type, 吸毒 is added), the guardianship
// summary NORMAL becomes each minor's parents' CARING, and the seeded R06 / R27 rules follow the
// child-in-plight definition — and everything reverts.
import { MIGRATIONS } from '../../src/db/entities';
import { useTestDatabase } from '../support/test-database';
import { freshIdNumber } from '../support/factories';

// Issue 12's four and every later one: the later ones are undone first, then redone with them.
const ISSUE_12_MIGRATIONS = MIGRATIONS.filter((m) => Number(/\d{13}/.exec(m.name)![0]) >= 1764700000000).length;

describe('issue 12 migrations on existing data', () => {
  const t = useTestDatabase();
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await t.db.query(sql, params))[0] as T;

  it('backfill, convert and revert', async () => {
    for (let i = 0; i < ISSUE_12_MIGRATIONS; i++) await t.db.undoLastMigration();
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM migrations`)).n).toBe(6);
    // The seeded rules are back at their seeded form before issue 12.
    const r06 = await one<{ eligibility: unknown }>(`SELECT eligibility FROM resource WHERE code = 'R06'`);
    expect(JSON.stringify(r06.eligibility)).toContain('household.guardianship');

    // A household as it was: a NORMAL guardianship summary, a child of 9, an assessment two months
    // ago (reassess every 6 months, INDICATOR-MODEL.md §6), registered elsewhere (POL-MON-3: half), a warning.
    const { id } = await one<{ id: string }>(
      `INSERT INTO household (street_code, address, registered_elsewhere, observations_guardianship, version)
       VALUES ('310105001', '迁移测试路1号', true, 'NORMAL', 1) RETURNING id`,
    );
    const childBorn = `${Number(t.clock.today().slice(0, 4)) - 9}-01-01`;
    await t.db.query(
      `INSERT INTO member (household_id, name, id_number, birth_date, relation)
        VALUES ($1, '迁移甲', $2, '1985-01-01', 'HEAD'), ($1, '迁移乙', $3, $4, 'CHILD')`,
      [id, freshIdNumber('1985-01-01'), freshIdNumber(childBorn), childBorn],
    );
    await t.db.query(
      `INSERT INTO assessment (household_id, model_id, as_of, facts, facts_hash, profile, composite, level, circle,
        assessed_by, assessed_at)
       VALUES ($1, 'sh-2024.1', (now() - interval '60 days')::date, '{}', 'x',
         '{"cadence": {"visit": "QUARTERLY", "reassessMonths": 6}}', 30, 'MODERATE', 1, 'test',
           now() - interval '60 days')`,
      [id],
    );
    await t.db.query(`INSERT INTO visit_schedule (household_id, street_code) VALUES ($1, '310105001')`, [id]);
    const { id: batch } = await one<{ id: string }>(
      `INSERT INTO warning_batch (source, received_by, rows, matched, unmatched, duplicates)
        VALUES ('t', 't', 1, 0, 1, 0) RETURNING id`,
    );
    await t.db.query(
      `INSERT INTO warning (event_id, batch_id, line, type, id_number, event_date, detail, status, received_at)
       VALUES ('MIG-1', $1, 1, 'MOVE', $2, '2025-01-01', '', 'UNMATCHED', now())`,
      [batch, freshIdNumber()],
    );

    await t.db.runMigrations();
    expect(await t.db.showMigrations()).toBe(false);
    // Reassessment: the stored interval 6, halved for 人户分离 (POL-MON-3) → 3 months after the assessment.
    const schedule = await one<{ reassess_reason: string; months: number }>(
      `SELECT s.reassess_reason,
        (extract(year FROM age(s.reassess_on, a.as_of)) * 12 + extract(month FROM age(s.reassess_on, a.as_of)))::int
          AS months
       FROM visit_schedule s JOIN assessment a ON a.household_id = s.household_id WHERE s.household_id = $1`,
      [id],
    );
    expect(schedule).toEqual({ reassess_reason: 'SHORTER_REVIEW', months: 3 });
    // Warning types: a table with 吸毒 among them; the old warning still points at its type.
    expect(await one(`SELECT name_zh, need_code FROM warning_type WHERE code = 'DRUG_USE'`)).toEqual({
      name_zh: '吸毒',
      need_code: 'N28',
    });
    expect(
      await one(`SELECT t.code FROM warning w JOIN warning_type t ON t.code = w.type WHERE w.event_id = 'MIG-1'`),
    ).toEqual({ code: 'MOVE' });
    // NORMAL: both parents caring for the child; the summary, now redundant, cleared. The adult is untouched.
    expect(
      await t.db.query(
        `SELECT relation, father_situation, mother_situation FROM member WHERE household_id = $1 ORDER BY relation`,
        [id],
      ),
    ).toEqual([
      { relation: 'CHILD', father_situation: 'CARING', mother_situation: 'CARING' },
      { relation: 'HEAD', father_situation: null, mother_situation: null },
    ]);
    expect(await one(`SELECT observations_guardianship FROM household WHERE id = $1`, [id])).toEqual({
      observations_guardianship: null,
    });
    // R06 / R27 follow the definition, as a new version with its change row.
    const rule = await one<{ eligibility: unknown; version: number }>(
      `SELECT eligibility, version FROM resource WHERE code = 'R27'`,
    );
    expect(JSON.stringify(rule.eligibility)).toContain('household.childInPlight');
    expect(
      await one(
        `SELECT action, actor_id FROM resource_change c JOIN resource r ON r.id = c.resource_id
        WHERE r.code = 'R27' AND c.resource_version = $1`,
        [rule.version],
      ),
    ).toEqual({ action: 'UPDATED', actor_id: 'migration:1764703000000' });

    // And back: every issue-12 migration reverts on this data.
    for (let i = 0; i < ISSUE_12_MIGRATIONS; i++) await t.db.undoLastMigration();
    expect(await one(`SELECT observations_guardianship FROM household WHERE id = $1`, [id])).toEqual({
      observations_guardianship: 'NORMAL',
    });
    await t.db.runMigrations();
  });
});
