// Referrals copy their household's street code (household/street-copies.ts): after a move the new
// street's adviser finds them and the old street's adviser no longer does.
import type { EventBus } from '../../common/events';
import { copyStreetOnMove } from '../household/street-copies';

export function subscribeReferralStreet(events: EventBus): void {
  events.on('HouseholdChanged', 'referral: copy the new street onto referrals', (em, e) =>
    copyStreetOnMove(em, e.changes, 'referral'),
  );
}
