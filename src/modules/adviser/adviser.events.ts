// Events the adviser module publishes (src/common/events.ts).
declare module '../../common/events' {
  interface DomainEventMap {
    /** A household got or lost its responsible adviser (责任顾问). */
    AssignmentChanged: { householdIds: string[] };
  }
}
export {};
