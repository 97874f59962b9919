// Batch progress (issue 17): a batch says start, advance, finish or fail; each is a write to its
// batch_run row, which /metrics reads at scrape time (batch-metrics.ts), so a batch in a CLI process
// shows up on the service's /metrics.
//
//   const run = await batches.start('assess', total);
//   run.advance(chunk.length);            // cheap: writes at most once a second (by the clock)
//   await run.finish();                   // or: await run.fail()
//   // or: await batches.track('assess', total, (run) => work(run))   — fail() when work throws
//
// Progress writes run beside the batch, never inside its transaction (a rolled-back import still
// reports how it ended) and are not awaited by advance(): on the embedded database, whose one
// connection a long transaction holds, they wait their turn. A progress write that fails is
// reported through `warn` and never fails the batch.
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { BatchKind, BatchRun, BatchStatus } from './batch-run.entity';

/** Fewest milliseconds (by the clock) between two progress writes of one run. */
export const PROGRESS_INTERVAL_MS = 1000;

export class BatchRuns {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly warn: (error: unknown) => void = () => undefined,
  ) {}

  /** Records a RUNNING run; total = items it sets out to process (null: not known). */
  async start(kind: BatchKind, total: number | null): Promise<BatchProgress> {
    const now = this.clock.now();
    try {
      const row = await this.db.getRepository(BatchRun).save({
        kind,
        status: 'RUNNING',
        startedAt: now,
        heartbeatAt: now,
        finishedAt: null,
        total,
        done: 0,
        failed: 0,
      });
      return new BatchProgress(this.db, this.clock, row.id, now, this.warn);
    } catch (error) {
      this.warn(error); // e.g. a database not yet migrated: the batch runs, unrecorded
      return new BatchProgress(this.db, this.clock, null, now, this.warn);
    }
  }

  /** start(), then work; finish() when it returns, fail() when it throws (and rethrows). */
  async track<T>(kind: BatchKind, total: number | null, work: (run: BatchProgress) => Promise<T>): Promise<T> {
    const run = await this.start(kind, total);
    try {
      const result = await work(run);
      await run.finish();
      return result;
    } catch (error) {
      await run.fail();
      throw error;
    }
  }
}

export class BatchProgress {
  private done = 0;
  private failed = 0;
  private total: number | null | undefined = undefined;
  private ended = false;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    /** The batch_run row; null when it could not be written (then nothing is recorded). */
    readonly id: string | null,
    private lastWrite: Date,
    private readonly warn: (error: unknown) => void,
  ) {}

  /** Items processed since the last call: done ones and failed ones. */
  advance(done: number, failed = 0): void {
    if (this.ended || this.id === null) return;
    this.done += done;
    this.failed += failed;
    if (this.clock.now().getTime() - this.lastWrite.getTime() >= PROGRESS_INTERVAL_MS) this.write(null);
  }

  /** Resolves when every progress write queued so far has ended (advance() does not wait for its own). */
  settled(): Promise<void> {
    return this.writes;
  }

  /** The total, when known only once the run is under way. */
  setTotal(total: number): void {
    this.total = total;
  }

  /** SUCCEEDED, with the final counts. */
  finish(): Promise<void> {
    return this.end('SUCCEEDED');
  }

  /** FAILED, with the counts reached. */
  fail(): Promise<void> {
    return this.end('FAILED');
  }

  private async end(status: BatchStatus): Promise<void> {
    if (this.ended || this.id === null) return this.writes;
    this.write(status);
    this.ended = true;
    return this.writes;
  }

  /** Queues one write of the current counts (in order, one at a time). */
  private write(status: BatchStatus | null): void {
    const now = this.clock.now();
    this.lastWrite = now;
    const patch: Partial<BatchRun> = { heartbeatAt: now, done: this.done, failed: this.failed };
    if (this.total !== undefined) patch.total = this.total;
    if (status) Object.assign(patch, { status, finishedAt: now });
    this.writes = this.writes.then(() =>
      this.db
        .getRepository(BatchRun)
        .update({ id: this.id!, status: 'RUNNING' }, patch)
        .then(
          () => undefined,
          (error) => this.warn(error),
        ),
    );
  }
}
