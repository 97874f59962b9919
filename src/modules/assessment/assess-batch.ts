// The reassessment batch behind `npm run assess`: every active household (or one street's) in
// chunks ordered by id, one transaction per chunk, reported as a batch_run of kind 'assess'
// (src/modules/batch): total = households matched at the start, done = households assessed (new
// assessment or unchanged), failed = 0 (a failing chunk stops the run: FAILED, with the chunks
// committed before it counted as done). Idempotent: see AssessmentService.assessHouseholds.
import type { DataSource } from 'typeorm';
import type { BatchRuns } from '../batch/batch-progress';
import { Household } from '../household/household.entity';
import type { AssessmentService } from './assessment.service';

export interface AssessBatchOptions {
  street?: string;
  chunk: number;
  force: boolean;
  actorId: string;
  /** Called after each chunk with the households done so far. */
  onChunk?: (done: number, total: number) => void;
}

export async function runAssessBatch(
  db: DataSource,
  assessments: AssessmentService,
  batches: BatchRuns,
  { street, chunk, force, actorId, onChunk }: AssessBatchOptions,
): Promise<{ total: number; done: number; created: number }> {
  const where = `h.status = 'ACTIVE'${street ? ' AND h.street_code = :street' : ''}`;
  const households = () => db.getRepository(Household).createQueryBuilder('h');
  const total = await households().where(where, { street }).getCount();
  return batches.track('assess', total, async (run) => {
    let done = 0;
    let created = 0;
    for (let lastId = '00000000-0000-0000-0000-000000000000'; ;) {
      const page = await households()
        .where(`${where} AND h.id > :lastId`, { street, lastId })
        .orderBy('h.id')
        .take(chunk)
        .getMany();
      if (page.length === 0) break;
      lastId = page[page.length - 1].id;
      const result = await db.transaction((em) => assessments.assessHouseholds(em, page, actorId, { force }));
      created += result.created;
      done += page.length;
      run.advance(page.length);
      onChunk?.(done, total);
    }
    return { total, done, created };
  });
}
