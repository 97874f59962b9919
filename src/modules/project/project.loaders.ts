import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { orderByKeys } from '../../common/by-keys';
import { Fund } from '../fund/fund.entity';

export function projectLoaders(db: DataSource) {
  return {
    /** Funds by id (a project's fund); who may see one is judged by the field (fund/canSeeFund). */
    fundById: new DataLoader<string, Fund | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Fund).findBy({ id: In([...ids]) }), (f) => f.id),
    ),
  };
}
