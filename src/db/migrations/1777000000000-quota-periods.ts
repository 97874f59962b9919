import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15 §2: a QUOTA resource's places are counted per period (policy/quota-period.ts) and reopen
// when a new period starts. quota_period keeps one row per resource and period (the places it opened
// with and how many were taken): the history. resource.remaining_period names the period that
// resource.remaining counts (null: not yet seen by the period-aware code, adopted as the current one);
// referral.place_period the period whose place a referral holds, so a place given back returns to it.
export class QuotaPeriods1777000000000 implements MigrationInterface {
  name = 'QuotaPeriods1777000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "quota_period" ("resource_id" uuid NOT NULL, "period_key" text NOT NULL,
      "starts_on" date, "ends_on" date, "places" integer NOT NULL, "taken" integer NOT NULL DEFAULT 0,
      "opened_at" timestamptz NOT NULL,
      CONSTRAINT "PK_quota_period" PRIMARY KEY ("resource_id", "period_key"),
      CONSTRAINT "FK_quota_period_resource" FOREIGN KEY ("resource_id") REFERENCES "resource"("id") ON DELETE CASCADE,
      CONSTRAINT "CHK_quota_period_counts" CHECK ("places" >= 0 AND "taken" >= 0))`);
    await q.query(`ALTER TABLE "resource" ADD "remaining_period" text`);
    await q.query(`ALTER TABLE "referral" ADD "place_period" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "referral" DROP COLUMN "place_period"`);
    await q.query(`ALTER TABLE "resource" DROP COLUMN "remaining_period"`);
    await q.query(`DROP TABLE "quota_period"`);
  }
}
