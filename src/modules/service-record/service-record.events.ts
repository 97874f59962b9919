// Events the service-record module publishes (src/common/events.ts).
declare module '../../common/events' {
  interface DomainEventMap {
    /** A service record (服务记录) was written; an in-person one may count as a visit or end a follow-up. */
    ServiceRecorded: { householdId: string; serviceRecordId: string; countsAsVisit: boolean };
  }
}
export {};
