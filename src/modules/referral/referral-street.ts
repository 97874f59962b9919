// Referrals copy their household's street code (it scopes and indexes the referral lists). A move
// of street updates every copy inside the mover's transaction, so the new street's adviser finds
// the referrals and the old street's adviser no longer does (a HouseholdChanged handler).
import type { EntityManager } from 'typeorm';
import type { EventBus } from '../../common/events';
import type { HouseholdChange } from '../household/household.service';

export async function moveReferralsWithHouseholds(em: EntityManager, changes: HouseholdChange[]): Promise<void> {
  const moved = changes.filter((c) => c.streetChanged).map((c) => c.householdId);
  if (moved.length === 0) return;
  await em.query(
    `UPDATE referral r SET street_code = h.street_code FROM household h
      WHERE h.id = r.household_id AND h.id = ANY($1::uuid[]) AND r.street_code <> h.street_code`,
    [moved],
  );
}

export function subscribeReferralStreet(events: EventBus): void {
  events.on('HouseholdChanged', 'referral: copy the new street onto referrals', (em, e) =>
    moveReferralsWithHouseholds(em, e.changes),
  );
}
