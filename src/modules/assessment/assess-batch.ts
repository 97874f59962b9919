// The reassessment batch behind `npm run assess` (issue 15 §3): every active household (or one street's)
// as a chunked run of kind 'assess' (src/modules/batch/batch-chunks.ts): keyset ranges of household ids,
// one transaction per chunk, each chunk's assessments and its DONE mark committed together. On
// PostgreSQL the chunks go on the queue and any number of workers share them (src/cli/worker.ts); on the
// embedded database, and in runAssessBatch, one process runs them in turn: the same chunk code.
// total = households matched when planned, done = households assessed (new assessment or unchanged).
// A chunk that throws ends an in-process run FAILED with the chunks committed before it counted as done;
// `npm run assess -- --resume <run id>` does what is left. Idempotent: see AssessmentService.assessHouseholds.
import type { EntityManager } from 'typeorm';
import type { BatchChunk, BatchRun } from '../batch/batch-run.entity';
import type { ChunkedRuns, ChunkWork } from '../batch/batch-chunks';
import { Household } from '../household/household.entity';
import type { AssessmentService } from './assessment.service';

/** What a reassessment writes (assessments, the needs and schedules their event handlers write, the counters).
 *  The assessment's json columns (facts, profile) are left out of ANALYZE: no operator or plan reads their
 *  statistics, and reading every sampled snapshot was half of that table's ANALYZE time (bench:batch). */
export const ASSESS_TOUCHES = [
  'assessment (id, household_id, model_id, as_of, facts_hash, composite, level, circle, assessed_at)',
  'need',
  'need_change',
  'visit_schedule',
  'need_count',
  'hardship_count',
  'batch_chunk',
] as const;

export interface AssessRunOptions {
  street?: string;
  chunk: number;
  force: boolean;
  actorId: string;
}

/** Plans the run: its chunks over the ACTIVE households (of one street), in id order. */
export function planAssessRun(chunked: ChunkedRuns, { street, chunk, force, actorId }: AssessRunOptions) {
  return chunked.plan(
    'assess',
    { force, street: street ?? null, actorId },
    chunk,
    `SELECT h.id FROM household h WHERE h.status = 'ACTIVE'${street ? ' AND h.street_code = $1' : ''}`,
    street ? [street] : [],
  );
}

/** The households of one chunk as they are now: ACTIVE, in its id range (and the run's street). */
function householdsOf(em: EntityManager, chunk: BatchChunk, run: BatchRun): Promise<Household[]> {
  const qb = em
    .getRepository(Household)
    .createQueryBuilder('h')
    .where(`h.status = 'ACTIVE' AND h.id >= :from`, { from: chunk.fromId });
  if (chunk.toId) qb.andWhere('h.id < :to', { to: chunk.toId });
  if (run.options.street) qb.andWhere('h.street_code = :street', { street: run.options.street });
  return qb.orderBy('h.id').getMany();
}

/** The work of one assess chunk; `onCreated` hears how many new assessments it stored. */
export function assessChunk(assessments: AssessmentService, onCreated?: (created: number) => void): ChunkWork {
  return async (em, chunk, run) => {
    const page = await householdsOf(em, chunk, run);
    if (page.length === 0) return 0;
    const result = await assessments.assessHouseholds(em, page, run.options.actorId ?? 'batch', {
      force: run.options.force === true,
    });
    onCreated?.(result.created);
    return page.length;
  };
}

/** Runs a run's PENDING chunks in this process, in order; a chunk that throws fails the run (and rethrows). */
export async function runChunksInProcess(
  chunked: ChunkedRuns,
  runId: string,
  work: ChunkWork,
  worker: string,
  onChunk?: (run: BatchRun) => void,
): Promise<BatchRun> {
  for (const chunk of await chunked.pending(runId)) {
    try {
      await chunked.runChunk(chunk.id, worker, work);
    } catch (error) {
      await chunked.fail(runId);
      throw error;
    }
    const run = await chunked.get(runId);
    if (run) onChunk?.(run);
  }
  return (await chunked.get(runId))!;
}

export interface AssessBatchOptions extends AssessRunOptions {
  /** Called after each chunk with the households done so far. */
  onChunk?: (done: number, total: number) => void;
}

/** A whole reassessment in this process (the embedded database's path; tests). */
export async function runAssessBatch(
  chunked: ChunkedRuns,
  assessments: AssessmentService,
  { onChunk, ...options }: AssessBatchOptions,
): Promise<{ total: number; done: number; created: number; runId: string }> {
  const { run } = await planAssessRun(chunked, options);
  let created = 0;
  const work = assessChunk(assessments, (n) => (created += n));
  const ended = await runChunksInProcess(chunked, run.id, work, options.actorId, (r) =>
    onChunk?.(r.done, r.total ?? 0),
  );
  return { total: ended.total ?? 0, done: ended.done, created, runId: run.id };
}
