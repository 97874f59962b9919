import { MigrationInterface, QueryRunner } from 'typeorm';

export const ACTOR = 'migration:1769000000000';

// Issue 11: plan items per resource. One item = one resource for one household, listing every need
// it meets (need_ids / need_codes, lead need first; need_id / need_code stay as the lead need), and
// one referral per item listing the same needs. Existing rows are converted with nothing lost:
//  1. every item and referral gets need_ids = {need_id}, need_codes = {need_code};
//  2. in each plan, the non-removed items of one resource merge into the lowest-position one: needs
//     unioned in position order, the others' rationale appended (identical entries once) and their
//     alternatives appended (once per resource and need weighed for); positions renumbered 1…n;
//  3. the referrals of such a group merge into one: the survivor is the most advanced (COMPLETED >
//     IN_PROGRESS > ACCEPTED > PENDING > DECLINED > WITHDRAWN), then the earliest issued; it lists
//     every need, is EMERGENCY if any was, and points at the surviving item; the others' history rows
//     move to it, with one row recording the merge (ids, statuses, outcomes of the merged ones);
//     places taken twice or more go back to resource.remaining but one; the merged rows go.
// Needs keep their status: their history says how they got there, and the next transition of the
// surviving referral re-syncs them all (need-sync.ts).
// down() drops the columns and the index; the merge itself is not undone (the merged rows are gone:
// their content lives on in the survivors, and the one-need shape has no place for it).
export class ItemsPerResource1769000000000 implements MigrationInterface {
  name = 'ItemsPerResource1769000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['plan_item', 'referral']) {
      await q.query(`ALTER TABLE "${table}" ADD "need_ids" uuid[], ADD "need_codes" text[]`);
      await q.query(`UPDATE "${table}" SET "need_ids" = ARRAY["need_id"], "need_codes" = ARRAY["need_code"::text]`);
      await q.query(`ALTER TABLE "${table}" ALTER "need_ids" SET NOT NULL, ALTER "need_codes" SET NOT NULL`);
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "CHK_${table}_needs"
         CHECK (cardinality("need_ids") >= 1 AND cardinality("need_ids") = cardinality("need_codes"))`,
      );
    }
    // Which items merge into which: every non-removed item of a (plan, resource) seen more than once.
    await q.query(`CREATE TEMPORARY TABLE "tmp_item_merge" AS
      SELECT "id" AS "item_id", "plan_id", "position", "survivor_id" FROM (
        SELECT i."id", i."plan_id", i."position",
          first_value(i."id") OVER (PARTITION BY i."plan_id", i."resource_id" ORDER BY i."position", i."id") AS "survivor_id",
          count(*) OVER (PARTITION BY i."plan_id", i."resource_id") AS "n"
        FROM "plan_item" i WHERE i."removed_at" IS NULL) g
      WHERE g."n" > 1`);
    await mergeItems(q);
    await mergeReferrals(q);
    await q.query(
      `DELETE FROM "plan_item" WHERE "id" IN (SELECT "item_id" FROM "tmp_item_merge" WHERE "item_id" <> "survivor_id")`,
    );
    await q.query(`UPDATE "plan_item" i SET "position" = r."rn" FROM (
        SELECT "id", row_number() OVER (PARTITION BY "plan_id" ORDER BY "position", "id") AS "rn" FROM "plan_item"
        WHERE "plan_id" IN (SELECT "plan_id" FROM "tmp_item_merge")) r
      WHERE i."id" = r."id" AND i."position" <> r."rn"`);
    await q.query(`DROP TABLE "tmp_item_merge"`);
    // One item per resource in a plan from now on (removed ones are kept for the record).
    await q.query(
      `CREATE UNIQUE INDEX "IDX_plan_item_plan_resource" ON "plan_item" ("plan_id", "resource_id") WHERE "removed_at" IS NULL`,
    );
    // A need's referrals are found by membership (need-sync.ts).
    await q.query(`CREATE INDEX "IDX_referral_need_ids" ON "referral" USING gin ("need_ids")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_referral_need_ids"`);
    await q.query(`DROP INDEX "IDX_plan_item_plan_resource"`);
    for (const table of ['referral', 'plan_item'])
      await q.query(
        `ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_needs", DROP COLUMN "need_ids", DROP COLUMN "need_codes"`,
      );
  }
}

