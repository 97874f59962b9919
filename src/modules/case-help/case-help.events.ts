// Events the case-help module publishes (src/common/events.ts).

declare module '../../common/events' {
  interface DomainEventMap {
    /**
     * A case was disbursed (资金发放): its follow-up visit (回访反馈, POL-CH-1) is due by `dueOn`. The visit
     * module schedules it; a visit recorded after it closes the case (visit/case-follow-up.handlers.ts).
     */
    CaseFollowUpDue: { caseId: string; householdId: string; dueOn: string };
  }
}

export {};
