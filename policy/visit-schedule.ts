// When a household's next visit is due, and why (POL-CAD-6, POL-CAD-9, POL-WRN-1). Pure: the visit
// schedule table (src/modules/visit) stores what this returns, recomputed after every write that can
// move it; nothing about the rules lives in SQL.
import { addMonths, type IsoDate } from './calendar';

/** The model's visit cadences (INDICATOR-MODEL.md §6) in months: monthly, quarterly, half-yearly
 *  visits by hardship level (POL-CAD-6, 长社救联办〔2024〕2号), yearly contact for WATCH. */
export const CADENCE_MONTHS = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6, YEARLY_CONTACT: 12 } as const;
export type VisitCadence = keyof typeof CADENCE_MONTHS;

/** POL-CAD-9: the first follow-up visit within a month of the exit … */
export const FIRST_FOLLOW_UP_MONTHS = 1;
/** … then every 3–6 months: the short end, so nobody slips. */
export const FOLLOW_UP_MONTHS = 3;

export type VisitReason = 'WARNING' | 'EXIT_FOLLOW_UP' | 'CASE_FOLLOW_UP' | 'LEVEL';

export interface VisitFacts {
  /** The latest assessment: its date and the visit cadence its model set for the level. */
  assessment: { on: IsoDate; cadence: VisitCadence } | null;
  /** The last in-person visit (a home visit, or a visit or follow-up at the station). */
  lastVisitOn: IsoDate | null;
  /** exit.ts exitDate: when the household leaves or left assistance. */
  exitOn: IsoDate | null;
  /** The latest record that ended follow-up (an ADV-FOLLOW accepted by followUpMayEnd). */
  followUpEndedOn: IsoDate | null;
  /** The day the earliest warning matched after the last visit arrived (POL-WRN-1). */
  warningSinceVisitOn: IsoDate | null;
  /** 回访反馈 (POL-CH-1): the earliest follow-up due of a case disbursed and not yet followed up. */
  caseFollowUpDueOn?: IsoDate | null;
}

export interface VisitPlan {
  nextDue: IsoDate | null;
  reason: VisitReason | null;
  /** Months between LEVEL visits; null when never assessed. */
  cadenceMonths: number | null;
  /** The exit date while follow-up goes on; null otherwise. */
  followUpExitOn: IsoDate | null;
  /** A warning arrived after the last visit: a visit is due at once. */
  visitFlagged: boolean;
}

/**
 * The household's next visit: the earliest of the four rules; a tie goes to WARNING, then EXIT_FOLLOW_UP, then
 * CASE_FOLLOW_UP.
 */
export function nextVisit(f: VisitFacts): VisitPlan {
  const cadenceMonths = f.assessment ? CADENCE_MONTHS[f.assessment.cadence] : null;
  // LEVEL: never visited → at once (the assessment date); otherwise the last visit + the cadence.
  const levelDue =
    f.assessment === null ? null : f.lastVisitOn === null ? f.assessment.on : addMonths(f.lastVisitOn, cadenceMonths!);
  // EXIT_FOLLOW_UP until a record after the exit ended it.
  const following = f.exitOn !== null && (f.followUpEndedOn === null || f.followUpEndedOn < f.exitOn);
  const followDue = !following
    ? null
    : f.lastVisitOn === null || f.lastVisitOn < f.exitOn!
      ? addMonths(f.exitOn!, FIRST_FOLLOW_UP_MONTHS)
      : addMonths(f.lastVisitOn, FOLLOW_UP_MONTHS);
  const candidates: Array<[IsoDate | null, VisitReason]> = [
    [f.warningSinceVisitOn, 'WARNING'],
    [followDue, 'EXIT_FOLLOW_UP'],
    [f.caseFollowUpDueOn ?? null, 'CASE_FOLLOW_UP'],
    [levelDue, 'LEVEL'],
  ];
  let nextDue: IsoDate | null = null;
  let reason: VisitReason | null = null;
  for (const [due, why] of candidates) {
    if (due !== null && (nextDue === null || due < nextDue)) [nextDue, reason] = [due, why];
  }
  return {
    nextDue,
    reason,
    cadenceMonths,
    followUpExitOn: following ? f.exitOn : null,
    visitFlagged: f.warningSinceVisitOn !== null,
  };
}
