// Where the needs a referral works on should stand after it moved (NEEDS.md §4), as NeedMoves for the
// ReferralMoved event: the need module applies them (it comes before referral and never reads the
// referral table). A read only: the needs are locked in id order first, so concurrent moves of two
// referrals of one need queue and the later one sees the earlier one's referral; a need already
// closed by hand is left alone.
import { EntityManager, In } from 'typeorm';
import { Need } from '../need/need.entity';
import { CLOSED_NEED_STATUSES } from '../need/need.enums';
import type { NeedMove } from '../need/need.events';
import { Referral } from './referral.entity';
import { needStatusFromReferrals, ReferralForNeed } from './referral-rules';

/** Each open need's status from all the referrals that list it (a referral works on every need of its item). */
export async function needMovesFromReferrals(
  em: EntityManager,
  needIds: readonly string[],
  reason: string,
): Promise<NeedMove[]> {
  const ids = [...new Set(needIds)].sort();
  if (ids.length === 0) return [];
  const needs = await em.find(Need, {
    select: { id: true, status: true },
    where: { id: In(ids) },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  const open = needs.filter((n) => !CLOSED_NEED_STATUSES.includes(n.status));
  if (open.length === 0) return [];
  const referrals: Array<ReferralForNeed & { needIds: string[] }> = await em
    .getRepository(Referral)
    .createQueryBuilder('r')
    .select(['r.status', 'r.outcome', 'r.householdDeclined', 'r.needIds'])
    .where('r.need_ids && CAST(:ids AS uuid[])', { ids: open.map((n) => n.id) })
    .getMany();
  return open
    .map((need) => ({
      needId: need.id,
      to: needStatusFromReferrals(referrals.filter((r) => r.needIds.includes(need.id))),
      reason,
    }))
    .filter((m, i) => m.to !== open[i].status);
}
