// One batch run (issue 17): what ran, how far it got, how it ended. Counts and times only, no PII.
// Not exposed through GraphQL: /metrics reads it (batch-metrics.ts), batch code writes it (batch-progress.ts).
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The batches that report progress; the metrics' `kind` label takes only these values. */
export const BATCH_KINDS = ['assess', 'household_import', 'warnings_import', 'seed_demo'] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];

export const BATCH_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

// Indexes (descending, one partial) are the migration's: IDX_batch_run_kind_started, IDX_batch_run_kind_succeeded.
@Entity()
export class BatchRun {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: BatchKind;
  @Column({ type: 'text', default: 'RUNNING' }) status: BatchStatus;
  @Column({ type: 'timestamptz' }) startedAt: Date;
  /** Last progress write: a RUNNING run whose heartbeat is old has died without saying so. */
  @Column({ type: 'timestamptz' }) heartbeatAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  /** Items the run set out to process; null when not known up front. */
  @Column({ type: 'integer', nullable: true }) total: number | null;
  @Column({ type: 'integer', default: 0 }) done: number;
  @Column({ type: 'integer', default: 0 }) failed: number;
}
