// One batch run (issue 17): what ran, how far it got, how it ended. Counts and times only, no PII.
// /metrics reads it (batch-metrics.ts), batch code writes it (batch-progress.ts, batch-chunks.ts), ADMIN
// reads it through GraphQL `batchRuns` (batch.resolver.ts). A chunked run (issue 15: a city-wide
// reassessment shared by worker processes) also has its chunks in batch_chunk.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The batches that report progress; the metrics' `kind` label takes only these values. */
export const BATCH_KINDS = ['assess', 'household_import', 'warnings_import', 'seed_demo'] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];

export const BATCH_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** What a chunked run was asked to do (no names, no ID numbers). */
export interface BatchRunOptions {
  force?: boolean;
  street?: string | null;
  actorId?: string;
}

// Indexes (descending, one partial) are the migrations': IDX_batch_run_kind_started, IDX_batch_run_kind_succeeded,
// IDX_batch_run_started.
@ObjectType({
  description: 'One batch run (批处理运行): a reassessment, an import or a demo seed, and how far it got.',
})
@Entity()
export class BatchRun {
  @Field(() => ID, { description: 'Identifier; `npm run assess -- --resume <id>` resumes an assess run.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;
  @Field(() => String, { description: 'What ran: assess (重新评估), household_import, warnings_import or seed_demo.' })
  @Column({ type: 'text' })
  kind: BatchKind;
  @Field(() => String, { description: 'RUNNING, SUCCEEDED or FAILED.' })
  @Column({ type: 'text', default: 'RUNNING' })
  status: BatchStatus;
  @Field({ description: 'When it started.' }) @Column({ type: 'timestamptz' }) startedAt: Date;
  /** Last progress write: a RUNNING run whose heartbeat is old has died without saying so. */
  @Field({ description: 'Last progress write; a RUNNING run silent for long has lost its workers.' })
  @Column({ type: 'timestamptz' })
  heartbeatAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it ended; null while RUNNING.' })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
  /** Items the run set out to process; null when not known up front. */
  @Field(() => Int, { nullable: true, description: 'Items (households, rows) it set out to process; null: unknown.' })
  @Column({ type: 'integer', nullable: true })
  total: number | null;
  @Field(() => Int, { description: 'Items done so far.' }) @Column({ type: 'integer', default: 0 }) done: number;
  @Field(() => Int, { description: 'Items that failed.' }) @Column({ type: 'integer', default: 0 }) failed: number;
  @Column({ type: 'jsonb', default: {} }) options: BatchRunOptions;
  @Field(() => Int, { nullable: true, description: 'Households per chunk of a chunked run; null otherwise.' })
  @Column({ type: 'integer', nullable: true })
  chunkSize: number | null;
  @Field(() => Int, { description: 'Chunks of a chunked run (0 for other runs).' })
  @Column({ type: 'integer', default: 0 })
  chunks: number;
  @Field(() => Int, { description: 'Chunks not yet done.' })
  @Column({ type: 'integer', default: 0 })
  chunksLeft: number;

  /** Items per second from start to the last progress write (null before any). */
  @Field(() => Float, { nullable: true, description: 'Items per second, from the start to the last progress write.' })
  get rate(): number | null {
    const seconds = ((this.finishedAt ?? this.heartbeatAt).getTime() - this.startedAt.getTime()) / 1000;
    return this.done > 0 && seconds > 0 ? this.done / seconds : null;
  }

  /** Seconds left at that rate (null when unknown or ended). */
  @Field(() => Float, { nullable: true, description: 'Seconds left at that rate; null when unknown or ended.' })
  get etaSeconds(): number | null {
    const rate = this.rate;
    if (this.status !== 'RUNNING' || this.total === null || rate === null) return null;
    return Math.max(this.total - this.done, 0) / rate;
  }
}

/** One chunk of a chunked run: the ACTIVE households with from_id ≤ id < to_id (to_id null: no upper end). */
@Entity()
export class BatchChunk {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) runId: string;
  @Column({ type: 'integer' }) seq: number;
  @Column({ type: 'uuid' }) fromId: string;
  @Column({ type: 'uuid', nullable: true }) toId: string | null;
  /** Households in the range when the run was planned. */
  @Column({ type: 'integer' }) size: number;
  @Column({ type: 'text', default: 'PENDING' }) status: 'PENDING' | 'DONE';
  /** Times a worker took it up; more than 1 when a worker died or its lease ran out. */
  @Column({ type: 'integer', default: 0 }) attempts: number;
  /** The worker (host:pid) that last took it up. */
  @Column({ type: 'text', nullable: true }) claimedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) claimedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) doneAt: Date | null;
  /** Households it processed (ACTIVE in the range when it ran). */
  @Column({ type: 'integer', nullable: true }) processed: number | null;
}
