// The visit schedule's subscriptions (src/common/events.ts): every event that can move a household's
// next visit or reassessment refreshes its schedule row, inside the publishing write's transaction.
import type { Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { refreshVisitSchedules } from './visit-schedule.refresh';

export function subscribeVisitSchedule(events: EventBus, clock: Clock): void {
  const name = 'visit: refresh the visit schedule';
  events
    .on('HouseholdChanged', name, (em, e) =>
      refreshVisitSchedules(
        em,
        e.changes.map((c) => c.householdId),
        clock,
      ),
    )
    .on('AssessmentMade', name, (em, e) =>
      refreshVisitSchedules(
        em,
        e.assessments.map((a) => a.householdId),
        clock,
      ),
    )
    .on('AssignmentChanged', name, (em, e) => refreshVisitSchedules(em, e.householdIds, clock))
    .on('ServiceRecorded', name, (em, e) => refreshVisitSchedules(em, [e.householdId], clock))
    .on('WarningMatched', name, (em, e) => refreshVisitSchedules(em, e.householdIds, clock));
}
