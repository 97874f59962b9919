import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { DibaoStandard } from './reference.entity';

/** The 低保 standard row in force on a date (POL-PAR-1); the oldest row if the date precedes all. */
export async function standardInForce(db: DataSource | EntityManager, date: string): Promise<DibaoStandard> {
  const repo = db.getRepository(DibaoStandard);
  const row =
    (await repo.findOne({ where: { effectiveFrom: LessThanOrEqual(date) }, order: { effectiveFrom: 'DESC' } })) ??
    (await repo.findOne({ where: {}, order: { effectiveFrom: 'ASC' } }));
  if (!row) throw new Error('No 低保 standard is loaded: run the seeds');
  return row;
}
