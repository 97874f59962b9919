// Cases copy their household's street code (it scopes and indexes the case list and the statistics). A
// move of street updates every copy inside the mover's transaction (a HouseholdChanged handler), so the
// new street's advisers and supervisor take the case over, as with referrals and leads.
import type { EntityManager } from 'typeorm';
import type { EventBus } from '../../common/events';
import type { HouseholdChange } from '../household/household.service';

export async function moveCasesWithHouseholds(em: EntityManager, changes: HouseholdChange[]): Promise<void> {
  const moved = changes.filter((c) => c.streetChanged).map((c) => c.householdId);
  if (moved.length === 0) return;
  await em.query(
    `UPDATE case_help c SET street_code = h.street_code
      FROM household h WHERE h.id = c.household_id AND h.id = ANY($1::uuid[]) AND c.street_code <> h.street_code`,
    [moved],
  );
}

export function subscribeCaseStreet(events: EventBus): void {
  events.on('HouseholdChanged', 'case-help: copy the new street onto cases', (em, e) =>
    moveCasesWithHouseholds(em, e.changes),
  );
}
