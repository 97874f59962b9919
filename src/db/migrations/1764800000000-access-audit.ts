import { MigrationInterface, QueryRunner } from 'typeorm';

// The access audit (issue 13): who read a full ID number or a health fact, exported, or wrote.
// Append-only by trigger: UPDATE, DELETE and TRUNCATE are refused whoever asks.
export class AccessAudit1764800000000 implements MigrationInterface {
  name = 'AccessAudit1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "access_audit" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "at" timestamptz NOT NULL,
      "request_id" text NOT NULL, "actor_id" text NOT NULL, "actor_role" text NOT NULL, "action" text NOT NULL, "operation" text,
      "object_type" text, "object_id" text, "fields" text[] NOT NULL DEFAULT '{}', "outcome" text,
      CONSTRAINT "CHK_access_audit_action" CHECK ("action" IN ('READ_ID_NUMBER', 'READ_HEALTH', 'EXPORT', 'WRITE')))`);
    await q.query(`CREATE INDEX "IDX_access_audit_at" ON "access_audit" ("at")`);
    await q.query(`CREATE INDEX "IDX_access_audit_actor_at" ON "access_audit" ("actor_id", "at")`);
    await q.query(`CREATE INDEX "IDX_access_audit_object_at" ON "access_audit" ("object_id", "at")`);
    await q.query(`CREATE FUNCTION "access_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'access_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`);
    await q.query(`CREATE TRIGGER "access_audit_no_change" BEFORE UPDATE OR DELETE ON "access_audit"
      FOR EACH ROW EXECUTE FUNCTION "access_audit_append_only"()`);
    await q.query(`CREATE TRIGGER "access_audit_no_truncate" BEFORE TRUNCATE ON "access_audit"
      FOR EACH STATEMENT EXECUTE FUNCTION "access_audit_append_only"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "access_audit"`);
    await q.query(`DROP FUNCTION "access_audit_append_only"()`);
  }
}
