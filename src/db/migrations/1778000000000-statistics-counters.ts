import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15 §3: needStatistics and hardshipStatistics read small counter tables instead of grouping
// 100k households' needs and latest assessments on every request (0.6–1.1 s → a few ms).
//
// The counters are kept by statement-level triggers (transition tables), in the same transaction as
// the write that changes them: a rolled-back write rolls its counts back, and no write path can forget
// them — need statuses change in the need service, the referral need sync, plan approval, service
// records and bulk batch writes alike, and households are archived or move street. A trigger per
// statement, not per row, keeps bulk writes cheap: one grouped upsert for a chunk of 500 households.
//
//   need_count(street_code, code, status, slot)      needs, and distinct households, of ACTIVE households
//   hardship_count(street_code, level, circle, slot) ACTIVE households by their latest assessment
//
// `slot` spreads concurrent writers over separate rows so that parallel batch workers do not wait on
// one another's counter rows until commit: stat_slot() takes the first free transaction-scoped advisory
// lock of 8 and the transaction writes only rows of that slot (a slot's rows have one writer at a time,
// so no deadlock between counter rows). Readers add the slots up.
//
// Households per (code, status) count distinct households: after a statement the trigger counts the
// household's rows of that code and status in `need` (index IDX_need_household_code) and compares it
// with the count before (after − delta). The latest assessment is the first by assessed_at DESC, id DESC,
// as the statistics read it; assessments are immutable (never updated).
const SLOT_LOCK_KEY = 1778;

const upsertNeedCounts = (rows: string) => `
  INSERT INTO "need_count" AS t ("street_code", "code", "status", "slot", "needs", "households")
  SELECT "street_code", "code", "status", s, "needs", "households" FROM (${rows}) k ORDER BY 1, 2, 3
  ON CONFLICT ("street_code", "code", "status", "slot")
  DO UPDATE SET "needs" = t."needs" + EXCLUDED."needs", "households" = t."households" + EXCLUDED."households"`;

const upsertHardshipCounts = (rows: string) => `
  INSERT INTO "hardship_count" AS t ("street_code", "level", "circle", "slot", "households")
  SELECT "street_code", "level", "circle", s, "households" FROM (${rows}) k ORDER BY 1, 2, 3
  ON CONFLICT ("street_code", "level", "circle", "slot")
  DO UPDATE SET "households" = t."households" + EXCLUDED."households"`;

/** need rows added (+1) and removed (−1) by one statement → counter deltas of ACTIVE households. */
const needDeltas = (source: string) => `
  WITH d AS (
    SELECT "household_id", "code", "status", sum(n)::int AS n FROM (${source}) x GROUP BY 1, 2, 3 HAVING sum(n) <> 0
  )
  SELECT h."street_code", d."code", d."status", sum(d.n)::int AS "needs",
    sum((c.now_n > 0)::int - (c.now_n - d.n > 0)::int)::int AS "households"
  FROM d JOIN "household" h ON h."id" = d."household_id" AND h."status" = 'ACTIVE'
  CROSS JOIN LATERAL (SELECT count(*)::int AS now_n FROM "need" n
    WHERE n."household_id" = d."household_id" AND n."code" = d."code" AND n."status" = d."status") c
  GROUP BY 1, 2, 3`;

const NEW_NEEDS = `SELECT "household_id", "code", "status", 1 AS n FROM new_rows`;
const OLD_NEEDS = `SELECT "household_id", "code", "status", -1 AS n FROM old_rows`;

/** A household's whole contribution, signed: `sides` holds (id, street_code, sign). */
const householdNeedRows = `SELECT si."street_code", n."code", n."status", sum(si.sign * n.c)::int AS "needs",
    sum(si.sign)::int AS "households"
  FROM sides si CROSS JOIN LATERAL (SELECT "code", "status", count(*)::int AS c FROM "need" WHERE "household_id" = si.id
    GROUP BY 1, 2) n
  GROUP BY 1, 2, 3`;