/** Needs, rationale and alternatives of each group unioned into its survivor, in position order. */
async function mergeItems(q: QueryRunner) {
  await q.query(`UPDATE "plan_item" s SET "need_ids" = u."ids", "need_codes" = u."codes" FROM (
      SELECT "survivor_id", array_agg("need_id" ORDER BY "k") AS "ids", array_agg("need_code" ORDER BY "k") AS "codes" FROM (
        SELECT m."survivor_id", x."need_id", min(x."need_code") AS "need_code", min(m."position"::bigint * 100000 + x."ord") AS "k"
        FROM "tmp_item_merge" m JOIN "plan_item" i ON i."id" = m."item_id"
        CROSS JOIN LATERAL unnest(i."need_ids", i."need_codes") WITH ORDINALITY AS x("need_id", "need_code", "ord")
        GROUP BY m."survivor_id", x."need_id") t
      GROUP BY "survivor_id") u
    WHERE s."id" = u."survivor_id"`);
  await q.query(`UPDATE "plan_item" s SET "rationale" = u."list" FROM (
      SELECT "survivor_id", jsonb_agg("elem" ORDER BY "k") AS "list" FROM (
        SELECT m."survivor_id", e."elem", min(m."position"::bigint * 100000 + e."ord") AS "k"
        FROM "tmp_item_merge" m JOIN "plan_item" i ON i."id" = m."item_id"
        CROSS JOIN LATERAL jsonb_array_elements(i."rationale") WITH ORDINALITY AS e("elem", "ord")
        GROUP BY m."survivor_id", e."elem") t
      GROUP BY "survivor_id") u
    WHERE s."id" = u."survivor_id"`);
  await q.query(`UPDATE "plan_item" s SET "alternatives" = u."list" FROM (
      SELECT "survivor_id", jsonb_agg("elem" ORDER BY "k") AS "list" FROM (
        SELECT m."survivor_id", (array_agg(e."elem" ORDER BY m."position", e."ord"))[1] AS "elem",
          min(m."position"::bigint * 100000 + e."ord") AS "k"
        FROM "tmp_item_merge" m JOIN "plan_item" i ON i."id" = m."item_id"
        CROSS JOIN LATERAL jsonb_array_elements(i."alternatives") WITH ORDINALITY AS e("elem", "ord")
        GROUP BY m."survivor_id", e."elem"->>'resourceId', e."elem"->>'needCode') t
      GROUP BY "survivor_id") u
    WHERE s."id" = u."survivor_id"`);
  // An adviser's reasons of merged items are kept beside the survivor's.
  await q.query(`UPDATE "plan_item" s SET "added_reason" = u."reasons" FROM (
      SELECT m."survivor_id", string_agg(DISTINCT i."added_reason", '; ') AS "reasons"
      FROM "tmp_item_merge" m JOIN "plan_item" i ON i."id" = m."item_id"
      WHERE i."added_reason" IS NOT NULL GROUP BY m."survivor_id") u
    WHERE s."id" = u."survivor_id"`);
}

