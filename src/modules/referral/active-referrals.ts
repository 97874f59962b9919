// The active referrals of households, for the planner's inputs (plan/plan-input-loader.ts takes this reader
// at composition, since plan comes before referral): a resource with an active referral is busy.
import { EntityManager, In } from 'typeorm';
import type { ActiveReferralsOf } from '../plan/plan-input-loader';
import { Referral } from './referral.entity';
import { ACTIVE_REFERRAL_STATUSES } from './referral.enums';

export const activeReferralsOf: ActiveReferralsOf = (em: EntityManager, householdIds: string[]) =>
  em.find(Referral, {
    select: { householdId: true, needIds: true, resourceId: true },
    where: { householdId: In(householdIds), status: In([...ACTIVE_REFERRAL_STATUSES]) },
  });
