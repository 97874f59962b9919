import { MigrationInterface, QueryRunner } from 'typeorm';

// One household, one plan (一户一策): versioned plans with their items, and the referrals an approved
// plan issues, each with its history. Capacity is counted on resource.remaining (see referral.service.ts).
export class Plans1763920000000 implements MigrationInterface {
  name = 'Plans1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "plan" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "version" integer NOT NULL,
      "status" text NOT NULL, "assessment_id" uuid, "catalogue_state" jsonb NOT NULL, "unmet" jsonb NOT NULL DEFAULT '[]', "covered" jsonb NOT NULL DEFAULT '[]',
      "changes" jsonb NOT NULL DEFAULT '[]', "generated_by" text NOT NULL, "generated_at" timestamptz NOT NULL DEFAULT now(),
      "approved_by" text, "approved_role" text, "approved_at" timestamptz, "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_plan_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_plan_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id"),
      CONSTRAINT "CHK_plan_status" CHECK ("status" IN ('DRAFT', 'APPROVED', 'SUPERSEDED')))`);
    // Versions count 1, 2, 3 … per household; two regenerations racing for the same number: one wins.
    await q.query(`CREATE UNIQUE INDEX "IDX_plan_household_version" ON "plan" ("household_id", "version")`);
    await q.query(`CREATE TABLE "plan_item" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "position" integer NOT NULL,
      "kind" text NOT NULL, "source" text NOT NULL, "need_id" uuid NOT NULL, "need_code" varchar(3) NOT NULL, "resource_id" uuid NOT NULL,
      "resource_code" varchar(40) NOT NULL, "tier" text NOT NULL, "rationale" jsonb NOT NULL DEFAULT '[]', "eligibility" jsonb NOT NULL DEFAULT '[]',
      "eligibility_result" text NOT NULL, "alternatives" jsonb NOT NULL DEFAULT '[]', "expected_benefit" jsonb NOT NULL, "added_by" text NOT NULL,
      "added_reason" text, "removed_at" timestamptz, "removed_by" text, "removed_reason" text,
      CONSTRAINT "FK_plan_item_plan" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_plan_item_need" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_plan_item_resource" FOREIGN KEY ("resource_id") REFERENCES "resource"("id"))`);
    await q.query(`CREATE INDEX "IDX_plan_item_plan_id" ON "plan_item" ("plan_id")`);
    await q.query(`CREATE TABLE "referral" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "plan_item_id" uuid NOT NULL,
      "household_id" uuid NOT NULL, "street_code" varchar(9) NOT NULL, "need_id" uuid NOT NULL, "need_code" varchar(3) NOT NULL, "urgency" text NOT NULL,
      "resource_id" uuid NOT NULL, "provider_id" varchar(40) NOT NULL, "status" text NOT NULL, "place_taken" boolean NOT NULL DEFAULT false,
      "household_declined" boolean NOT NULL DEFAULT false, "issued_by" text NOT NULL, "issued_at" timestamptz NOT NULL DEFAULT now(),
      "answer_due_at" timestamptz NOT NULL, "answered_at" timestamptz, "closed_at" timestamptz, "outcome" text,
      "amount_delivered" numeric(14,2), "sessions_delivered" integer, "note" text, "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_referral_plan" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_referral_item" FOREIGN KEY ("plan_item_id") REFERENCES "plan_item"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_referral_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_referral_need" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_referral_resource" FOREIGN KEY ("resource_id") REFERENCES "resource"("id"),
      CONSTRAINT "CHK_referral_status" CHECK ("status" IN ('PENDING', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN')),
      CONSTRAINT "CHK_referral_delivered" CHECK ("amount_delivered" IS NULL OR "amount_delivered" >= 0))`);
    // One referral per plan item: approving twice can never issue a second one.
    await q.query(`CREATE UNIQUE INDEX "IDX_referral_plan_item" ON "referral" ("plan_item_id")`);
    await q.query(`CREATE INDEX "IDX_referral_provider_status" ON "referral" ("provider_id", "status")`);
    await q.query(`CREATE INDEX "IDX_referral_street_status" ON "referral" ("street_code", "status")`);
    await q.query(`CREATE INDEX "IDX_referral_household_id" ON "referral" ("household_id")`);
    await q.query(`CREATE INDEX "IDX_referral_need_id" ON "referral" ("need_id")`);
    await q.query(`CREATE INDEX "IDX_referral_plan_id" ON "referral" ("plan_id")`);
    await q.query(`CREATE TABLE "referral_change" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "referral_id" uuid NOT NULL, "from_status" text,
      "to_status" text NOT NULL, "reason" text, "actor_id" text NOT NULL, "actor_role" text NOT NULL, "at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_referral_change_referral" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_referral_change_referral_id" ON "referral_change" ("referral_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['referral_change', 'referral', 'plan_item', 'plan']) await q.query(`DROP TABLE "${table}"`);
  }
}
