// Reading batch runs (ADMIN, GraphQL batchRuns): newest first, as a cursor connection.
import type { DataSource } from 'typeorm';
import { ListOrder, PageRequest, readPage } from '../../db/keyset';
import { BatchRun } from './batch-run.entity';

/** Newest first, the id breaking ties (index IDX_batch_run_started). */
export const BATCH_RUN_ORDER: ListOrder = {
  list: 'batchRuns',
  keys: [
    { column: 'r.started_at', direction: 'DESC', type: 'timestamptz' },
    { column: 'r.id', direction: 'DESC', type: 'uuid' },
  ],
};

export class BatchRunService {
  constructor(private readonly db: DataSource) {}

  list(filter: { kind?: string | null; status?: string | null }, page: PageRequest) {
    const qb = this.db.getRepository(BatchRun).createQueryBuilder('r');
    if (filter.kind) qb.andWhere('r.kind = :kind', { kind: filter.kind });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    return readPage(qb, BATCH_RUN_ORDER, page);
  }
}
