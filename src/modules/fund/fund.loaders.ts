import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { orderByKeys } from '../../common/by-keys';
import { FundPayment } from './fund.entity';

export function fundLoaders(db: DataSource) {
  return {
    /** Payments by id: one query for every payment of a page (待审批's payment field). */
    fundPaymentById: new DataLoader<string, FundPayment | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(FundPayment).findBy({ id: In([...ids]) }), (p) => p.id),
    ),
  };
}
