import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys, orderByKeys } from '../../common/by-keys';
import { Referral, ReferralChange } from './referral.entity';

export function referralLoaders(db: DataSource) {
  return {
    referralsByPlanId: new DataLoader<string, Referral[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(Referral)
          .find({ where: { planId: In([...ids]) }, order: { issuedAt: 'ASC', id: 'ASC' } }),
        (r) => r.planId,
      ),
    ),
    referralByPlanItemId: new DataLoader<string, Referral | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Referral).findBy({ planItemId: In([...ids]) }), (r) => r.planItemId),
    ),
    referralChangesByReferralId: new DataLoader<string, ReferralChange[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(ReferralChange)
          .find({ where: { referralId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
        (c) => c.referralId,
      ),
    ),
  };
}
