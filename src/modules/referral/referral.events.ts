// Events the referral module publishes (src/common/events.ts).
import type { Referral } from './referral.entity';
import type { ReferralAction } from './referral-rules';
import type { ReferralStatus } from './referral.enums';

declare module '../../common/events' {
  interface DomainEventMap {
    /** A plan was approved and issued these referrals (转介), all PENDING (plan-approval.service.ts). */
    ReferralsIssued: { planId: string; referralIds: string[] };
    /** A referral moved (accepted, declined, started, completed, withdrawn), its needs already in step. */
    ReferralMoved: { referral: Referral; action: ReferralAction; from: ReferralStatus; to: ReferralStatus };
  }
}
