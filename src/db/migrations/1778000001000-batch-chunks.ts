import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15 §3: a city-wide run as chunks that any number of worker processes share. batch_run gains
// what the run was asked (options: force, street, actor), its chunk size and how many chunks are left;
// batch_chunk is the ledger of its chunks: keyset ranges of household ids [from_id, to_id), each marked
// DONE in the same transaction as its writes, so a chunk's work commits exactly once whoever claims it
// and however often the queue hands it out again (src/modules/batch/batch-chunks.ts).
export class BatchChunks1778000001000 implements MigrationInterface {
  name = 'BatchChunks1778000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "batch_run" ADD "options" jsonb NOT NULL DEFAULT '{}',
      ADD "chunk_size" integer, ADD "chunks" integer NOT NULL DEFAULT 0, ADD "chunks_left" integer NOT NULL DEFAULT 0,
      ADD CONSTRAINT "CHK_batch_run_chunks" CHECK ("chunks_left" >= 0 AND "chunks_left" <= "chunks")`);
    await q.query(`CREATE TABLE "batch_chunk" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL,
      "seq" integer NOT NULL, "from_id" uuid NOT NULL, "to_id" uuid, "size" integer NOT NULL,
      "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT 0, "claimed_by" text,
      "claimed_at" timestamptz, "done_at" timestamptz, "processed" integer,
      CONSTRAINT "FK_batch_chunk_run" FOREIGN KEY ("run_id") REFERENCES "batch_run"("id") ON DELETE CASCADE,
      CONSTRAINT "UQ_batch_chunk_run_seq" UNIQUE ("run_id", "seq"),
      CONSTRAINT "CHK_batch_chunk_status" CHECK ("status" IN ('PENDING', 'DONE')),
      CONSTRAINT "CHK_batch_chunk_done" CHECK (("status" = 'DONE') = ("done_at" IS NOT NULL)))`);
    await q.query(`CREATE INDEX "IDX_batch_run_started" ON "batch_run" ("started_at" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_batch_run_started"`);
    await q.query(`DROP TABLE "batch_chunk"`);
    await q.query(`ALTER TABLE "batch_run" DROP CONSTRAINT "CHK_batch_run_chunks", DROP "options", DROP "chunk_size",
      DROP "chunks", DROP "chunks_left"`);
  }
}
