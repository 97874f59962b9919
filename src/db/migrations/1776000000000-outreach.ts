import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15 §1: 政策找人 leads and their history. A lead is unique by (household, group, facts hash), so
// a sweep run twice writes nothing new; lists page by raised_at DESC, id DESC on one of four indexes.
export class Outreach1776000000000 implements MigrationInterface {
  name = 'Outreach1776000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "outreach_lead" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "household_id" uuid NOT NULL REFERENCES "household" ("id"), "street_code" varchar(9) NOT NULL,
      "target_group" smallint NOT NULL, "eligibility" text, "reasons" jsonb NOT NULL, "facts_hash" text NOT NULL,
      "status" text NOT NULL DEFAULT 'OPEN', "adviser_id" uuid REFERENCES "adviser" ("id"),
      "raised_at" timestamptz NOT NULL, "status_changed_at" timestamptz NOT NULL, "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "CHK_outreach_lead_group" CHECK ("target_group" BETWEEN 1 AND 4),
      CONSTRAINT "CHK_outreach_lead_eligibility" CHECK (("target_group" = 1) = ("eligibility" IS NOT NULL)),
      CONSTRAINT "CHK_outreach_lead_status" CHECK ("status" IN ('OPEN', 'VISITED', 'HELPED_TO_APPLY', 'ENROLLED',
        'NOT_ELIGIBLE', 'DECLINED', 'MOVED', 'SUPERSEDED')))`);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_outreach_lead_key" ON "outreach_lead" ("household_id", "target_group", "facts_hash")`,
    );
    for (const [name, column] of [
      ['raised', null],
      ['street_raised', 'street_code'],
      ['status_raised', 'status'],
      ['adviser_raised', 'adviser_id'],
      ['group_raised', 'target_group'],
    ])
      await q.query(
        `CREATE INDEX "IDX_outreach_lead_${name}" ON "outreach_lead"
          (${column ? `"${column}", ` : ''}"raised_at", "id")`,
      );
    await q.query(`CREATE INDEX "IDX_outreach_lead_eligibility_raised" ON "outreach_lead"
      ("eligibility", "raised_at", "id")
      WHERE "eligibility" IS NOT NULL`);
    // The sweep's keyset: active households in (street_code, id) order, a street or district a range of it.
    await q.query(
      `CREATE INDEX "IDX_household_active_street_id" ON "household" ("street_code", "id") WHERE "status" = 'ACTIVE'`,
    );
    await q.query(`CREATE TABLE "outreach_lead_change" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "lead_id" uuid NOT NULL REFERENCES "outreach_lead" ("id"), "from_status" text, "to_status" text NOT NULL,
      "note" text, "actor_id" text NOT NULL, "at" timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_outreach_lead_change_lead" ON "outreach_lead_change" ("lead_id", "at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "outreach_lead_change"`);
    await q.query(`DROP TABLE "outreach_lead"`);
    await q.query(`DROP INDEX "IDX_household_active_street_id"`);
  }
}
