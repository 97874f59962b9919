// The schedule rules on every day of a leap year (2028), month-ends and 29 February included, so the
// suite holds for any date. Expected dates come from an oracle written here from the rules' words —
// "n months later: the same day of the month, or the month's last day when it has no such day"
// (PostgreSQL's date + interval) — over a literal table of month lengths, not from policy/calendar.
import { addDays } from '../../../policy/calendar';
import { exitDate, followUpMayEnd } from '../../../policy/exit';
import { reassessmentDue } from '../../../policy/reassessment';
import { CADENCE_MONTHS, nextVisit, type VisitCadence } from '../../../policy/visit-schedule';

const MONTH_DAYS: Record<number, number[]> = {
  2027: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  2028: [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  2029: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
};
const pad = (n: number) => String(n).padStart(2, '0');
function monthsLater(iso: string, months: number): string {
  let [y, m] = iso.split('-').map(Number);
  const d = Number(iso.slice(8));
  m += months;
  while (m > 12) [y, m] = [y + 1, m - 12];
  while (m < 1) [y, m] = [y - 1, m + 12];
  return `${y}-${pad(m)}-${pad(Math.min(d, MONTH_DAYS[y][m - 1]))}`;
}

const DAYS: string[] = [];
for (let m = 1; m <= 12; m++) for (let d = 1; d <= MONTH_DAYS[2028][m - 1]; d++) DAYS.push(`2028-${pad(m)}-${pad(d)}`);

describe('schedule rules on every day of 2028', () => {
  it('has 366 days, 29 February among them', () => {
    expect(DAYS).toHaveLength(366);
    expect(DAYS).toContain('2028-02-29');
  });

  it.each(DAYS)('%s', (today) => {
    // LEVEL (POL-CAD-6): never visited → due at once; visited today → due after the cadence.
    for (const cadence of Object.keys(CADENCE_MONTHS) as VisitCadence[]) {
      const fresh = nextVisit({
        assessment: { on: today, cadence },
        lastVisitOn: null,
        exitOn: null,
        followUpEndedOn: null,
        warningSinceVisitOn: null,
      });
      expect(fresh).toMatchObject({ nextDue: today, reason: 'LEVEL' });
      const visited = nextVisit({
        assessment: { on: today, cadence },
        lastVisitOn: today,
        exitOn: null,
        followUpEndedOn: null,
        warningSinceVisitOn: null,
      });
      expect(visited.nextDue).toBe(monthsLater(today, CADENCE_MONTHS[cadence]));
    }

    // Exit today (the category's end date is the first day no longer held): follow-up within a month,
    // then every 3 months after a visit; a warning makes a visit due at once, ahead of either.
    const exitOn = exitDate([{ category: 'DB', since: '2020-01-01', until: today }], [], today);
    expect(exitOn).toBe(today);
    // (A WATCH household visited the day before: its yearly LEVEL contact comes later than any of these.)
    const before = addDays(today, -1);
    const base = { assessment: { on: before, cadence: 'YEARLY_CONTACT' as const }, followUpEndedOn: null };
    expect(nextVisit({ ...base, lastVisitOn: before, exitOn, warningSinceVisitOn: null })).toMatchObject({
      nextDue: monthsLater(today, 1),
      reason: 'EXIT_FOLLOW_UP',
      followUpExitOn: today,
    });
    const after = addDays(today, 1);
    expect(nextVisit({ ...base, lastVisitOn: after, exitOn, warningSinceVisitOn: null })).toMatchObject({
      nextDue: monthsLater(after, 3),
      reason: 'EXIT_FOLLOW_UP',
    });
    expect(nextVisit({ ...base, lastVisitOn: after, exitOn, warningSinceVisitOn: after })).toMatchObject({
      nextDue: after,
      reason: 'WARNING',
    });

    // POL-CAD-9: follow-up may end only when more than a year out (from the day after the anniversary).
    const stable = { stable: true, ratio: 1.5, missingFacts: [] };
    const anniversary = monthsLater(today, 12);
    expect(followUpMayEnd(today, anniversary, stable).ends).toBe(false);
    expect(followUpMayEnd(today, addDays(anniversary, 1), stable).ends).toBe(true);

    // Reassessment (INDICATOR-MODEL.md §6, POL-MON-3 halves the interval).
    for (const [months, shorter, expectedMonths] of [
      [3, false, 3],
      [6, false, 6],
      [12, false, 12],
      [3, true, 2],
      [6, true, 3],
      [12, true, 6],
    ] as const) {
      const due = reassessmentDue({
        assessment: { on: today, reassessMonths: months },
        shorterReview: shorter,
        warningSinceAssessmentOn: null,
        holdings: [],
      });
      expect(due).toEqual({
        dueOn: monthsLater(today, expectedMonths),
        reason: shorter ? 'SHORTER_REVIEW' : 'INTERVAL',
        intervalMonths: expectedMonths,
      });
    }
  });
});
