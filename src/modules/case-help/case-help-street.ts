// Cases copy their household's street code; a move hands the case to the new street's advisers and
// supervisor (household/street-copies.ts), as with referrals and leads.
import type { EventBus } from '../../common/events';
import { copyStreetOnMove } from '../household/street-copies';

export function subscribeCaseStreet(events: EventBus): void {
  events.on('HouseholdChanged', 'case-help: copy the new street onto cases', (em, e) =>
    copyStreetOnMove(em, e.changes, 'case_help'),
  );
}
