import { MigrationInterface, QueryRunner } from 'typeorm';

// Advisers at work: responsible-adviser assignments, the adviser service catalogue and service
// records, data-comparison warnings, and the maintained visit schedule (backfilled here).
export class AdviserWork1763930000000 implements MigrationInterface {
  name = 'AdviserWork1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "household_assignment" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "adviser_id" uuid NOT NULL,
      "assigned_from" timestamptz NOT NULL DEFAULT now(), "assigned_until" timestamptz, "assigned_by" text NOT NULL, "note" text, "end_reason" text,
      CONSTRAINT "FK_assignment_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_assignment_adviser" FOREIGN KEY ("adviser_id") REFERENCES "adviser"("id"))`);
    await q.query(`CREATE INDEX "IDX_assignment_household" ON "household_assignment" ("household_id")`);
    // One responsible adviser at a time; caseloads count current rows per adviser.
    await q.query(
      `CREATE UNIQUE INDEX "IDX_assignment_current" ON "household_assignment" ("household_id") WHERE "assigned_until" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_assignment_adviser_current" ON "household_assignment" ("adviser_id") WHERE "assigned_until" IS NULL`,
    );

    await q.query(`CREATE TABLE "adviser_service_type" ("code" varchar(20) PRIMARY KEY, "name_zh" text NOT NULL, "name_en" text NOT NULL,
      "standard" text NOT NULL, "basis" text NOT NULL, "position" smallint NOT NULL)`);
    await q.query(`CREATE TABLE "service_record" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "adviser_id" uuid NOT NULL,
      "service_code" varchar(20) NOT NULL, "mode" text NOT NULL, "occurred_at" timestamptz NOT NULL, "counts_as_visit" boolean NOT NULL,
      "findings" text NOT NULL, "next_action" text, "next_action_due" date, "needs_added" uuid[] NOT NULL DEFAULT '{}', "needs_closed" uuid[] NOT NULL DEFAULT '{}',
      "facts_updated" text[] NOT NULL DEFAULT '{}', "follow_up_completed" boolean NOT NULL DEFAULT false, "recorded_by" text NOT NULL, "recorded_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_service_record_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_service_record_adviser" FOREIGN KEY ("adviser_id") REFERENCES "adviser"("id"),
      CONSTRAINT "FK_service_record_service" FOREIGN KEY ("service_code") REFERENCES "adviser_service_type"("code"),
      CONSTRAINT "CHK_service_record_mode" CHECK ("mode" IN ('HOME_VISIT', 'PHONE', 'ONLINE', 'STATION')))`);
    await q.query(`CREATE INDEX "IDX_service_record_household_at" ON "service_record" ("household_id", "occurred_at")`);
    await q.query(`CREATE INDEX "IDX_service_record_adviser_at" ON "service_record" ("adviser_id", "occurred_at")`);

    await q.query(`CREATE TABLE "warning_batch" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "source" text NOT NULL, "received_by" text NOT NULL,
      "received_at" timestamptz NOT NULL DEFAULT now(), "rows" int NOT NULL, "matched" int NOT NULL, "unmatched" int NOT NULL, "duplicates" int NOT NULL)`);
    await q.query(`CREATE TABLE "warning" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "event_id" text NOT NULL, "batch_id" uuid NOT NULL, "line" int NOT NULL,
      "type" text NOT NULL, "id_number" varchar(18) NOT NULL, "member_id" uuid, "household_id" uuid, "event_date" date NOT NULL, "detail" text NOT NULL,
      "status" text NOT NULL, "need_id" uuid, "outcome" text, "closing_note" text, "received_at" timestamptz NOT NULL, "matched_at" timestamptz, "closed_at" timestamptz,
      CONSTRAINT "FK_warning_batch" FOREIGN KEY ("batch_id") REFERENCES "warning_batch"("id"),
      CONSTRAINT "FK_warning_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_warning_member" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE SET NULL,
      CONSTRAINT "CHK_warning_status" CHECK ("status" IN ('OPEN', 'UNMATCHED', 'CLOSED')),
      CONSTRAINT "CHK_warning_type" CHECK ("type" IN ('DEATH', 'HOSPITALISATION', 'EMPLOYMENT_CHANGE', 'INCOME_CHANGE', 'DISABILITY_CHANGE', 'CRIMINAL_PENALTY', 'MARRIAGE_CHANGE', 'MOVE', 'CATEGORY_CHANGE')))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_warning_event_id" ON "warning" ("event_id")`);
    await q.query(`CREATE INDEX "IDX_warning_household" ON "warning" ("household_id")`);
    await q.query(`CREATE INDEX "IDX_warning_unmatched" ON "warning" ("id_number") WHERE "status" = 'UNMATCHED'`);

    await q.query(`CREATE TABLE "visit_schedule" ("household_id" uuid PRIMARY KEY, "street_code" varchar(9) NOT NULL, "adviser_id" uuid,
      "level" text, "cadence_months" smallint, "last_visit_at" timestamptz, "exit_on" date, "next_due" date, "reason" text,
      "visit_flagged" boolean NOT NULL DEFAULT false, "reassessment_due" boolean NOT NULL DEFAULT false, "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_visit_schedule_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_visit_schedule_adviser" FOREIGN KEY ("adviser_id") REFERENCES "adviser"("id"))`);
    await q.query(`CREATE INDEX "IDX_visit_schedule_street_due" ON "visit_schedule" ("street_code", "next_due")`);
    await q.query(`CREATE INDEX "IDX_visit_schedule_adviser_due" ON "visit_schedule" ("adviser_id", "next_due")`);
    await q.query(BACKFILL_SQL, [new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'visit_schedule',
      'warning',
      'warning_batch',
      'service_record',
      'adviser_service_type',
      'household_assignment',
    ])
      await q.query(`DROP TABLE "${table}"`);
  }
}

