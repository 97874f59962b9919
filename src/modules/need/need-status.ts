// What every change of a need's status writes, wherever it happens (changeNeedStatus, plan
// approval, referrals): the new status, closedAt (set on closing, cleared on reopening) and the
// NeedChange history row. Callers decide how to persist (one save, or a batch of updates).
import { Need, NeedChange } from './need.entity';
import { CLOSED_NEED_STATUSES, NeedStatus } from './need.enums';

/** Moves `need` to `to` in memory and returns the history row to insert with it. */
export function applyNeedStatus(
  need: Need,
  to: NeedStatus,
  reason: string,
  actorId: string,
  now: Date,
): Partial<NeedChange> {
  const change: Partial<NeedChange> = { needId: need.id, fromStatus: need.status, toStatus: to, reason, actorId };
  need.status = to;
  need.closedAt = CLOSED_NEED_STATUSES.includes(to) ? now : null;
  return change;
}
