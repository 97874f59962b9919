import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 17: batch progress for /metrics. One row per batch run (the assess CLI, a household import,
// seed:demo, warnings:import): kind, status, times and item counts only — never a name, an ID number
// or a cell of the input. The metrics scrape reads the latest run per kind and the latest success per
// kind, each one index lookup (src/modules/batch/batch-metrics.ts).
export class BatchRuns1772000000000 implements MigrationInterface {
  name = 'BatchRuns1772000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "batch_run" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "kind" text NOT NULL,
      "status" text NOT NULL DEFAULT 'RUNNING', "started_at" timestamptz NOT NULL, "heartbeat_at" timestamptz NOT NULL,
      "finished_at" timestamptz, "total" integer, "done" integer NOT NULL DEFAULT 0, "failed" integer NOT NULL DEFAULT 0,
      CONSTRAINT "CHK_batch_run_status" CHECK ("status" IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
      CONSTRAINT "CHK_batch_run_finished" CHECK (("status" = 'RUNNING') = ("finished_at" IS NULL)),
      CONSTRAINT "CHK_batch_run_counts" CHECK ("done" >= 0 AND "failed" >= 0 AND ("total" IS NULL OR "total" >= 0)))`);
    await q.query(`CREATE INDEX "IDX_batch_run_kind_started" ON "batch_run" ("kind", "started_at" DESC, "id" DESC)`);
    await q.query(
      `CREATE INDEX "IDX_batch_run_kind_succeeded" ON "batch_run" ("kind", "finished_at" DESC) WHERE "status" = 'SUCCEEDED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "batch_run"`);
  }
}