// Frozen copy of visit-schedule.sql.ts's statement over every active household ($1 = today), as it
// was when this migration was written: a migration must not change when the service code does.
// History only: run once by up(), never at runtime; the rules now live in policy/visit-schedule.ts
// and policy/exit.ts (test/unit/architecture/rules-in-policy.spec.ts keeps it so).
const BACKFILL_SQL = `INSERT INTO visit_schedule (household_id, street_code, adviser_id, level, cadence_months, last_visit_at, exit_on, next_due, reason, visit_flagged, reassessment_due, updated_at) 
WITH h AS (SELECT id, street_code FROM household WHERE status = 'ACTIVE' AND true),
a AS (SELECT DISTINCT ON (household_id) household_id, level, as_of, assessed_at, profile->'cadence'->>'visit' AS visit
      FROM assessment WHERE household_id IN (SELECT id FROM h) ORDER BY household_id, assessed_at DESC, id DESC),
v AS (SELECT household_id, max(occurred_at) AS last_visit, max(occurred_at) FILTER (WHERE follow_up_completed) AS follow_up_done
      FROM service_record WHERE household_id IN (SELECT id FROM h) AND (counts_as_visit OR follow_up_completed) GROUP BY household_id),
c AS (SELECT household_id, bool_or(until IS NULL OR until >= $1::date) AS holding, max(until) AS ended
      FROM category_holding WHERE household_id IN (SELECT id FROM h) GROUP BY household_id),
t AS (SELECT household_id, max(date) AS terminated FROM assistance_event
      WHERE kind = 'ASSISTANCE_TERMINATED' AND household_id IN (SELECT id FROM h) GROUP BY household_id),
w AS (SELECT household_id, matched_at FROM warning WHERE household_id IN (SELECT id FROM h) AND status <> 'UNMATCHED'),
s AS (
  SELECT h.id, h.street_code, asg.adviser_id, a.level, a.as_of, v.last_visit,
    CASE a.visit WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'HALF_YEARLY' THEN 6 WHEN 'YEARLY_CONTACT' THEN 12 END AS cadence,
    CASE WHEN coalesce(c.holding, false) OR (c.ended IS NULL AND t.terminated IS NULL) THEN NULL
         ELSE greatest(c.ended, t.terminated) END AS exit_on,
    v.follow_up_done,
    (SELECT min(w.matched_at) FROM w WHERE w.household_id = h.id AND w.matched_at > coalesce(v.last_visit, '-infinity')) AS warned_since_visit,
    EXISTS (SELECT 1 FROM w WHERE w.household_id = h.id AND w.matched_at > coalesce(a.assessed_at, '-infinity')) AS reassess
  FROM h
  LEFT JOIN a ON a.household_id = h.id LEFT JOIN v ON v.household_id = h.id
  LEFT JOIN c ON c.household_id = h.id LEFT JOIN t ON t.household_id = h.id
  LEFT JOIN household_assignment asg ON asg.household_id = h.id AND asg.assigned_until IS NULL
),
d AS (
  SELECT s.*,
    CASE WHEN s.cadence IS NULL THEN NULL WHEN s.last_visit IS NULL THEN s.as_of
         ELSE ((s.last_visit AT TIME ZONE 'Asia/Shanghai')::date + make_interval(months => s.cadence))::date END AS level_due,
    CASE WHEN s.exit_on IS NOT NULL AND (s.follow_up_done IS NULL OR (s.follow_up_done AT TIME ZONE 'Asia/Shanghai')::date < s.exit_on) THEN
      CASE WHEN s.last_visit IS NULL OR (s.last_visit AT TIME ZONE 'Asia/Shanghai')::date < s.exit_on THEN (s.exit_on + interval '1 month')::date
           ELSE ((s.last_visit AT TIME ZONE 'Asia/Shanghai')::date + interval '3 months')::date END END AS follow_due,
    (s.warned_since_visit AT TIME ZONE 'Asia/Shanghai')::date AS warning_due
  FROM s
)
SELECT d.id AS household_id, d.street_code, d.adviser_id, d.level, d.cadence AS cadence_months, d.last_visit AS last_visit_at,
  CASE WHEN d.follow_due IS NOT NULL THEN d.exit_on END AS exit_on,
  least(d.level_due, d.follow_due, d.warning_due) AS next_due,
  CASE least(d.level_due, d.follow_due, d.warning_due)
    WHEN d.warning_due THEN 'WARNING' WHEN d.follow_due THEN 'EXIT_FOLLOW_UP' WHEN d.level_due THEN 'LEVEL' END AS reason,
  d.warning_due IS NOT NULL AS visit_flagged, d.reassess AS reassessment_due, now() AS updated_at
FROM d
ON CONFLICT (household_id) DO UPDATE SET street_code = EXCLUDED.street_code, adviser_id = EXCLUDED.adviser_id, level = EXCLUDED.level, cadence_months = EXCLUDED.cadence_months, last_visit_at = EXCLUDED.last_visit_at, exit_on = EXCLUDED.exit_on, next_due = EXCLUDED.next_due, reason = EXCLUDED.reason, visit_flagged = EXCLUDED.visit_flagged, reassessment_due = EXCLUDED.reassessment_due, updated_at = EXCLUDED.updated_at`;
