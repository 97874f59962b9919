// Leads copy their household's street code (household/street-copies.ts); a lead still being worked
// also leaves its adviser, who serves the old street: the new street's sweep or an ADMIN takes it from there.
import type { EventBus } from '../../common/events';
import { copyStreetOnMove } from '../household/street-copies';
import { WORKING_STATUSES } from './outreach.enums';

export function subscribeOutreachStreet(events: EventBus): void {
  events.on('HouseholdChanged', 'outreach: copy the new street onto leads', (em, e) =>
    copyStreetOnMove(em, e.changes, 'outreach_lead', {
      set: 'adviser_id = CASE WHEN t.status = ANY($2::text[]) THEN NULL ELSE t.adviser_id END',
      parameters: [WORKING_STATUSES],
    }),
  );
}
