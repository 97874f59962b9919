// Chunked runs (issue 15 §3): a city-wide batch as chunks — keyset ranges of ids — that any number of
// worker processes share through the queue (batch-queue.ts), or that one process works through in turn
// on the embedded database. The same code claims and runs a chunk either way:
//
//   const run = await chunked.plan('assess', options, 500, idsSql, params);   // chunks in batch_chunk
//   await chunked.runChunk(chunkId, workerId, work);     // by whoever the queue hands the chunk to
//
// Exactly once: a chunk's work and its DONE mark commit in one transaction that first locks the chunk
// row (FOR UPDATE) and skips a chunk already DONE, so a chunk handed out again — its worker was killed
// after committing but before acknowledging the job, or its lease ran out while it was still working —
// changes nothing the second time. The run's counts (done, chunks_left) move in that transaction too;
// the chunk that takes chunks_left to 0 ends the run SUCCEEDED. A run is resumable: its PENDING chunks
// are what is left (pending()), whatever happened to the processes and the queue.
//
// Statistics and dead tuples (autovacuum may be off): after each chunk, the process that committed it
// runs ANALYZE on those of the tables the kind writes that grew by as much as their statistics counted
// (staleTables: after the 1st, 2nd, 4th … chunk of a table that started empty; not before the end for
// one that was large already), so the planner sees them grow during the run; at the end it analyses them
// all, so the next run starts from fresh statistics; a chunk that rolled back leaves dead tuples, so the
// run's end runs VACUUM (ANALYZE) instead when any chunk failed.
import { maintainTables, staleTables } from './table-maintenance';
import { hostname } from 'node:os';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock';
import { BatchChunk, BatchKind, BatchRun, BatchRunOptions } from './batch-run.entity';

const LOWEST_UUID = '00000000-0000-0000-0000-000000000000';

/** This process, as it signs the chunks it takes up. */
export const workerId = () => `${hostname()}:${process.pid}`;

/** The work of one chunk, inside its transaction: returns how many items it processed. */
export type ChunkWork = (em: EntityManager, chunk: BatchChunk, run: BatchRun) => Promise<number>;

export type ChunkOutcome = { outcome: 'done'; processed: number; runEnded: boolean } | { outcome: 'skipped' };

