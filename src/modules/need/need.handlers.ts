// The needs list's subscriptions (src/common/events.ts), inside the publishing write's transaction:
// an assessment raises and closes the needs its profiles trigger; a referral's move, a plan's approval,
// a service record and a matched warning carry the needs-list updates they cause (NeedUpdates,
// need.events.ts), which the needs list applies. It never reads those modules' tables.
import type { EventBus } from '../../common/events';
import type { NeedService } from './need.service';

export function subscribeNeeds(events: EventBus, needs: NeedService): void {
  const name = 'need: move the needs it names';
  events
    .on('AssessmentMade', 'need: refresh needs from the profiles', (em, e) =>
      needs.refreshFromProfiles(em, e.assessments),
    )
    .on('PlanApproved', name, (em, e) => needs.applyUpdates(em, e.needs))
    .on('ReferralMoved', name, (em, e) => needs.applyUpdates(em, e.needs))
    .on('ServiceRecorded', 'need: add and move the needs it names', (em, e) => needs.applyUpdates(em, e.needs))
    .on('WarningMatched', 'need: add the needs it names', (em, e) => needs.applyUpdates(em, e.needs));
}
