// The queue of chunked runs on PostgreSQL (issue 15 §3): pg-boss, in its own schema `pgboss` of the
// same database. One job per chunk; any number of worker processes (`npm run worker`, and the assess
// command itself) fetch them with SKIP LOCKED, so a job is held by one worker at a time. A job a worker
// holds longer than its lease (BATCH_LEASE_SECONDS: pg-boss's expireInSeconds, a visibility timeout) is
// failed by pg-boss's maintenance and retried, so a killed worker's chunk is taken up again by another;
// that the chunk's work commits only once is the ledger's business (batch-chunks.ts), not the queue's.
//
// Why pg-boss rather than graphile-worker: a crashed graphile-worker's jobs stay locked for a fixed
// 4 hours before another worker may take them, where pg-boss's expiration is per queue and per job, in
// seconds; pg-boss 10 also runs on this project's Node 20 (graphile-worker 0.18 and pg-boss 11+ want
// Node 22). The embedded database (PGlite, one connection) runs no queue: the same chunks run in-process.
import PgBoss from 'pg-boss';
import type { BatchKind } from './batch-run.entity';

export const CHUNK_QUEUE = 'batch-chunk';

export interface ChunkJob {
  kind: BatchKind;
  runId: string;
  chunkId: string;
}

export interface QueueConfig {
  /** Seconds a worker may hold a chunk before it is handed to another (the lease). */
  leaseSeconds: number;
  /** How often pg-boss's maintenance (expiring held jobs among others) runs, seconds. */
  maintenanceSeconds: number;
  /** How often an idle worker asks for a job, seconds. */
  pollSeconds: number;
  /** Times a chunk is handed out again after a failure or an expired lease. */
  retryLimit: number;
}

export class BatchQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly config: QueueConfig,
  ) {}

  /**
   * Connects and creates (or migrates) pg-boss's schema and the chunk queue. Workers started side by side
   * on a new database race to create that schema (a deadlock or a duplicate, seen in the e2e test): the
   * loser stops and tries again, up to 5 times.
   */
  static async open(databaseUrl: string, config: QueueConfig, onError: (error: Error) => void): Promise<BatchQueue> {
    for (let attempt = 1; ; attempt++) {
      const boss = new PgBoss({
        connectionString: databaseUrl,
        max: 4,
        maintenanceIntervalSeconds: config.maintenanceSeconds,
        monitorStateIntervalSeconds: Math.max(config.maintenanceSeconds, 10),
        schedule: false,
      });
      boss.on('error', onError);
      try {
        await boss.start();
        await boss.createQueue(CHUNK_QUEUE, {
          name: CHUNK_QUEUE,
          expireInSeconds: config.leaseSeconds,
          retryLimit: config.retryLimit,
          retryDelay: 0,
        });
        return new BatchQueue(boss, config);
      } catch (error) {
        await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
        const code = (error as { code?: string }).code;
        if (attempt >= 5 || !['40P01', '23505', '42P07', '42710'].includes(code ?? '')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
      }
    }
  }

  /** One job per chunk. */
  async enqueue(jobs: ChunkJob[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += 1000)
      await this.boss.insert(
        jobs.slice(i, i + 1000).map((data) => ({
          name: CHUNK_QUEUE,
          data,
          expireInSeconds: this.config.leaseSeconds,
          retryLimit: this.config.retryLimit,
          retryDelay: 0,
        })),
      );
  }

  private stopping = false;
  private loops: Promise<void>[] = [];

  /**
   * Works on chunk jobs, `concurrency` loops at a time; a handler that throws fails the job (retried).
   * Its own fetch loop rather than pg-boss's work(): that one waits a whole polling interval after every
   * job, which for short chunks is most of the time; this one asks again at once while there are jobs.
   */
  work(concurrency: number, handle: (job: ChunkJob) => Promise<void>): void {
    for (let i = 0; i < concurrency; i++) this.loops.push(this.loop(handle));
  }

  private async loop(handle: (job: ChunkJob) => Promise<void>): Promise<void> {
    while (!this.stopping) {
      let jobs: PgBoss.Job<ChunkJob>[] = [];
      try {
        jobs = (await this.boss.fetch<ChunkJob>(CHUNK_QUEUE, { batchSize: 1 })) ?? [];
      } catch {
        jobs = []; // the database away for a moment: ask again after the interval
      }
      const [job] = jobs;
      if (!job) {
        await new Promise((resolve) => setTimeout(resolve, this.config.pollSeconds * 1000));
        continue;
      }
      try {
        await handle(job.data);
        await this.boss.complete(CHUNK_QUEUE, job.id);
      } catch (error) {
        await this.boss
          .fail(CHUNK_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) })
          .catch(() => undefined); // unacknowledged: its lease runs out and it is handed out again
      }
    }
  }

  /** Stops fetching, lets the jobs in hand finish, closes the connections. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
    await this.boss.stop({ graceful: true, wait: true, timeout: this.config.leaseSeconds * 1000 });
  }
}
