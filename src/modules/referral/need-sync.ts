// Keeps the needs list in step with referrals, inside the caller's transaction. The status and its
// NeedChange row come from applyNeedStatus, as in NeedService.changeStatusWithin; that method itself
// is not called here because it checks the caller's household visibility (a PARTNER answering a
// referral sees no household), refuses an unchanged status instead of skipping it, reads the need
// unlocked, and works one need at a time where plan approval moves many in one batch.
import { EntityManager } from 'typeorm';
import { Need, NeedChange } from '../need/need.entity';
import { CLOSED_NEED_STATUSES, NeedStatus } from '../need/need.enums';
import { applyNeedStatus } from '../need/need-status';
import { Referral } from './referral.entity';
import { needStatusFromReferrals } from './referral-rules';

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

/** Recomputes a need's status from all its referrals; a need already closed by hand is left alone. */
export async function syncNeed(em: EntityManager, needId: string, reason: string, actorId: string, now: Date) {
  const need = await em.findOne(Need, { where: { id: needId }, lock: { mode: 'pessimistic_write' } });
  if (!need || CLOSED_NEED_STATUSES.includes(need.status)) return;
  const referrals = await em.find(Referral, {
    select: { status: true, outcome: true, householdDeclined: true },
    where: { needId },
  });
  await moveNeeds(em, [{ need, to: needStatusFromReferrals(referrals), reason }], actorId, now);
}
