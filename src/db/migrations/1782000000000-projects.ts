import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 18, projects (项目帮扶, 一类一策): a project is a catalogue resource with its fund, made from a
// shared-needs aggregate of a street or district (the snapshot, counts only: no household is named).
// The partial index on need lets sharedUnmetNeeds and proposeProjectHouseholds reach the unmet needs
// (OPEN, NO_RESOURCE) of a street's households by household, without reading the closed history.
export class Projects1782000000000 implements MigrationInterface {
  name = 'Projects1782000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "project" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "code" varchar(40) NOT NULL,
      "name_zh" text NOT NULL, "need_code" varchar(3) NOT NULL REFERENCES "need_code" ("code"),
      "scope_level" text NOT NULL, "scope_code" varchar(9) NOT NULL,
      "resource_id" uuid NOT NULL REFERENCES "resource" ("id"), "fund_id" uuid NOT NULL REFERENCES "fund" ("id"),
      "snapshot" jsonb NOT NULL, "created_by" text NOT NULL, "created_role" text NOT NULL,
      "created_at" timestamptz NOT NULL,
      CONSTRAINT "UQ_project_resource" UNIQUE ("resource_id"),
      CONSTRAINT "CHK_project_scope" CHECK (("scope_level" = 'STREET' AND "scope_code" ~ '^[0-9]{9}$')
        OR ("scope_level" = 'DISTRICT' AND "scope_code" ~ '^[0-9]{6}$')))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_project_code" ON "project" ("code")`);
    await q.query(`CREATE INDEX "IDX_project_scope" ON "project" ("scope_level", "scope_code", "created_at")`);
    await q.query(`CREATE INDEX "IDX_need_unmet_household" ON "need" ("household_id", "code")
      WHERE "status" IN ('OPEN', 'NO_RESOURCE')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_need_unmet_household"`);
    await q.query(`DROP TABLE "project"`);
  }
}
