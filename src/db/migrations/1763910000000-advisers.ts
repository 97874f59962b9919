import { MigrationInterface, QueryRunner } from 'typeorm';

// The adviser roster (社区救助顾问人员清单) and near-relative filings (近亲属备案).
export class Advisers1763910000000 implements MigrationInterface {
  name = 'Advisers1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "adviser" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "name" text NOT NULL, "gender" text, "phone" text,
      "street_code" varchar(9) NOT NULL, "community" text, "station" text, "role_type" text NOT NULL,
      "specialties" text[] NOT NULL DEFAULT '{}', "languages" text[] NOT NULL DEFAULT '{}', "qualifications" text[] NOT NULL DEFAULT '{}',
      "trainings" jsonb NOT NULL DEFAULT '[]', "filed_on" date, "caseload_max" int NOT NULL, "active" boolean NOT NULL DEFAULT true,
      "created_at" timestamptz NOT NULL DEFAULT now(), "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_adviser_street" FOREIGN KEY ("street_code") REFERENCES "street"("code"),
      CONSTRAINT "CHK_adviser_role_type" CHECK ("role_type" IN ('ASSISTANCE_STAFF', 'COMMITTEE_CADRE', 'COMMUNITY_WORKER', 'SOCIAL_WORKER', 'VOLUNTEER')),
      CONSTRAINT "CHK_adviser_caseload" CHECK ("caseload_max" > 0))`);
    await q.query(`CREATE INDEX "IDX_adviser_street" ON "adviser" ("street_code")`);
    await q.query(`CREATE TABLE "near_relative_filing" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "adviser_id" uuid NOT NULL,
      "relative_name" text NOT NULL, "id_number" varchar(18) NOT NULL, "relation" text NOT NULL, "filed_on" date NOT NULL, "note" text,
      CONSTRAINT "FK_near_relative_adviser" FOREIGN KEY ("adviser_id") REFERENCES "adviser"("id") ON DELETE CASCADE,
      CONSTRAINT "UQ_near_relative" UNIQUE ("adviser_id", "id_number"))`);
    await q.query(`CREATE INDEX "IDX_near_relative_adviser" ON "near_relative_filing" ("adviser_id")`);
    await q.query(`CREATE INDEX "IDX_near_relative_id_number" ON "near_relative_filing" ("id_number")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['near_relative_filing', 'adviser']) await q.query(`DROP TABLE "${table}"`);
  }
}
