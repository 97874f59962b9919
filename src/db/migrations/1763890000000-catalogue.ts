import { MigrationInterface, QueryRunner } from 'typeorm';

// The resource list (社会救助资源清单): providers, resources with their history, and the
// reference tables it needs (need codes, the dated 低保 standard).
export class Catalogue1763890000000 implements MigrationInterface {
  name = 'Catalogue1763890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "need_code" ("code" varchar(3) PRIMARY KEY, "key" text NOT NULL, "name_zh" text NOT NULL,
      "name_en" text NOT NULL, "category" text NOT NULL, "form" text NOT NULL)`);
    await q.query(`CREATE TABLE "dibao_standard" ("effective_from" date PRIMARY KEY, "dibao_standard" numeric(10,2) NOT NULL,
      "minor_multiplier" numeric(6,3) NOT NULL, "edge_multiplier" numeric(6,3) NOT NULL, "verified" boolean NOT NULL, "source" text,
      CONSTRAINT "CHK_dibao_positive" CHECK ("dibao_standard" > 0 AND "edge_multiplier" >= 1))`);
    await q.query(`CREATE TABLE "provider" ("id" varchar(40) PRIMARY KEY, "name_zh" text NOT NULL, "name_en" text NOT NULL,
      "type" text NOT NULL, "parent_department" text, "contact" jsonb NOT NULL DEFAULT '{}', "service_area" jsonb NOT NULL,
      "verification_status" text NOT NULL DEFAULT 'UNVERIFIED',
      "created_at" timestamptz NOT NULL DEFAULT now(), "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE "resource" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "code" varchar(40) NOT NULL, "provider_id" varchar(40) NOT NULL,
      "name_zh" text NOT NULL, "name_en" text NOT NULL, "description_zh" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '',
      "tier_override" text, "form" text NOT NULL, "need_codes" text[] NOT NULL, "eligibility" jsonb NOT NULL, "benefit" jsonb NOT NULL,
      "capacity_kind" text NOT NULL, "quota" integer, "period" text, "remaining" integer, "geo_scope" jsonb NOT NULL,
      "application_channel" text NOT NULL DEFAULT '', "required_materials" text[] NOT NULL DEFAULT '{}', "processing_days" integer,
      "policy_basis" text, "exclusive_group" text, "statutory_first" boolean NOT NULL DEFAULT false,
      "valid_from" date, "valid_to" date, "last_verified" date, "figures_verified" boolean NOT NULL DEFAULT false,
      "status" text NOT NULL DEFAULT 'DRAFT', "status_note" text, "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(), "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_resource_provider" FOREIGN KEY ("provider_id") REFERENCES "provider"("id"),
      CONSTRAINT "CHK_resource_remaining" CHECK ("remaining" IS NULL OR "remaining" >= 0),
      CONSTRAINT "CHK_resource_status" CHECK ("status" IN ('DRAFT','SUBMITTED','PUBLISHED','SUSPENDED','RETIRED')))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_resource_code" ON "resource" ("code")`);
    await q.query(`CREATE INDEX "IDX_resource_provider_status" ON "resource" ("provider_id", "status")`);
    await q.query(`CREATE INDEX "IDX_resource_need_codes" ON "resource" USING gin ("need_codes")`);
    await q.query(`CREATE TABLE "resource_change" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "resource_version" integer NOT NULL,
      "action" text NOT NULL, "actor_id" text NOT NULL, "actor_role" text NOT NULL, "from_status" text, "to_status" text,
      "changes" jsonb NOT NULL DEFAULT '{}', "note" text, "at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_resource_change_resource" FOREIGN KEY ("resource_id") REFERENCES "resource"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_resource_change_resource_id" ON "resource_change" ("resource_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['resource_change', 'resource', 'provider', 'dibao_standard', 'need_code'])
      await q.query(`DROP TABLE "${table}"`);
  }
}
