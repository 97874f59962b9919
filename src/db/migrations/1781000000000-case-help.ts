import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 18: 个案帮扶 cases (POL-CH-1…8), review panels (POL-CH-3), the dishonesty list (POL-INT-2/10).
// - case_help: one case, the step it is in (policy/case-help.ts), how it was opened, the fast track and
//   help-first flags with the tasks help-first still owes, the assessment, the panel's outcome and its
//   four-eyes decision, the payment it disbursed (a fund_payment of the household, CASE_HELP, unique), the
//   follow-up, and the dishonesty hits found at application and review (shown, never a rejection).
// - case_help_history: every move (who, when, from, to, what kind, note); append-only, in `seq` order
//   (several rows of one transaction share its instant).
// - case_panel_member: the review panel's members with their roles; one chair.
// - dishonesty_record: 失信记录 of a household or of a person by a hash of the ID number (never the number).
// - four_eyes_setting accepts CASE_DECISION.
export class CaseHelp1781000000000 implements MigrationInterface {
  name = 'CaseHelp1781000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "case_help" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "household_id" uuid NOT NULL REFERENCES "household" ("id"), "street_code" varchar(9) NOT NULL,
      "step" text NOT NULL, "origin" text NOT NULL, "plan_item_id" uuid, "outreach_lead_id" uuid,
      "difficulty" text NOT NULL, "requested_amount" numeric(14,2),
      "help_first" boolean NOT NULL DEFAULT false, "help_first_reason" text,
      "fast_track" boolean NOT NULL DEFAULT false, "open_tasks" text[] NOT NULL DEFAULT '{}',
      "home_visit_on" date, "assessment_findings" text, "assessed_by" text, "assessed_at" timestamptz,
      "proposed_amount" numeric(14,2),
      "hearing_on" date, "panel_opinion" text, "panel_outcome" text, "panel_recorded_by" text,
      "approved_amount" numeric(14,2), "decision_status" text, "decided_by" text, "decided_role" text,
      "decided_at" timestamptz, "four_eyes_override" boolean NOT NULL DEFAULT false,
      "payment_id" uuid REFERENCES "fund_payment" ("id"), "follow_up_due_on" date,
      "follow_up_record_id" uuid, "follow_up_done_at" timestamptz,
      "dishonesty_hits" jsonb NOT NULL DEFAULT '[]',
      "opened_by" text NOT NULL, "opened_role" text NOT NULL, "opened_at" timestamptz NOT NULL,
      "step_changed_at" timestamptz NOT NULL, "closed_at" timestamptz, "version" int NOT NULL DEFAULT 1,
      CONSTRAINT "UQ_case_help_payment" UNIQUE ("payment_id"),
      CONSTRAINT "CHK_case_help_step" CHECK ("step" IN
        ('APPLICATION', 'ASSESSMENT', 'PANEL_REVIEW', 'DISBURSEMENT', 'FOLLOW_UP', 'CLOSED')),
      CONSTRAINT "CHK_case_help_origin" CHECK ("origin" IN ('PLAN_ITEM', 'OUTREACH_LEAD', 'ADVISER')))`);
    for (const [name, columns] of [
      ['opened', '"opened_at", "id"'],
      ['street_opened', '"street_code", "opened_at", "id"'],
      ['street_step_opened', '"street_code", "step", "opened_at", "id"'],
      ['step_opened', '"step", "opened_at", "id"'],
      ['household', '"household_id", "opened_at", "id"'],
    ])
      await q.query(`CREATE INDEX "IDX_case_help_${name}" ON "case_help" (${columns})`);
    await q.query(`CREATE TABLE "case_help_history" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "case_id" uuid NOT NULL REFERENCES "case_help" ("id"), "from_step" text, "to_step" text NOT NULL,
      "kind" text NOT NULL, "note" text, "actor_id" text NOT NULL, "actor_role" text NOT NULL,
      "at" timestamptz NOT NULL, "seq" bigserial NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_case_help_history_case" ON "case_help_history" ("case_id", "seq")`);
    await q.query(`CREATE TABLE "case_panel_member" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "case_id" uuid NOT NULL REFERENCES "case_help" ("id"), "name" text NOT NULL, "role" text NOT NULL,
      "chair" boolean NOT NULL DEFAULT false, "adviser_id" uuid REFERENCES "adviser" ("id"),
      "position" smallint NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_case_panel_member_case" ON "case_panel_member" ("case_id", "position")`);
    await q.query(`CREATE TABLE "dishonesty_record" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "household_id" uuid REFERENCES "household" ("id"), "id_number_hash" varchar(64), "reason" text NOT NULL,
      "source" text NOT NULL, "recorded_on" date NOT NULL, "recorded_by" text NOT NULL,
      "recorded_at" timestamptz NOT NULL,
      CONSTRAINT "CHK_dishonesty_subject" CHECK ("household_id" IS NOT NULL OR "id_number_hash" IS NOT NULL))`);
    await q.query(`CREATE INDEX "IDX_dishonesty_household" ON "dishonesty_record" ("household_id")`);
    await q.query(`CREATE INDEX "IDX_dishonesty_id_number_hash" ON "dishonesty_record" ("id_number_hash")`);
    await q.query(`ALTER TABLE "four_eyes_setting" DROP CONSTRAINT "CHK_four_eyes_decision"`);
    await q.query(`ALTER TABLE "four_eyes_setting" ADD CONSTRAINT "CHK_four_eyes_decision"
      CHECK ("decision" IN ('PLAN_APPROVAL', 'CASE_PAYMENT', 'CASE_DECISION'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "four_eyes_setting" WHERE "decision" = 'CASE_DECISION'`);
    await q.query(`ALTER TABLE "four_eyes_setting" DROP CONSTRAINT "CHK_four_eyes_decision"`);
    await q.query(`ALTER TABLE "four_eyes_setting" ADD CONSTRAINT "CHK_four_eyes_decision"
      CHECK ("decision" IN ('PLAN_APPROVAL', 'CASE_PAYMENT'))`);
    await q.query(`DROP TABLE "dishonesty_record"`);
    await q.query(`DROP TABLE "case_panel_member"`);
    await q.query(`DROP TABLE "case_help_history"`);
    await q.query(`DROP TABLE "case_help"`);
  }
}
