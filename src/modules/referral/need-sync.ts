// Keeps the needs list in step with referrals, inside the caller's transaction. The status and its
// NeedChange row come from applyNeedStatus, as in NeedService.changeStatusWithin; that method itself
// is not called here because it checks the caller's household visibility (a PARTNER answering a
// referral sees no household), refuses an unchanged status instead of skipping it, reads the need
// unlocked, and works one need at a time where plan approval moves many in one batch.
import { EntityManager, In } from 'typeorm';
import { Need, NeedChange } from '../need/need.entity';
import { CLOSED_NEED_STATUSES, NeedStatus } from '../need/need.enums';
import { applyNeedStatus } from '../need/need-status';
import { Referral } from './referral.entity';
import { needStatusFromReferrals, ReferralForNeed } from './referral-rules';

/** Moves each need that is not already at its target, with its history row; needs at their target are skipped. */
export async function moveNeeds(
  em: EntityManager,
  moves: Array<{ need: Need; to: NeedStatus; reason: string }>,
  actorId: string,
  now: Date,
) {
  const moved: Need[] = [];
  const changes: Partial<NeedChange>[] = [];
  for (const { need, to, reason } of moves) {
    if (need.status === to) continue;
    changes.push(applyNeedStatus(need, to, reason, actorId, now));
    moved.push(need);
  }
  if (changes.length === 0) return;
  for (const need of moved) await em.update(Need, { id: need.id }, { status: need.status, closedAt: need.closedAt });
  await em.insert(NeedChange, changes);
}

/**
 * Recomputes each need's status from all the referrals that list it (a referral works on every need
 * of its item); a need already closed by hand is left alone. Needs are locked in id order.
 */
export async function syncNeeds(
  em: EntityManager,
  needIds: readonly string[],
  reason: string,
  actorId: string,
  now: Date,
) {
  const ids = [...new Set(needIds)].sort();
  if (ids.length === 0) return;
  const needs = await em.find(Need, {
    where: { id: In(ids) },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  const open = needs.filter((n) => !CLOSED_NEED_STATUSES.includes(n.status));
  if (open.length === 0) return;
  const referrals: Array<ReferralForNeed & { needIds: string[] }> = await em
    .getRepository(Referral)
    .createQueryBuilder('r')
    .select(['r.status', 'r.outcome', 'r.householdDeclined', 'r.needIds'])
    .where('r.need_ids && CAST(:ids AS uuid[])', { ids: open.map((n) => n.id) })
    .getMany();
  await moveNeeds(
    em,
    open.map((need) => ({
      need,
      to: needStatusFromReferrals(referrals.filter((r) => r.needIds.includes(need.id))),
      reason,
    })),
    actorId,
    now,
  );
}
