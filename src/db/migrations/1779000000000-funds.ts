import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 18 (first slice): funds and payments (POL-FND-*, POL-EMG-2, POL-INT-4) and four eyes.
// - fund: a district or street fund with its source (POL-FND-8) and the purposes it pays (专款专用,
//   POL-FND-3). `balance` is what is neither paid nor committed; it never goes below zero (CHECK, and
//   every debit is a conditional UPDATE … WHERE balance >= amount).
// - fund_entry: the ledger (deposits, commitments, their release, payments); append-only.
// - fund_payment: one payment to a household, optionally for a plan item; PENDING_APPROVAL while a
//   commitment waits for a second person, PAID, or REJECTED (its commitment released).
// - card_custody_filing: 社会救助资金卡折代管备案 (POL-INT-4), required to pay to a held card.
// - four_eyes_setting: a district's own rule per decision; no row = the defaults in policy/four-eyes.ts.
export class Funds1779000000000 implements MigrationInterface {
  name = 'Funds1779000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "fund" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "code" varchar(40) NOT NULL,
      "name_zh" text NOT NULL, "level" text NOT NULL, "district_code" varchar(6) NOT NULL, "street_code" varchar(9),
      "source" text NOT NULL, "purposes" text[] NOT NULL,
      "balance" numeric(14,2) NOT NULL DEFAULT 0, "committed" numeric(14,2) NOT NULL DEFAULT 0,
      "paid" numeric(14,2) NOT NULL DEFAULT 0, "created_by" text NOT NULL, "created_at" timestamptz NOT NULL,
      CONSTRAINT "UQ_fund_code" UNIQUE ("code"),
      CONSTRAINT "CHK_fund_level" CHECK (("level" = 'DISTRICT' AND "street_code" IS NULL)
        OR ("level" = 'STREET' AND "street_code" IS NOT NULL AND left("street_code", 6) = "district_code")),
      CONSTRAINT "CHK_fund_source" CHECK ("source" IN
        ('FISCAL', 'WELFARE_LOTTERY', 'CHARITY_DONATION', 'MASS_ORGANISATION', 'ENTERPRISE')),
      CONSTRAINT "CHK_fund_purposes" CHECK (cardinality("purposes") > 0),
      CONSTRAINT "CHK_fund_balance" CHECK ("balance" >= 0 AND "committed" >= 0 AND "paid" >= 0))`);
    await q.query(`CREATE INDEX "IDX_fund_district_street" ON "fund" ("district_code", "street_code")`);
    await q.query(`CREATE TABLE "card_custody_filing" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "household_id" uuid NOT NULL REFERENCES "household" ("id"), "holder_kind" text NOT NULL,
      "card_last4" varchar(4) NOT NULL, "reason" text NOT NULL, "filed_by" text NOT NULL,
      "filed_at" timestamptz NOT NULL,
      CONSTRAINT "CHK_card_custody_last4" CHECK ("card_last4" ~ '^[0-9]{4}$'))`);
    await q.query(`CREATE INDEX "IDX_card_custody_household" ON "card_custody_filing" ("household_id")`);
    await q.query(`CREATE TABLE "fund_payment" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "fund_id" uuid NOT NULL REFERENCES "fund" ("id"), "household_id" uuid NOT NULL REFERENCES "household" ("id"),
      "plan_item_id" uuid, "purpose" text NOT NULL, "amount" numeric(14,2) NOT NULL, "method" text NOT NULL,
      "card_custody_filing_id" uuid REFERENCES "card_custody_filing" ("id"),
      "entered_afterwards" boolean NOT NULL DEFAULT false, "paid_on" date, "status" text NOT NULL,
      "requested_by" text NOT NULL, "requested_role" text NOT NULL, "requested_at" timestamptz NOT NULL,
      "decided_by" text, "decided_role" text, "decided_at" timestamptz, "decision_note" text,
      "four_eyes_override" boolean NOT NULL DEFAULT false, "note" text,
      CONSTRAINT "CHK_fund_payment_amount" CHECK ("amount" > 0),
      CONSTRAINT "CHK_fund_payment_status" CHECK ("status" IN ('PENDING_APPROVAL', 'PAID', 'REJECTED')),
      CONSTRAINT "CHK_fund_payment_method" CHECK ("method" IN ('BANK_TRANSFER', 'CASH', 'HELD_CARD')),
      CONSTRAINT "CHK_fund_payment_card" CHECK (("method" = 'HELD_CARD') = ("card_custody_filing_id" IS NOT NULL)),
      CONSTRAINT "CHK_fund_payment_offline" CHECK (NOT "entered_afterwards" OR "method" = 'CASH'))`);
    await q.query(`CREATE INDEX "IDX_fund_payment_fund" ON "fund_payment" ("fund_id", "requested_at")`);
    await q.query(`CREATE INDEX "IDX_fund_payment_household" ON "fund_payment" ("household_id", "purpose")`);
    await q.query(`CREATE INDEX "IDX_fund_payment_paid_on" ON "fund_payment" ("paid_on") WHERE "status" = 'PAID'`);
    await q.query(`CREATE TABLE "fund_entry" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "fund_id" uuid NOT NULL REFERENCES "fund" ("id"), "kind" text NOT NULL, "amount" numeric(14,2) NOT NULL,
      "payment_id" uuid REFERENCES "fund_payment" ("id"), "note" text, "actor_id" text NOT NULL,
      "at" timestamptz NOT NULL,
      CONSTRAINT "CHK_fund_entry_kind" CHECK ("kind" IN ('DEPOSIT', 'COMMIT', 'RELEASE', 'PAY')),
      CONSTRAINT "CHK_fund_entry_amount" CHECK ("amount" > 0))`);
    await q.query(`CREATE INDEX "IDX_fund_entry_fund" ON "fund_entry" ("fund_id", "at")`);
    await q.query(`CREATE TABLE "four_eyes_setting" ("district_code" varchar(6) NOT NULL, "decision" text NOT NULL,
      "second_person" boolean NOT NULL, "updated_by" text NOT NULL, "updated_at" timestamptz NOT NULL,
      PRIMARY KEY ("district_code", "decision"),
      CONSTRAINT "CHK_four_eyes_decision" CHECK ("decision" IN ('PLAN_APPROVAL', 'CASE_PAYMENT')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "four_eyes_setting"`);
    await q.query(`DROP TABLE "fund_entry"`);
    await q.query(`DROP TABLE "fund_payment"`);
    await q.query(`DROP TABLE "card_custody_filing"`);
    await q.query(`DROP TABLE "fund"`);
  }
}
