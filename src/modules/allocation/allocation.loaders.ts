import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys } from '../../common/by-keys';
import { QuotaPeriod } from './quota-period.entity';

export function allocationLoaders(db: DataSource) {
  return {
    quotaPeriodsByResourceId: new DataLoader<string, QuotaPeriod[]>(async (ids) =>
      groupByKeys(
        ids,
        await db.getRepository(QuotaPeriod).find({ where: { resourceId: In([...ids]) }, order: { periodKey: 'ASC' } }),
        (p) => p.resourceId,
      ),
    ),
  };
}
