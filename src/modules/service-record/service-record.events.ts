// Events the service-record module publishes (src/common/events.ts).
import type { NeedUpdates } from '../need/need.events';

declare module '../../common/events' {
  interface DomainEventMap {
    /**
     * A service record (服务记录) was written; an in-person one may count as a visit or end a follow-up.
     * `needs` holds the needs it reports (addNeeds) and the status changes it records, for the needs list.
     */
    ServiceRecorded: { householdId: string; serviceRecordId: string; countsAsVisit: boolean; needs: NeedUpdates };
  }
}
