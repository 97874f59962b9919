// When a household is due to be reassessed, and why (INDICATOR-MODEL.md §6 and §9, POL-MON-3,
// POL-WRN-2). Pure: the visit schedule stores the date and the reason; the adviser's lists read them.
import { addMonths, type IsoDate } from './calendar';
import type { DatedHolding } from './held-categories';

export type ReassessmentReason = 'WARNING' | 'CATEGORY_CHANGE' | 'SHORTER_REVIEW' | 'INTERVAL';

export interface ReassessmentFacts {
  /** The latest assessment: its date and the reassessment interval its model set for the level. */
  assessment: { on: IsoDate; reassessMonths: number } | null;
  /** POL-MON-3 applies (shorterReviewApplies). */
  shorterReview: boolean;
  /** The day the earliest warning matched after the latest assessment arrived. */
  warningSinceAssessmentOn: IsoDate | null;
  holdings: readonly DatedHolding[];
}

export interface ReassessmentDue {
  dueOn: IsoDate;
  reason: ReassessmentReason;
  /** Months between scheduled reassessments for this household (after POL-MON-3). */
  intervalMonths: number;
}

/**
 * POL-MON-3: families registered elsewhere (人户分离) or with a member without Shanghai hukou get
 * more frequent reviews. Only facts that are known count: an unrecorded hukou is not a reason.
 */
export function shorterReviewApplies(registeredElsewhere: boolean | null, hukous: readonly (string | null)[]): boolean {
  return registeredElsewhere === true || hukous.some((h) => h === 'RESIDENCE_PERMIT' || h === 'OTHER');
}

/**
 * POL-MON-3 gives no figure, so [P]: half the model's interval, in whole months rounded up — every
 * level is reviewed more often (HIGH 3 → 2, MODERATE 6 → 3, LOW and WATCH 12 → 6 months), and the
 * lower levels land on intervals the model already uses for the level above.
 */
export function reviewMonths(reassessMonths: number, shorterReview: boolean): number {
  return shorterReview ? Math.max(1, Math.ceil(reassessMonths / 2)) : reassessMonths;
}

/** The earliest reason the household is due: a warning (at once), a category that begins or ends
 *  after the assessment (INDICATOR-MODEL §9, on that day; an end recorded ahead counts, so nothing
 *  waits for the next write), or the interval. Null when never assessed. */
export function reassessmentDue(f: ReassessmentFacts): ReassessmentDue | null {
  if (f.assessment === null) return null;
  const intervalMonths = reviewMonths(f.assessment.reassessMonths, f.shorterReview);
  const candidates: Array<[IsoDate | null, ReassessmentReason]> = [
    [f.warningSinceAssessmentOn, 'WARNING'],
    [categoryChangeSince(f.holdings, f.assessment.on), 'CATEGORY_CHANGE'],
    [addMonths(f.assessment.on, intervalMonths), f.shorterReview ? 'SHORTER_REVIEW' : 'INTERVAL'],
  ];
  let due: ReassessmentDue | null = null;
  for (const [dueOn, reason] of candidates) {
    if (dueOn !== null && (due === null || dueOn < due.dueOn)) due = { dueOn, reason, intervalMonths };
  }
  return due;
}

/** The first day after `assessedOn` on which a category begins or stops being held. */
function categoryChangeSince(holdings: readonly DatedHolding[], assessedOn: IsoDate): IsoDate | null {
  let first: IsoDate | null = null;
  for (const h of holdings) {
    for (const day of [h.since, h.until]) {
      if (day !== null && day > assessedOn && (first === null || day < first)) first = day;
    }
  }
  return first;
}
