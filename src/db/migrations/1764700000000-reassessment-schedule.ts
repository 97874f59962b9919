import { MigrationInterface, QueryRunner } from 'typeorm';

// The visit schedule carries the next reassessment and its reason (issue 12), computed from now on
// by policy/reassessment.ts; the boolean reassessment_due it replaces went stale as days passed
// (GraphQL now derives it from reassess_on and the request's date).
export class ReassessmentSchedule1764700000000 implements MigrationInterface {
  name = 'ReassessmentSchedule1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "visit_schedule" ADD "reassess_on" date, ADD "reassess_reason" text`);
    await q.query(
      `CREATE INDEX "IDX_visit_schedule_street_reassess" ON "visit_schedule" ("street_code", "reassess_on")`,
    );
    await q.query(
      `CREATE INDEX "IDX_visit_schedule_adviser_reassess" ON "visit_schedule" ("adviser_id", "reassess_on")`,
    );
    await q.query(BACKFILL_SQL, [new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)]);
    await q.query(`ALTER TABLE "visit_schedule" DROP COLUMN "reassessment_due"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "visit_schedule" ADD "reassessment_due" boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE "visit_schedule" SET "reassessment_due" = ("reassess_reason" = 'WARNING')`);
    await q.query(`DROP INDEX "IDX_visit_schedule_adviser_reassess"`);
    await q.query(`DROP INDEX "IDX_visit_schedule_street_reassess"`);
    await q.query(`ALTER TABLE "visit_schedule" DROP COLUMN "reassess_on", DROP COLUMN "reassess_reason"`);
  }
}

// Frozen copy of policy/reassessment.ts as this migration was written ($1 = today in Shanghai): a
// migration must not change when the service code does. The next write to a household recomputes
// its row with the code of the day. History only: run once by up(), never at runtime
// (test/unit/architecture/rules-in-policy.spec.ts keeps it so).
const BACKFILL_SQL = `
WITH a AS (
  SELECT DISTINCT ON (household_id) household_id, as_of, assessed_at, (profile->'cadence'->>'reassessMonths')::int AS months
  FROM assessment ORDER BY household_id, assessed_at DESC, id DESC),
r AS (
  SELECT a.household_id,
    (SELECT (min(w.matched_at) AT TIME ZONE 'Asia/Shanghai')::date FROM warning w
      WHERE w.household_id = a.household_id AND w.status <> 'UNMATCHED' AND w.matched_at > a.assessed_at) AS warned,
    (SELECT min(d) FROM category_holding c, LATERAL (VALUES (c.since), (c.until)) v(d)
      WHERE c.household_id = a.household_id AND d > a.as_of AND d <= $1::date) AS changed,
    (a.as_of + make_interval(months => CASE WHEN h.registered_elsewhere IS TRUE OR EXISTS (SELECT 1 FROM member m
        WHERE m.household_id = h.id AND m.hukou IN ('RESIDENCE_PERMIT', 'OTHER')) THEN greatest(1, ceil(a.months / 2.0)::int)
        ELSE a.months END))::date AS scheduled,
    h.registered_elsewhere IS TRUE OR EXISTS (SELECT 1 FROM member m WHERE m.household_id = h.id AND m.hukou IN ('RESIDENCE_PERMIT', 'OTHER')) AS shorter
  FROM a JOIN household h ON h.id = a.household_id)
UPDATE visit_schedule s SET reassess_on = least(r.warned, r.changed, r.scheduled),
  reassess_reason = CASE least(r.warned, r.changed, r.scheduled) WHEN r.warned THEN 'WARNING' WHEN r.changed THEN 'CATEGORY_CHANGE'
    WHEN r.scheduled THEN CASE WHEN r.shorter THEN 'SHORTER_REVIEW' ELSE 'INTERVAL' END END
FROM r WHERE r.household_id = s.household_id`;