export class ChunkedRuns {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    /** Tables each kind writes: analysed as the run goes and at its end. */
    private readonly touches: Partial<Record<BatchKind, readonly string[]>> = {},
    private readonly warn: (error: unknown) => void = () => undefined,
  ) {}

  /**
   * A RUNNING run over the ids `idsSql` selects (one column `id`, any order), in chunks of `chunkSize`:
   * chunk boundaries are every chunkSize-th id in id order, read in one statement.
   */
  async plan(
    kind: BatchKind,
    options: BatchRunOptions,
    chunkSize: number,
    idsSql: string,
    params: unknown[] = [],
  ): Promise<{ run: BatchRun; chunks: BatchChunk[] }> {
    return this.db.transaction(async (em) => {
      const n = params.length + 1;
      const bounds: Array<{ id: string; total: number }> = await em.query(
        `SELECT id, total FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn, count(*) OVER () AS total
           FROM (${idsSql}) ids) x WHERE (rn - 1) % $${n} = 0 ORDER BY id`,
        [...params, chunkSize],
      );
      const total = bounds.length ? Number(bounds[0].total) : 0;
      const now = this.clock.now();
      const run = await em.getRepository(BatchRun).save(
        em.create(BatchRun, {
          kind,
          status: bounds.length ? 'RUNNING' : 'SUCCEEDED',
          startedAt: now,
          heartbeatAt: now,
          finishedAt: bounds.length ? null : now,
          total,
          done: 0,
          failed: 0,
          options,
          chunkSize,
          chunks: bounds.length,
          chunksLeft: bounds.length,
        }),
      );
      const chunks = bounds.map((b, i) =>
        em.create(BatchChunk, {
          runId: run.id,
          seq: i,
          fromId: i === 0 ? LOWEST_UUID : b.id,
          toId: bounds[i + 1]?.id ?? null,
          size: Math.min(chunkSize, total - i * chunkSize),
        }),
      );
      if (chunks.length) await em.getRepository(BatchChunk).save(chunks, { chunk: 1000 });
      return { run, chunks };
    });
  }

  get(runId: string): Promise<BatchRun | null> {
    return this.db.getRepository(BatchRun).findOneBy({ id: runId });
  }

  /** The chunks still to do, in order (what a resumed run enqueues again). */
  pending(runId: string): Promise<BatchChunk[]> {
    return this.db.getRepository(BatchChunk).find({ where: { runId, status: 'PENDING' }, order: { seq: 'ASC' } });
  }

  /** Back to RUNNING (a FAILED run being resumed); false when it has nothing left to do. */
  async reopen(runId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `UPDATE batch_run SET status = 'RUNNING', finished_at = NULL, heartbeat_at = $2
       WHERE id = $1 AND chunks_left > 0 RETURNING id`,
      [runId, this.clock.now()],
    );
    return (rows[0] as unknown[]).length > 0;
  }

  /** Takes up one chunk and runs `work` on it exactly once (see the file's head). Throws what work throws. */
  async runChunk(chunkId: string, worker: string, work: ChunkWork): Promise<ChunkOutcome> {
    // Signed outside the work's transaction, so that who holds a chunk shows while it runs.
    await this.db.query(
      `UPDATE batch_chunk SET attempts = attempts + 1, claimed_by = $2, claimed_at = $3
       WHERE id = $1 AND status = 'PENDING'`,
      [chunkId, worker, this.clock.now()],
    );
    let ran: BatchRun | undefined;
    const outcome = await this.db.transaction(async (em): Promise<ChunkOutcome> => {
      const chunk = await em
        .getRepository(BatchChunk)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :chunkId', { chunkId })
        .getOne();
      if (!chunk || chunk.status === 'DONE') return { outcome: 'skipped' };
      const run = (ran = await em.getRepository(BatchRun).findOneByOrFail({ id: chunk.runId }));
      if (run.status !== 'RUNNING') return { outcome: 'skipped' }; // FAILED: resumed explicitly
      const processed = await work(em, chunk, run);
      const now = this.clock.now();
      await em.update(BatchChunk, { id: chunk.id }, { status: 'DONE', doneAt: now, processed });
      const [rows] = (await em.query(
        `UPDATE batch_run SET done = done + $2, heartbeat_at = $3, chunks_left = chunks_left - 1,
             status = CASE WHEN chunks_left = 1 THEN 'SUCCEEDED' ELSE status END,
             finished_at = CASE WHEN chunks_left = 1 THEN $3::timestamptz ELSE finished_at END
           WHERE id = $1 RETURNING chunks_left`,
        [run.id, processed, now],
      )) as [Array<{ chunks_left: number }>, number];
      return { outcome: 'done', processed, runEnded: rows[0].chunks_left === 0 };
    });
    if (outcome.outcome === 'done' && ran) await this.maintain(ran, outcome.runEnded);
    return outcome;
  }

  /** Ends a run FAILED (the in-process path, when a chunk throws); its PENDING chunks stay resumable. */
  async fail(runId: string): Promise<void> {
    await this.db.query(
      `UPDATE batch_run SET status = 'FAILED', finished_at = $2, heartbeat_at = $2
       WHERE id = $1 AND status = 'RUNNING'`,
      [runId, this.clock.now()],
    );
    await this.analyse(runId, true);
  }

  /** ANALYZE what went stale after a chunk, everything at the end (VACUUM too when a chunk had to be retried). */
  private async maintain(run: BatchRun, runEnded: boolean): Promise<void> {
    const tables = this.touches[run.kind] ?? [];
    if (!runEnded) {
      const stale = await staleTables(this.db, tables).catch((error) => (this.warn(error), []));
      return maintainTables(this.db, stale, false, this.warn);
    }
    const [row] = await this.db.query(`SELECT bool_or(attempts > 1) AS retried FROM batch_chunk WHERE run_id = $1`, [
      run.id,
    ]);
    await maintainTables(this.db, tables, row.retried === true, this.warn);
  }

  /** ANALYZE (or VACUUM (ANALYZE), after rolled-back chunks) the tables the run's kind writes. */
  async analyse(runId: string, vacuum: boolean): Promise<void> {
    const run = await this.get(runId);
    const tables = run ? (this.touches[run.kind] ?? []) : [];
    await maintainTables(this.db, tables, vacuum, this.warn);
  }
}