const householdHardshipRows = `SELECT si."street_code", a."level", a."circle", sum(si.sign)::int AS "households"
  FROM sides si CROSS JOIN LATERAL (SELECT "level", "circle" FROM "assessment" WHERE "household_id" = si.id
    ORDER BY "assessed_at" DESC, "id" DESC LIMIT 1) a
  GROUP BY 1, 2, 3`;

const fn = (name: string, body: string) => `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  DECLARE s smallint := stat_slot();
  BEGIN
    ${body};
    RETURN NULL;
  END $fn$`;

export class StatisticsCounters1778000000000 implements MigrationInterface {
  name = 'StatisticsCounters1778000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "need_count" ("street_code" varchar(9) NOT NULL, "code" varchar(3) NOT NULL,
      "status" text NOT NULL, "slot" smallint NOT NULL, "needs" integer NOT NULL, "households" integer NOT NULL,
      PRIMARY KEY ("street_code", "code", "status", "slot"))`);
    await q.query(`CREATE TABLE "hardship_count" ("street_code" varchar(9) NOT NULL, "level" text NOT NULL,
      "circle" smallint, "slot" smallint NOT NULL, "households" integer NOT NULL,
      CONSTRAINT "UQ_hardship_count" UNIQUE NULLS NOT DISTINCT ("street_code", "level", "circle", "slot"))`);
    await q.query(`CREATE FUNCTION stat_slot() RETURNS smallint LANGUAGE plpgsql VOLATILE AS $fn$
      BEGIN
        FOR i IN 0..7 LOOP
          IF pg_try_advisory_xact_lock(${SLOT_LOCK_KEY}, i) THEN RETURN i; END IF;
        END LOOP;
        RETURN 0;
      END $fn$`);

    await q.query(fn('need_count_insert', upsertNeedCounts(needDeltas(NEW_NEEDS))));
    await q.query(fn('need_count_update', upsertNeedCounts(needDeltas(`${NEW_NEEDS} UNION ALL ${OLD_NEEDS}`))));
    await q.query(fn('need_count_delete', upsertNeedCounts(needDeltas(OLD_NEEDS))));
    await q.query(
      fn(
        'hardship_count_insert',
        upsertHardshipCounts(`
      WITH ch AS (
        SELECT h."street_code", nl."level" AS new_level, nl."circle" AS new_circle,
          ol."id" AS old_id, ol."level" AS old_level, ol."circle" AS old_circle
        FROM (SELECT DISTINCT "household_id" FROM new_rows) hh
        JOIN "household" h ON h."id" = hh."household_id" AND h."status" = 'ACTIVE'
        CROSS JOIN LATERAL (SELECT a."id", a."level", a."circle" FROM "assessment" a
          WHERE a."household_id" = hh."household_id" ORDER BY a."assessed_at" DESC, a."id" DESC LIMIT 1) nl
        LEFT JOIN LATERAL (SELECT a."id", a."level", a."circle" FROM "assessment" a
          WHERE a."household_id" = hh."household_id" AND a."id" NOT IN (SELECT "id" FROM new_rows)
          ORDER BY a."assessed_at" DESC, a."id" DESC LIMIT 1) ol ON true
        WHERE ol."id" IS DISTINCT FROM nl."id"
      )
      SELECT "street_code", "level", "circle", sum(n)::int AS "households" FROM (
        SELECT "street_code", new_level AS "level", new_circle AS "circle", 1 AS n FROM ch
        UNION ALL SELECT "street_code", old_level, old_circle, -1 FROM ch WHERE old_id IS NOT NULL) x
      GROUP BY 1, 2, 3 HAVING sum(n) <> 0`),
      ),
    );
    // A household that becomes or stops being ACTIVE, or moves street while ACTIVE, moves its whole
    // contribution: out of the old street's cells, into the new one's.
    const sides = `WITH sides AS (
        SELECT o."id", o."street_code", -1 AS sign FROM old_rows o JOIN new_rows nw ON nw."id" = o."id"
          WHERE o."status" = 'ACTIVE' AND (nw."status" <> 'ACTIVE' OR nw."street_code" <> o."street_code")
        UNION ALL
        SELECT nw."id", nw."street_code", 1 FROM old_rows o JOIN new_rows nw ON nw."id" = o."id"
          WHERE nw."status" = 'ACTIVE' AND (o."status" <> 'ACTIVE' OR nw."street_code" <> o."street_code")
      )`;
    await q.query(
      fn(
        'household_counts_update',
        `${sides} ${upsertNeedCounts(householdNeedRows)};
         ${sides} ${upsertHardshipCounts(householdHardshipRows)}`,
      ),
    );
    // A deleted ACTIVE household (its needs and assessments go by ON DELETE CASCADE, when the household
    // row is already gone and the need trigger no longer finds it) leaves first, row by row.
    await q.query(`CREATE FUNCTION "household_counts_delete"() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE s smallint := stat_slot();
      BEGIN
        IF OLD."status" = 'ACTIVE' THEN
          WITH sides AS (SELECT OLD."id" AS id, OLD."street_code" AS street_code, -1 AS sign)
          ${upsertNeedCounts(householdNeedRows)};
          WITH sides AS (SELECT OLD."id" AS id, OLD."street_code" AS street_code, -1 AS sign)
          ${upsertHardshipCounts(householdHardshipRows)};
        END IF;
        RETURN OLD;
      END $fn$`);

    const trigger = (name: string, event: string, table: string, referencing: string) =>
      q.query(`CREATE TRIGGER "${name}" AFTER ${event} ON "${table}" REFERENCING ${referencing}
        FOR EACH STATEMENT EXECUTE FUNCTION "${name}"()`);
    await trigger('need_count_insert', 'INSERT', 'need', 'NEW TABLE AS new_rows');
    await trigger('need_count_update', 'UPDATE', 'need', 'OLD TABLE AS old_rows NEW TABLE AS new_rows');
    await trigger('need_count_delete', 'DELETE', 'need', 'OLD TABLE AS old_rows');
    await trigger('hardship_count_insert', 'INSERT', 'assessment', 'NEW TABLE AS new_rows');
    await trigger('household_counts_update', 'UPDATE', 'household', 'OLD TABLE AS old_rows NEW TABLE AS new_rows');
    await q.query(`CREATE TRIGGER "household_counts_delete" BEFORE DELETE ON "household"
      FOR EACH ROW EXECUTE FUNCTION "household_counts_delete"()`);

    // What is there already, counted once.
    await q.query(`INSERT INTO "need_count" ("street_code", "code", "status", "slot", "needs", "households")
      SELECT h."street_code", n."code", n."status", 0, count(*), count(DISTINCT n."household_id")
      FROM "need" n JOIN "household" h ON h."id" = n."household_id" WHERE h."status" = 'ACTIVE' GROUP BY 1, 2, 3`);
    await q.query(`INSERT INTO "hardship_count" ("street_code", "level", "circle", "slot", "households")
      SELECT h."street_code", a."level", a."circle", 0, count(*) FROM "household" h
      JOIN LATERAL (SELECT "level", "circle" FROM "assessment" a WHERE a."household_id" = h."id"
        ORDER BY a."assessed_at" DESC, a."id" DESC LIMIT 1) a ON true
      WHERE h."status" = 'ACTIVE' GROUP BY 1, 2, 3`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "household_counts_delete" ON "household"`);
    await q.query(`DROP TRIGGER "household_counts_update" ON "household"`);
    await q.query(`DROP TRIGGER "hardship_count_insert" ON "assessment"`);
    for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER "need_count_${op}" ON "need"`);
    for (const name of [
      'household_counts_delete',
      'household_counts_update',
      'hardship_count_insert',
      'need_count_insert',
      'need_count_update',
      'need_count_delete',
      'stat_slot',
    ])
      await q.query(`DROP FUNCTION "${name}"()`);
    await q.query(`DROP TABLE "hardship_count"`);
    await q.query(`DROP TABLE "need_count"`);
  }
}
