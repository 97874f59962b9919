import { MigrationInterface, QueryRunner } from 'typeorm';

// Hardship profiles: model versions, immutable assessments, and the needs list with its history.
export class Assessment1763900000000 implements MigrationInterface {
  name = 'Assessment1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "scoring_model_version" ("id" varchar(60) PRIMARY KEY, "definition" jsonb NOT NULL, "status" text NOT NULL,
      "registered_by" text NOT NULL, "registered_at" timestamptz NOT NULL DEFAULT now(), "activated_at" timestamptz,
      CONSTRAINT "CHK_model_status" CHECK ("status" IN ('REGISTERED', 'ACTIVE', 'RETIRED')))`);
    // Exactly one model is active at a time.
    await q.query(
      `CREATE UNIQUE INDEX "IDX_model_one_active" ON "scoring_model_version" ("status") WHERE "status" = 'ACTIVE'`,
    );
    await q.query(`CREATE TABLE "assessment" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL,
      "model_id" varchar(60) NOT NULL, "as_of" date NOT NULL, "facts" jsonb NOT NULL, "facts_hash" varchar(40) NOT NULL, "profile" jsonb NOT NULL,
      "composite" numeric(10,2) NOT NULL, "level" text NOT NULL, "circle" smallint, "assessed_by" text NOT NULL,
      "assessed_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_assessment_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_assessment_model" FOREIGN KEY ("model_id") REFERENCES "scoring_model_version"("id"))`);
    await q.query(`CREATE INDEX "IDX_assessment_household_at" ON "assessment" ("household_id", "assessed_at")`);
    await q.query(`CREATE TABLE "need" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "code" varchar(3) NOT NULL,
      "status" text NOT NULL, "source" text NOT NULL, "urgency" text NOT NULL, "indicators" text[] NOT NULL DEFAULT '{}', "note" text,
      "assessment_id" uuid, "still_triggered" boolean NOT NULL DEFAULT true,
      "opened_at" timestamptz NOT NULL DEFAULT now(), "updated_at" timestamptz NOT NULL DEFAULT now(), "closed_at" timestamptz,
      CONSTRAINT "FK_need_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_need_code" FOREIGN KEY ("code") REFERENCES "need_code"("code"))`);
    await q.query(`CREATE INDEX "IDX_need_household_code" ON "need" ("household_id", "code")`);
    // NEED-6 enforced by the database: one active row per household and code.
    await q.query(
      `CREATE UNIQUE INDEX "IDX_need_one_active" ON "need" ("household_id", "code") WHERE "status" NOT IN ('MET', 'DECLINED', 'RESOLVED')`,
    );
    await q.query(`CREATE TABLE "need_change" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "from_status" text,
      "to_status" text NOT NULL, "reason" text NOT NULL, "actor_id" text NOT NULL, "at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_need_change_need" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_need_change_need_id" ON "need_change" ("need_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['need_change', 'need', 'assessment', 'scoring_model_version'])
      await q.query(`DROP TABLE "${table}"`);
  }
}
