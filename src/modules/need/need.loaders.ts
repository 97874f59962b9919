import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys } from '../../common/by-keys';
import { Need, NeedChange } from './need.entity';

export function needLoaders(db: DataSource) {
  return {
    needsByHouseholdId: new DataLoader<string, Need[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(Need)
          .find({ where: { householdId: In([...ids]) }, order: { openedAt: 'ASC', code: 'ASC', id: 'ASC' } }),
        (n) => n.householdId,
      ),
    ),
    needChangesByNeedId: new DataLoader<string, NeedChange[]>(async (ids) =>
      groupByKeys(
        ids,
        await db.getRepository(NeedChange).find({ where: { needId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
        (c) => c.needId,
      ),
    ),
  };
}
