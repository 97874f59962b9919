// Four eyes (四眼原则) on decisions [P on POL-INT-5, POL-INT-9, POL-FND-1]: the person who drafted
// a decision does not approve it. A SUPERVISOR of the street social-assistance office (街镇社会救助所)
// approves what an ADVISER drafts; ADMIN (区民政) may approve anything, even a draft of its own, and
// that override is recorded. Which decisions need a second person is set per district; these are
// the defaults (沪民救发〔2025〕1号 for case help; 长社救联办〔2024〕2号 POL-EMG-2 lets the 街镇 pay
// small-amount aid at once, so it needs no second person).

export const FOUR_EYES_DECISIONS = ['PLAN_APPROVAL', 'CASE_PAYMENT', 'CASE_DECISION'] as const;
export type FourEyesDecision = (typeof FOUR_EYES_DECISIONS)[number];

/** Defaults for a district without its own setting: all three need a second person. */
export const FOUR_EYES_DEFAULTS: Readonly<Record<FourEyesDecision, boolean>> = {
  PLAN_APPROVAL: true, // 一户一策 drafted by the adviser, approved by the street office
  CASE_PAYMENT: true, // a payment above the small-amount route (个案帮扶 and other fund purposes)
  CASE_DECISION: true, // 个案帮扶: the panel's outcome (民主评议) approved before disbursement (POL-CH-1, POL-CH-3)
};

export type FourEyesRefusal =
  /** The approver drafted (or edited) the decision. */
  | 'DRAFTER_CANNOT_APPROVE'
  /** A second person is needed and this role is not one (an ADVISER). */
  | 'SUPERVISOR_REQUIRED';

export type FourEyesVerdict =
  | { allowed: true; /** ADMIN approved its own draft: allowed, and recorded. */ override: boolean }
  | { allowed: false; reason: FourEyesRefusal };

/**
 * May `approver` decide, given who drafted it? `required` is the district's setting for the
 * decision. Without four eyes anyone who may act at all decides (the role check is the caller's).
 */
export function judgeFourEyes(
  required: boolean,
  approver: { id: string; role: string },
  drafters: readonly (string | null | undefined)[],
): FourEyesVerdict {
  const drafted = drafters.includes(approver.id);
  if (approver.role === 'ADMIN') return { allowed: true, override: required && drafted };
  if (!required) return { allowed: true, override: false };
  if (approver.role !== 'SUPERVISOR') return { allowed: false, reason: 'SUPERVISOR_REQUIRED' };
  return drafted ? { allowed: false, reason: 'DRAFTER_CANNOT_APPROVE' } : { allowed: true, override: false };
}
