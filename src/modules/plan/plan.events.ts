// Events the plan module publishes (src/common/events.ts).
declare module '../../common/events' {
  interface DomainEventMap {
    /** A plan was approved and issued these referrals (转介), all PENDING. */
    ReferralsIssued: { planId: string; referralIds: string[] };
  }
}
export {};
