// The emergency route (POL-EMG-2, POL-CAD-5, NEED-3, NEED-4, POL-ORD-3, POL-ORD-7).

/** 小金额救助 (POL-EMG-2): the catalogue's resource and its per-person ceiling (≤ 500 yuan, POL-CAD-5). */
export const SMALL_AMOUNT_AID_CODE = 'R08';
export const SMALL_AMOUNT_PER_PERSON = 500;
/** 市民综合帮扶·个案 (沪民救发〔2025〕1号): after statutory schemes are tried or ruled out (POL-ORD-3). */
export const CASE_HELP_CODE = 'R33';

/** NEED-3: an EMERGENCY need is answered within 24 calendar hours, whatever the resource's processing time. */
export const EMERGENCY_RESPONSE_HOURS = 24;
/** Kept for "is this resource faster than an emergency allows": 24 h ≈ one day. */
export const EMERGENCY_RESPONSE_DAYS = 1;
/** NEED-3: an ORDINARY need is answered within 10 working days when the resource states no processing time. */
export const DEFAULT_ANSWER_DAYS = 10;

/** When an emergency referral must be answered: 24 calendar hours after issue (NEED-3), weekends included. */
export function emergencyAnswerDueAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + EMERGENCY_RESPONSE_HOURS * 3600_000);
}

/**
 * Whether the aid-first route may add 小金额救助 beside the scheme for a need (POL-EMG-2): only for an
 * emergency, only for a need the aid lists (cash for N05, never for a service need such as N13),
 * and only where its own rule holds.
 */
export function aidFirstApplies(
  need: { code: string; urgency: string },
  aid: { needCodes: readonly string[]; verdict: string },
): boolean {
  return need.urgency === 'EMERGENCY' && aid.needCodes.includes(need.code) && aid.verdict === 'ELIGIBLE';
}
