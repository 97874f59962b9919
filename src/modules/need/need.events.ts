// Events the needs list publishes (src/common/events.ts), and what a later module's event carries
// for the needs list to apply: the need module comes before referral, plan and service-record, so
// it never reads their tables; their events say which needs move where, and why.
import type { NeedUrgency } from '../../../scoring';
import type { NeedSource, NeedStatus } from './need.enums';

/** One need to move to `to`; a need already there is skipped (no history row). */
export interface NeedMove {
  needId: string;
  to: NeedStatus;
  reason: string;
}

/**
 * A need reported by hand (NEED-6): `needId` is the household's active row of that code when there
 * is one (the report is added to it), else the id the new row gets. needIdsForReports picks them.
 */
export interface NeedReport {
  needId: string;
  householdId: string;
  code: string;
  source: NeedSource;
  urgency: NeedUrgency;
  note: string;
}

/** The needs-list part of another module's event: reports first, then moves, by `actorId` at `at`. */
export interface NeedUpdates {
  actorId: string;
  at: Date;
  reports: NeedReport[];
  moves: NeedMove[];
}

/** A need as its event tells it. */
export interface NeedEventItem {
  needId: string;
  householdId: string;
  code: string;
  status: NeedStatus;
}

declare module '../../common/events' {
  interface DomainEventMap {
    /** Needs (需求) opened: by an assessment, a report by hand, a visit or a data warning. */
    NeedRaised: { needs: NeedEventItem[] };
    /** Needs closed (MET, DECLINED or RESOLVED): by a referral, a reassessment or by hand. */
    NeedClosed: { needs: NeedEventItem[] };
  }
}
