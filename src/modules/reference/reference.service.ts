import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { DibaoStandard, NeedCode } from './reference.entity';

/** The reference tables any signed-in role reads: the need taxonomy and the 低保 standards. */
export class ReferenceService {
  constructor(private readonly db: DataSource) {}

  /** The 28 need codes, by code. */
  needCodes(): Promise<NeedCode[]> {
    return this.db.getRepository(NeedCode).find({ order: { code: 'ASC' } });
  }

  /** The dated 低保 standard table, oldest first. */
  dibaoStandards(): Promise<DibaoStandard[]> {
    return this.db.getRepository(DibaoStandard).find({ order: { effectiveFrom: 'ASC' } });
  }
}

/** The 低保 standard row in force on a date (POL-PAR-1); the oldest row if the date precedes all. */
export async function standardInForce(db: DataSource | EntityManager, date: string): Promise<DibaoStandard> {
  const repo = db.getRepository(DibaoStandard);
  const row =
    (await repo.findOne({ where: { effectiveFrom: LessThanOrEqual(date) }, order: { effectiveFrom: 'DESC' } })) ??
    (await repo.findOne({ where: {}, order: { effectiveFrom: 'ASC' } }));
  if (!row) throw new Error('No 低保 standard is loaded: run the seeds');
  return row;
}
