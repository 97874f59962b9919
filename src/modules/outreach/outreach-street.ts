// Leads copy their household's street code (it scopes and indexes the lists and the statistics). A
// move of street updates every copy inside the mover's transaction (a HouseholdChanged handler), and a
// lead still being worked leaves its adviser, who serves the old street: the new street's sweep or an
// ADMIN takes it from there.
import type { EntityManager } from 'typeorm';
import type { EventBus } from '../../common/events';
import type { HouseholdChange } from '../household/household.service';
import { WORKING_STATUSES } from './outreach.enums';

export async function moveLeadsWithHouseholds(em: EntityManager, changes: HouseholdChange[]): Promise<void> {
  const moved = changes.filter((c) => c.streetChanged).map((c) => c.householdId);
  if (moved.length === 0) return;
  await em.query(
    `UPDATE outreach_lead l SET street_code = h.street_code,
        adviser_id = CASE WHEN l.status = ANY($2::text[]) THEN NULL ELSE l.adviser_id END
      FROM household h WHERE h.id = l.household_id AND h.id = ANY($1::uuid[]) AND l.street_code <> h.street_code`,
    [moved, WORKING_STATUSES],
  );
}

export function subscribeOutreachStreet(events: EventBus): void {
  events.on('HouseholdChanged', 'outreach: copy the new street onto leads', (em, e) =>
    moveLeadsWithHouseholds(em, e.changes),
  );
}
