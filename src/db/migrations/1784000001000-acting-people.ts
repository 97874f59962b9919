import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 18 follow-up, POL-INT-3/8/9 for everyone acting on a case: the register of people without an
// adviser-roster entry (经办及评议人员: supervisors, assessors, panel members), each known by a keyed hash of
// their own ID number, and their near-relative filings (the relative kept as a keyed hash and a masked number;
// withdrawn, not deleted). A panel member now carries who they are: roster id, register id, or the keyed hash
// and masked copy of an ID number given at the hearing.
export class ActingPeople1784000001000 implements MigrationInterface {
  name = 'ActingPeople1784000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "acting_person" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "name" text NOT NULL,
      "kind" text NOT NULL, "street_codes" varchar(9)[] NOT NULL, "id_number_hash" varchar(64) NOT NULL,
      "id_number_masked" varchar(18) NOT NULL, "active" boolean NOT NULL DEFAULT true, "registered_by" text NOT NULL,
      "registered_at" timestamptz NOT NULL, CONSTRAINT "CHK_acting_person_streets" CHECK (cardinality("street_codes") > 0))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_acting_person_id_hash" ON "acting_person" ("id_number_hash")`);
    await q.query(`CREATE INDEX "IDX_acting_person_streets" ON "acting_person" USING gin ("street_codes")`);
    await q.query(`CREATE INDEX "IDX_acting_person_registered" ON "acting_person" ("registered_at", "id")`);
    await q.query(`CREATE TABLE "person_near_relative_filing" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "person_id" uuid NOT NULL REFERENCES "acting_person" ("id"), "relative_name" text NOT NULL,
      "relative_id_hash" varchar(64) NOT NULL, "relative_id_number_masked" varchar(18) NOT NULL,
      "relation" text NOT NULL, "filed_on" date NOT NULL, "note" text, "filed_by" text NOT NULL,
      "filed_at" timestamptz NOT NULL, "withdrawn_at" timestamptz, "withdrawn_by" text, "withdraw_reason" text)`);
    await q.query(`CREATE INDEX "IDX_person_filing_person" ON "person_near_relative_filing" ("person_id")`);
    await q.query(`CREATE INDEX "IDX_person_filing_relative" ON "person_near_relative_filing" ("relative_id_hash")`);
    await q.query(`ALTER TABLE "case_panel_member" ADD "person_id" uuid REFERENCES "acting_person" ("id"),
      ADD "id_number_hash" varchar(64), ADD "id_number_masked" varchar(18)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_panel_member" DROP COLUMN "id_number_masked", DROP COLUMN "id_number_hash",
      DROP COLUMN "person_id"`);
    await q.query(`DROP TABLE "person_near_relative_filing"`);
    await q.query(`DROP TABLE "acting_person"`);
  }
}
