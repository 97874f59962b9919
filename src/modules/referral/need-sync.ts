// Keeps the needs list in step with referrals, inside the caller's transaction: each change of a
// need's status is written with its NeedChange row, like NeedService.changeStatus does.
import { EntityManager, In } from 'typeorm';
import { Need, NeedChange } from '../need/need.entity';
import { CLOSED_NEED_STATUSES, NeedStatus } from '../need/need.enums';
import { Referral } from './referral.entity';
import { needStatusFromReferrals } from './referral-rules';

export async function moveNeeds(em: EntityManager, moves: Array<{ need: Need; to: NeedStatus; reason: string }>, actorId: string) {
  const changes: Partial<NeedChange>[] = [];
  for (const { need, to, reason } of moves) {
    if (need.status === to) continue;
    changes.push({ needId: need.id, fromStatus: need.status, toStatus: to, reason, actorId });
    need.status = to;
    need.closedAt = CLOSED_NEED_STATUSES.includes(to) ? new Date() : null;
  }
  if (changes.length === 0) return;
  const moved = moves.filter((m) => changes.some((c) => c.needId === m.need.id)).map((m) => m.need);
  for (const need of moved) await em.update(Need, { id: need.id }, { status: need.status, closedAt: need.closedAt });
  await em.insert(NeedChange, changes);
}

/** Recomputes a need's status from all its referrals; a need already closed by hand is left alone. */
export async function syncNeed(em: EntityManager, needId: string, reason: string, actorId: string) {
  const need = await em.findOne(Need, { where: { id: needId }, lock: { mode: 'pessimistic_write' } });
  if (!need || CLOSED_NEED_STATUSES.includes(need.status)) return;
  const referrals = await em.find(Referral, { select: { status: true, outcome: true, householdDeclined: true }, where: { needId: In([needId]) } });
  await moveNeeds(em, [{ need, to: needStatusFromReferrals(referrals), reason }], actorId);
}
