// Places of a QUOTA resource counted per period (issue 15 §2). resource.remaining is the count of the
// period named by resource.remaining_period; when the injected clock's date falls in a later period
// the count reopens at the quota, and quota_period keeps each period's places and takes (the history).
// Referral acceptance takes a place through takePlace and gives one back through returnPlace, both
// inside the referral's transaction; the conditional UPDATEs keep concurrent acceptances from
// overbooking (the row lock queues them; the one finding remaining = 0 updates nothing).
import type { EntityManager } from 'typeorm';
import { quotaPeriodOf } from '../../../policy/quota-period';

export type Taken = { counted: false } | { counted: true; periodKey: string } | { full: true };

/**
 * Opens the current period of a counted, published QUOTA resource if it is not open yet; returns its
 * key, or null. Writes nothing when no place could be taken anyway (a refusal changes nothing); else
 * both statements are idempotent (a count set by updateResourceCapacity already names the period).
 */
export async function openPeriod(em: EntityManager, resourceId: string, today: string, now: Date) {
  const [row] = await em.query(
    `SELECT period, quota, remaining, remaining_period AS "remainingPeriod" FROM resource
      WHERE id = $1 AND capacity_kind = 'QUOTA' AND quota IS NOT NULL AND status = 'PUBLISHED'`,
    [resourceId],
  );
  if (!row) return null;
  const period = quotaPeriodOf(row.period, today);
  const ended = row.remainingPeriod !== null && row.remainingPeriod !== period.key;
  if (ended ? row.quota <= 0 : (row.remaining ?? row.quota) <= 0) return period.key;
  // First sight: the count there is adopted as this period's. A later period: reopen at the quota.
  await em.query(
    `UPDATE resource SET remaining = CASE WHEN remaining_period IS NULL THEN remaining ELSE quota END,
      remaining_period = $2 WHERE id = $1 AND remaining_period IS DISTINCT FROM $2`,
    [resourceId, period.key],
  );
  await em.query(
    `INSERT INTO quota_period (resource_id, period_key, starts_on, ends_on, places, taken, opened_at)
      SELECT id, $2, $3, $4, quota, greatest(quota - coalesce(remaining, quota), 0), $5 FROM resource WHERE id = $1
      ON CONFLICT DO NOTHING`,
    [resourceId, period.key, period.startsOn, period.endsOn, now],
  );
  return period.key;
}

/** Takes one place of the current period; { counted: false } for an entitlement or an unpublished number. */
export async function takePlace(em: EntityManager, resourceId: string, today: string, now: Date): Promise<Taken> {
  const periodKey = await openPeriod(em, resourceId, today, now);
  const [rows] = await em.query(
    `UPDATE resource SET remaining = CASE WHEN remaining IS NULL THEN NULL ELSE remaining - 1 END
      WHERE id = $1 AND status = 'PUBLISHED' AND (remaining IS NULL OR remaining > 0) RETURNING remaining`,
    [resourceId],
  );
  if (rows.length === 0) return { full: true };
  if (rows[0].remaining === null || periodKey === null) return { counted: false };
  await em.query(`UPDATE quota_period SET taken = taken + 1 WHERE resource_id = $1 AND period_key = $2`, [
    resourceId,
    periodKey,
  ]);
  return { counted: true, periodKey };
}

/**
 * Gives a place back to the period it was taken in. The current period's count grows again (never
 * above the quota); a place of a closed period only corrects that period's history.
 */
export async function returnPlace(em: EntityManager, resourceId: string, periodKey: string | null) {
  await em.query(
    `UPDATE resource SET remaining = remaining + 1 WHERE id = $1 AND remaining IS NOT NULL
      AND (quota IS NULL OR remaining < quota)
      AND ($2::text IS NULL OR remaining_period IS NULL OR remaining_period = $2)`,
    [resourceId, periodKey],
  );
  if (periodKey !== null)
    await em.query(
      `UPDATE quota_period SET taken = taken - 1 WHERE resource_id = $1 AND period_key = $2 AND taken > 0`,
      [resourceId, periodKey],
    );
}

/**
 * Places open in `periodKey` without writing: the live count in the current period (unless that count
 * is of an earlier period, which has ended: then the quota), the quota in a later one.
 */
export function placesOpen(
  r: { quota: number | null; remaining: number | null; remainingPeriod: string | null },
  periodKey: string,
  currentKey: string,
): number | null {
  if (r.quota === null) return null;
  if (periodKey !== currentKey) return r.quota;
  if (r.remainingPeriod === null || r.remainingPeriod === currentKey) return r.remaining ?? r.quota;
  return r.quota;
}