/** One referral per merged item group; history moved, the merge recorded, extra places returned. */
async function mergeReferrals(q: QueryRunner) {
  await q.query(`CREATE TEMPORARY TABLE "tmp_referral_merge" AS
    SELECT r."id" AS "referral_id", m."survivor_id" AS "item_survivor_id", m."position", r."resource_id", r."status",
      r."place_taken", r."urgency", r."outcome", r."amount_delivered", r."sessions_delivered", r."issued_at",
      first_value(r."id") OVER (PARTITION BY m."survivor_id" ORDER BY
        CASE r."status" WHEN 'COMPLETED' THEN 0 WHEN 'IN_PROGRESS' THEN 1 WHEN 'ACCEPTED' THEN 2 WHEN 'PENDING' THEN 3
          WHEN 'DECLINED' THEN 4 ELSE 5 END, r."issued_at", r."id") AS "survivor_id",
      m."item_id"
    FROM "referral" r JOIN "tmp_item_merge" m ON m."item_id" = r."plan_item_id"`);
  // The survivor lists every need (in item position order), and is EMERGENCY if any was.
  await q.query(`UPDATE "referral" s SET "need_ids" = u."ids", "need_codes" = u."codes", "need_id" = u."ids"[1],
      "need_code" = u."codes"[1], "urgency" = u."urgency", "place_taken" = u."place_taken" FROM (
      SELECT n."survivor_id", array_agg(n."need_id" ORDER BY n."k") AS "ids", array_agg(n."need_code" ORDER BY n."k") AS "codes",
        min(g."urgency") AS "urgency", bool_or(g."place_taken") AS "place_taken" FROM (
        SELECT m."survivor_id", x."need_id", min(x."need_code") AS "need_code", min(m."position"::bigint * 100000 + x."ord") AS "k"
        FROM "tmp_referral_merge" m JOIN "referral" r ON r."id" = m."referral_id"
        CROSS JOIN LATERAL unnest(r."need_ids", r."need_codes") WITH ORDINALITY AS x("need_id", "need_code", "ord")
        GROUP BY m."survivor_id", x."need_id") n
      JOIN (SELECT "survivor_id", CASE WHEN bool_or("urgency" = 'EMERGENCY') THEN 'EMERGENCY' ELSE 'ORDINARY' END AS "urgency",
              bool_or("place_taken") AS "place_taken" FROM "tmp_referral_merge" GROUP BY "survivor_id") g
        ON g."survivor_id" = n."survivor_id"
      GROUP BY n."survivor_id") u
    WHERE s."id" = u."survivor_id"`);
  await q.query(`UPDATE "referral_change" c SET "referral_id" = m."survivor_id" FROM "tmp_referral_merge" m
    WHERE c."referral_id" = m."referral_id" AND m."referral_id" <> m."survivor_id"`);
  await q.query(`INSERT INTO "referral_change" ("referral_id", "from_status", "to_status", "reason", "actor_id", "actor_role")
    SELECT s."id", s."status", s."status",
      '同一资源的转介合并为一条 referrals to one resource merged into one: kept ' || s."id"::text || ', merged ' || string_agg(
        m."referral_id"::text || ' (' || m."status" || coalesce(', ' || m."outcome", '')
          || coalesce(', ' || m."amount_delivered"::text || ' yuan', '') || coalesce(', ' || m."sessions_delivered"::text || ' sessions', '')
          || CASE WHEN m."place_taken" THEN ', place taken' ELSE '' END || ')',
        '; ' ORDER BY m."issued_at", m."referral_id"),
      '${ACTOR}', 'SYSTEM'
    FROM "tmp_referral_merge" m JOIN "referral" s ON s."id" = m."survivor_id"
    WHERE m."referral_id" <> m."survivor_id" GROUP BY s."id", s."status"`);
  // One place per household for the resource: the places the merged ones also held go back.
  await q.query(`UPDATE "resource" r SET "remaining" = CASE WHEN r."quota" IS NULL THEN r."remaining" + e."extra"
      ELSE least(r."quota", r."remaining" + e."extra") END FROM (
      SELECT "resource_id", sum("places" - 1) AS "extra" FROM (
        SELECT "survivor_id", "resource_id", count(*) FILTER (WHERE "place_taken") AS "places" FROM "tmp_referral_merge"
        GROUP BY "survivor_id", "resource_id") p WHERE "places" > 1 GROUP BY "resource_id") e
    WHERE r."id" = e."resource_id" AND r."remaining" IS NOT NULL`);
  await q.query(
    `DELETE FROM "referral" WHERE "id" IN (SELECT "referral_id" FROM "tmp_referral_merge" WHERE "referral_id" <> "survivor_id")`,
  );
  await q.query(`UPDATE "referral" s SET "plan_item_id" = m."item_survivor_id" FROM "tmp_referral_merge" m
    WHERE s."id" = m."survivor_id" AND m."referral_id" = m."survivor_id" AND s."plan_item_id" <> m."item_survivor_id"`);
  await q.query(`DROP TABLE "tmp_referral_merge"`);
}
