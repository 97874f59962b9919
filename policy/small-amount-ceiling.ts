// The small-amount ceiling at payment (小金额救助, POL-EMG-2): the 街镇 may first give no more than
// 500 yuan per person, per emergency. Amounts are compared in fen (1/100 yuan) so 0.1 + 0.2 never
// decides anything.
import { SMALL_AMOUNT_PER_PERSON } from './emergency-route';

/** Yuan (at most two decimals) as integer fen. */
export const toFen = (yuan: number): number => Math.round(yuan * 100);
export const toYuan = (fen: number): number => fen / 100;

/** The ceiling of one emergency for a household of `memberCount` people, in yuan (POL-EMG-2). */
export function smallAmountCeiling(memberCount: number): number {
  return SMALL_AMOUNT_PER_PERSON * Math.max(0, Math.floor(memberCount));
}

export interface SmallAmountVerdict {
  allowed: boolean;
  /** 500 × members, yuan. */
  ceiling: number;
  /** What this emergency may still receive before this payment, yuan (never below 0). */
  remaining: number;
}

/**
 * Whether a small-amount payment of `amount` yuan fits the ceiling, given what this emergency has
 * already received (`alreadyPaid`, yuan: earlier payments not rejected). A household with no
 * recorded member has a ceiling of 0: nobody to pay for.
 */
export function judgeSmallAmount(memberCount: number, alreadyPaid: number, amount: number): SmallAmountVerdict {
  const ceiling = smallAmountCeiling(memberCount);
  const remainingFen = Math.max(0, toFen(ceiling) - toFen(alreadyPaid));
  return { allowed: toFen(amount) <= remainingFen, ceiling, remaining: toYuan(remainingFen) };
}
