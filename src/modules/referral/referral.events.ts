// Events the referral module publishes (src/common/events.ts). Each that moves needs carries the
// needs-list updates (NeedUpdates) for the need module to apply: it comes before referral.
import type { NeedUpdates } from '../need/need.events';
import type { Referral } from './referral.entity';
import type { ReferralAction } from './referral-rules';
import type { ReferralStatus } from './referral.enums';

declare module '../../common/events' {
  interface DomainEventMap {
    /** A plan was approved and issued these referrals (转介), all PENDING (plan-approval.service.ts). */
    ReferralsIssued: { planId: string; referralIds: string[] };
    /**
     * A plan (援助方案) was approved: its referred needs go to REFERRED, its unmet ones to NO_RESOURCE
     * (published after ReferralsIssued, before the plan row is marked APPROVED).
     */
    PlanApproved: { planId: string; householdId: string; needs: NeedUpdates };
    /** A referral moved (accepted, declined, started, completed, withdrawn); `needs` puts its needs in step. */
    ReferralMoved: {
      referral: Referral;
      action: ReferralAction;
      from: ReferralStatus;
      to: ReferralStatus;
      needs: NeedUpdates;
    };
  }
}
