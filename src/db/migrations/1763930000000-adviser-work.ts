import { MigrationInterface, QueryRunner } from 'typeorm';
import { BACKFILL_SQL } from '../../modules/visit/visit-schedule.sql';

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
    await q.query(`CREATE UNIQUE INDEX "IDX_assignment_current" ON "household_assignment" ("household_id") WHERE "assigned_until" IS NULL`);
    await q.query(`CREATE INDEX "IDX_assignment_adviser_current" ON "household_assignment" ("adviser_id") WHERE "assigned_until" IS NULL`);

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
    // Needs by code and status (statistics) without touching the wide need rows.
    await q.query(`CREATE INDEX "IDX_need_code_status" ON "need" ("code", "status") INCLUDE ("household_id")`);
    await q.query(BACKFILL_SQL, [new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_need_code_status"`);
    for (const table of ['visit_schedule', 'warning', 'warning_batch', 'service_record', 'adviser_service_type', 'household_assignment']) await q.query(`DROP TABLE "${table}"`);
  }
}
