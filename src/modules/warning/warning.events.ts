// Events the warning module publishes (src/common/events.ts).
declare module '../../common/events' {
  interface DomainEventMap {
    /** Warnings (预警) were matched to households: each is due for reassessment and a visit (POL-WRN-2). */
    WarningMatched: { householdIds: string[]; warningIds: string[] };
  }
}
export {};
