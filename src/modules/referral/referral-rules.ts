// The referral lifecycle as data, and how a need's status follows its referrals. Pure.
import { GOVERNMENT_PROVIDER_TYPES } from '../../../policy/duplicate-assistance';
import type { NeedStatus } from '../need/need.enums';
import type { ReferralOutcome, ReferralStatus } from './referral.enums';

export type ReferralAction = 'ACCEPT' | 'DECLINE' | 'START' | 'COMPLETE' | 'WITHDRAW';

/** Who acts and from where: no skipping, and a closed referral (DECLINED, COMPLETED, WITHDRAWN) never reopens. */
export const REFERRAL_TRANSITIONS: Record<
  ReferralAction,
  { from: readonly ReferralStatus[]; to: ReferralStatus; by: 'PROVIDER' | 'ADVISER' }
> = {
  ACCEPT: { from: ['PENDING'], to: 'ACCEPTED', by: 'PROVIDER' },
  // A provider may still decline after accepting (it cannot deliver after all); the place goes back.
  DECLINE: { from: ['PENDING', 'ACCEPTED'], to: 'DECLINED', by: 'PROVIDER' },
  START: { from: ['ACCEPTED'], to: 'IN_PROGRESS', by: 'PROVIDER' },
  COMPLETE: { from: ['IN_PROGRESS'], to: 'COMPLETED', by: 'PROVIDER' },
  WITHDRAW: { from: ['PENDING', 'ACCEPTED', 'IN_PROGRESS'], to: 'WITHDRAWN', by: 'ADVISER' },
};

/** A place taken at acceptance is given back when the referral ends before delivery starts. */
export const returnsPlace = (from: ReferralStatus, to: ReferralStatus) =>
  from === 'ACCEPTED' && (to === 'DECLINED' || to === 'WITHDRAWN');

export interface ReferralForNeed {
  status: ReferralStatus;
  outcome: ReferralOutcome | null;
  householdDeclined: boolean;
}

/**
 * Where a need stands given all its referrals (NEEDS.md §4): met by any completed one; in progress
 * while one is delivered; referred while one is pending or accepted; partly met; declined by the
 * household; otherwise back to OPEN for the next plan.
 */
export function needStatusFromReferrals(referrals: readonly ReferralForNeed[]): NeedStatus {
  if (referrals.some((r) => r.status === 'COMPLETED' && r.outcome === 'MET')) return 'MET';
  if (referrals.some((r) => r.status === 'IN_PROGRESS')) return 'IN_PROGRESS';
  if (referrals.some((r) => r.status === 'PENDING' || r.status === 'ACCEPTED')) return 'REFERRED';
  if (referrals.some((r) => r.status === 'COMPLETED' && r.outcome === 'PARTIALLY_MET')) return 'PARTIALLY_MET';
  if (referrals.some((r) => r.status === 'WITHDRAWN' && r.householdDeclined)) return 'DECLINED';
  return 'OPEN';
}

/**
 * When the provider should answer: the resource's processing time in working days (weekends skipped;
 * no holiday calendar yet, POL-CAD-16).
 */
export function answerDueAt(issuedAt: Date, days: number): Date {
  if (days <= 0) return new Date(issuedAt.getTime() + 24 * 3600_000); // "same day": within 24 hours
  const due = new Date(issuedAt.getTime());
  let left = days;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    const weekday = new Date(due.getTime() + 8 * 3600_000).getUTCDay(); // Shanghai weekday
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return due;
}

/** The provider types a PARTNER of which needs no consent, as an SQL list. */
export const GOVERNMENT_TYPES_SQL = GOVERNMENT_PROVIDER_TYPES.map((t) => `'${t}'`).join(', ');
/**
 * A PARTNER sees a referral to its own organisation; a non-government one only with the household's
 * charity-referral consent. SQL over a provider `p` and a household `h`: read by the referral list and
 * actions and by the webhook outbox, which tells a partner only what it may see.
 */
export const PARTNER_CONSENT_SQL = `(p.type IN (${GOVERNMENT_TYPES_SQL}) OR h.consents_charity_referral = true)`;
