import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 16: webhooks that keep partners and advisers in the loop. Endpoints (owner, url, secret,
// events), the outbox of events (written in the transaction of the referral change), one delivery
// per event and subscribed endpoint, and the log of every attempt. One overdue event per referral,
// guaranteed by a partial unique index (the sweep inserts with ON CONFLICT DO NOTHING).
export class Webhooks1770000000000 implements MigrationInterface {
  name = 'Webhooks1770000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "webhook_endpoint" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "owner_kind" text NOT NULL, "owner_id" text NOT NULL, "url" text NOT NULL, "secret" text NOT NULL,
      "events" text[] NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by" text NOT NULL,
      "created_at" timestamptz NOT NULL, "secret_rotated_at" timestamptz, "deactivated_at" timestamptz,
      CONSTRAINT "CHK_webhook_endpoint_owner" CHECK ("owner_kind" IN ('PROVIDER', 'ADVISER')))`);
    await q.query(`CREATE INDEX "IDX_webhook_endpoint_owner" ON "webhook_endpoint" ("owner_kind", "owner_id")`);
    await q.query(`CREATE TABLE "webhook_event" ("id" uuid PRIMARY KEY, "type" text NOT NULL,
      "referral_id" uuid NOT NULL REFERENCES "referral" ("id") ON DELETE CASCADE, "occurred_at" timestamptz NOT NULL,
      "payload" jsonb NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_webhook_event_referral" ON "webhook_event" ("referral_id")`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_webhook_event_overdue" ON "webhook_event" ("referral_id") WHERE "type" = 'REFERRAL_OVERDUE'`,
    );
    await q.query(`CREATE TABLE "webhook_delivery" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "event_id" uuid NOT NULL REFERENCES "webhook_event" ("id") ON DELETE CASCADE,
      "endpoint_id" uuid NOT NULL REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE,
      "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT 0,
      "next_attempt_at" timestamptz NOT NULL, "created_at" timestamptz NOT NULL, "delivered_at" timestamptz,
      CONSTRAINT "CHK_webhook_delivery_status" CHECK ("status" IN ('PENDING', 'DELIVERED', 'DEAD')))`);
    await q.query(
      `CREATE INDEX "IDX_webhook_delivery_due" ON "webhook_delivery" ("next_attempt_at") WHERE "status" = 'PENDING'`,
    );
    await q.query(`CREATE INDEX "IDX_webhook_delivery_endpoint" ON "webhook_delivery" ("endpoint_id", "created_at")`);
    await q.query(`CREATE TABLE "webhook_attempt" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "delivery_id" uuid NOT NULL REFERENCES "webhook_delivery" ("id") ON DELETE CASCADE, "attempt" integer NOT NULL,
      "at" timestamptz NOT NULL, "status_code" integer, "error" text, "duration_ms" integer NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_webhook_attempt_delivery" ON "webhook_attempt" ("delivery_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "webhook_attempt"`);
    await q.query(`DROP TABLE "webhook_delivery"`);
    await q.query(`DROP TABLE "webhook_event"`);
    await q.query(`DROP TABLE "webhook_endpoint"`);
  }
}
