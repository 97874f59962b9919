// What the assess command and the worker share (issue 15 §3): the chunk work of each kind, the worker
// loop on the queue, and the progress bar.
import type { DataSource } from 'typeorm';
import type { BatchConfig } from '../config';
import type { Clock } from '../common/clock';
import type { createServices } from '../graphql/schema';
import { ASSESS_TOUCHES, assessChunk } from '../modules/assessment/assess-batch';
import { ChunkedRuns, ChunkWork, workerId } from '../modules/batch/batch-chunks';
import { BatchQueue } from '../modules/batch/batch-queue';
import type { BatchKind, BatchRun } from '../modules/batch/batch-run.entity';

const say = (line: string) => process.stderr.write(`${line}\n`);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function chunkedRuns(db: DataSource, clock: Clock): ChunkedRuns {
  return new ChunkedRuns(db, clock, { assess: ASSESS_TOUCHES }, (error) => say(`batch maintenance: ${message(error)}`));
}

/** The work of a chunk of each kind that runs in chunks. */
export function chunkWorks(services: ReturnType<typeof createServices>): Partial<Record<BatchKind, ChunkWork>> {
  return { assess: assessChunk(services.assessments) };
}

export function openQueue(databaseUrl: string, config: BatchConfig): Promise<BatchQueue> {
  return BatchQueue.open(databaseUrl, config, (error) => say(`queue: ${message(error)}`));
}

/** Takes chunk jobs off the queue and runs them through the ledger (exactly once per chunk). */
export function workOn(
  queue: BatchQueue,
  chunked: ChunkedRuns,
  works: Partial<Record<BatchKind, ChunkWork>>,
  concurrency: number,
): void {
  const me = workerId();
  queue.work(concurrency, async (job) => {
    const work = works[job.kind];
    if (!work) throw new Error(`no chunk work for kind ${job.kind}`);
    try {
      await chunked.runChunk(job.chunkId, me, work);
    } catch (error) {
      say(`chunk ${job.chunkId} of run ${job.runId} failed (it will be retried): ${message(error)}`);
      throw error;
    }
  });
}

const clockTime = (seconds: number) => {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
};

/** `[########------------]  40% 120/300 · 85/s · ETA 0:02` from the run's row. */
export function progressBar(run: BatchRun, width = 30): string {
  const total = run.total ?? 0;
  const fraction = total > 0 ? Math.min(run.done / total, 1) : 1;
  const filled = Math.round(fraction * width);
  const rate = run.rate;
  const eta = run.etaSeconds;
  return (
    `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ` +
    `${run.done}/${total} · ${rate === null ? '–' : Math.round(rate)}/s · ` +
    `ETA ${eta === null ? '–' : clockTime(eta)} · chunks ${run.chunks - run.chunksLeft}/${run.chunks}`
  );
}
