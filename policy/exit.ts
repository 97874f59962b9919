// Leaving assistance (退出救助) and the end of exit follow-up (POL-CAD-9, POL-CIR-5): the one
// definition of the exit date, read by the visit schedule, and the rule for when follow-up may stop.
import { addDays, addMonths, laterOf, type IsoDate } from './calendar';
import { categoryExitDate, heldCategories, type DatedHolding } from './held-categories';
import type { StableIncomeVerdict } from './stable-income';

/**
 * The day the household leaves, or left, assistance as its records stand on `today`: the later of
 * the end of its last category (the first day no longer held, held-categories.ts) and its latest
 * ASSISTANCE_TERMINATED date. An end date already recorded for a later day counts too, so the
 * follow-up is scheduled ahead instead of waiting for the next write. Null while a category is held
 * with no recorded end, or when the household never held one and was never terminated.
 */
export function exitDate(
  holdings: readonly DatedHolding[],
  terminations: readonly IsoDate[],
  today: IsoDate,
): IsoDate | null {
  let lastEnd: IsoDate | null = null;
  for (const h of holdings) lastEnd = laterOf(lastEnd, h.until);
  const asOf = laterOf(today, lastEnd)!;
  if (heldCategories(holdings, asOf).length > 0) return null;
  let terminated: IsoDate | null = null;
  for (const t of terminations) if (t <= today) terminated = laterOf(terminated, t);
  return laterOf(categoryExitDate(holdings, asOf), terminated);
}

/** POL-CAD-9's two conditions, checked on the recorded facts before a record may end follow-up. */
export type FollowUpEnd =
  | { ends: true }
  | {
      ends: false;
      reason: 'NOT_IN_FOLLOW_UP' | 'OUT_LESS_THAN_A_YEAR' | 'NO_STABLE_INCOME' | 'STABLE_INCOME_UNKNOWN';
      /** The first day the household has been out more than a year (OUT_LESS_THAN_A_YEAR). */
      outOverAYearFrom: IsoDate | null;
      /** Facts to record before stable income can be judged (STABLE_INCOME_UNKNOWN). */
      missingFacts: string[];
    };

/** Follow-up may end on `on` only when the household has been out more than a year AND has a stable income. */
export function followUpMayEnd(exitOn: IsoDate | null, on: IsoDate, income: StableIncomeVerdict): FollowUpEnd {
  const refuse = (reason: Exclude<FollowUpEnd, { ends: true }>['reason'], extra: Partial<FollowUpEnd> = {}) =>
    ({ ends: false, reason, outOverAYearFrom: null, missingFacts: [], ...extra }) as FollowUpEnd;
  if (exitOn === null) return refuse('NOT_IN_FOLLOW_UP');
  // "More than one year": from the day after the anniversary (a 29 February exit: 1 March).
  const anniversary = addMonths(exitOn, 12);
  if (on <= anniversary) return refuse('OUT_LESS_THAN_A_YEAR', { outOverAYearFrom: addDays(anniversary, 1) });
  if (income.stable === false) return refuse('NO_STABLE_INCOME');
  if (income.stable === null) return refuse('STABLE_INCOME_UNKNOWN', { missingFacts: income.missingFacts });
  return { ends: true };
}
