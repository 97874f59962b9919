// The visit schedule, kept in step with its sources: after every write that can move a household's
// next visit or reassessment (assessment, service record, warning, exit, assignment, street change),
// inside that write's transaction. The rules are policy/'s pure functions (exit.ts,
// visit-schedule.ts, reassessment.ts); this file only gathers their inputs in a few set queries and
// writes what they return in one statement.
import type { EntityManager } from 'typeorm';
import { exitDate } from '../../../policy/exit';
import type { DatedHolding } from '../../../policy/held-categories';
import { reassessmentDue, shorterReviewApplies } from '../../../policy/reassessment';
import { nextVisit, type VisitCadence } from '../../../policy/visit-schedule';
import { shanghaiDate, type Clock } from '../../common/clock';
import { groupByKeys } from '../../common/by-keys';

interface HouseholdRow {
  id: string;
  street_code: string;
  registered_elsewhere: boolean | null;
  hukous: Array<string | null>;
  adviser_id: string | null;
}
interface AssessmentRow {
  household_id: string;
  level: string;
  as_of: string;
  assessed_at: Date;
  visit_cadence: VisitCadence;
  reassess_months: number;
}
interface VisitRow {
  household_id: string;
  last_visit: Date | null;
  follow_up_done: Date | null;
}
type HoldingRow = DatedHolding & { household_id: string };
interface DatedRow {
  household_id: string;
  at: Date | string;
}

/** One household's inputs to the schedule rules. */
export interface ScheduleSources {
  household: HouseholdRow;
  assessment: AssessmentRow | undefined;
  visits: VisitRow | undefined;
  holdings: DatedHolding[];
  terminations: string[];
  warningTimes: Date[];
  /** The earliest follow-up due of the household's disbursed cases not yet followed up (POL-CH-1). */
  caseFollowUpDueOn?: string | null;
}

async function loadSources(em: EntityManager, ids: string[]): Promise<ScheduleSources[]> {
  const households: HouseholdRow[] = await em.query(
    `SELECT h.id, h.street_code, h.registered_elsewhere, asg.adviser_id,
       coalesce((SELECT array_agg(m.hukou) FROM member m WHERE m.household_id = h.id), '{}') AS hukous
     FROM household h LEFT JOIN household_assignment asg ON asg.household_id = h.id AND asg.assigned_until IS NULL
     WHERE h.id = ANY($1::uuid[]) AND h.status = 'ACTIVE'`,
    [ids],
  );
  const active = households.map((h) => h.id);
  if (active.length === 0) return [];
  const [assessments, visits, holdings, terminations, warnings, caseFollowUps]: [
    AssessmentRow[],
    VisitRow[],
    HoldingRow[],
    DatedRow[],
    DatedRow[],
    DatedRow[],
  ] = [
    await em.query(
      `SELECT DISTINCT ON (household_id) household_id, level, as_of::text AS as_of, assessed_at,
        visit_cadence, reassess_months
       FROM assessment WHERE household_id = ANY($1::uuid[]) ORDER BY household_id, assessed_at DESC, id DESC`,
      [active],
    ),
    await em.query(
      `SELECT household_id, max(occurred_at) FILTER (WHERE counts_as_visit) AS last_visit,
         max(occurred_at) FILTER (WHERE follow_up_completed) AS follow_up_done
       FROM service_record WHERE household_id = ANY($1::uuid[]) GROUP BY household_id`,
      [active],
    ),
    await em.query(
      `SELECT household_id, category, since::text AS since, until::text AS until
       FROM category_holding WHERE household_id = ANY($1::uuid[])`,
      [active],
    ),
    await em.query(
      `SELECT household_id, date::text AS at FROM assistance_event
       WHERE kind = 'ASSISTANCE_TERMINATED' AND household_id = ANY($1::uuid[])`,
      [active],
    ),
    await em.query(
      `SELECT household_id, matched_at AS at FROM warning WHERE household_id = ANY($1::uuid[])
        AND status <> 'UNMATCHED'`,
      [active],
    ),
    await em.query(
      `SELECT household_id, min(follow_up_due_on)::text AS at FROM case_help
        WHERE household_id = ANY($1::uuid[]) AND step = 'FOLLOW_UP' AND follow_up_done_at IS NULL
        GROUP BY household_id`,
      [active],
    ),
  ];
  const byHousehold = <T extends { household_id: string }>(rows: T[]) =>
    groupByKeys(active, rows, (r) => r.household_id);
  const [a, v, c, t, w, f] = [
    byHousehold(assessments),
    byHousehold(visits),
    byHousehold(holdings),
    byHousehold(terminations),
    byHousehold(warnings),
    byHousehold(caseFollowUps),
  ];
  return households.map((household, i) => ({
    household,
    assessment: a[i][0],
    visits: v[i][0],
    holdings: c[i].map(({ category, since, until }) => ({ category, since, until })),
    terminations: t[i].map((e) => String(e.at)),
    warningTimes: w[i].map((e) => new Date(e.at)),
    caseFollowUpDueOn: f[i][0] ? String(f[i][0].at) : null,
  }));
}

/** The earliest instant after `after` (any, when null), as a Shanghai date. */
function firstDayAfter(times: readonly Date[], after: Date | null): string | null {
  let first: Date | null = null;
  for (const t of times) if ((after === null || t > after) && (first === null || t < first)) first = t;
  return first === null ? null : shanghaiDate(first);
}

/** A household's schedule row, from its sources and today: the policy functions decide everything. */
export function scheduleRow(s: ScheduleSources, today: string) {
  const lastVisit = s.visits?.last_visit ?? null;
  const assessment = s.assessment;
  const visit = nextVisit({
    assessment: assessment ? { on: assessment.as_of, cadence: assessment.visit_cadence } : null,
    lastVisitOn: lastVisit && shanghaiDate(new Date(lastVisit)),
    exitOn: exitDate(s.holdings, s.terminations, today),
    followUpEndedOn: s.visits?.follow_up_done ? shanghaiDate(new Date(s.visits.follow_up_done)) : null,
    warningSinceVisitOn: firstDayAfter(s.warningTimes, lastVisit && new Date(lastVisit)),
    caseFollowUpDueOn: s.caseFollowUpDueOn ?? null,
  });
  const reassess = reassessmentDue({
    assessment: assessment ? { on: assessment.as_of, reassessMonths: assessment.reassess_months } : null,
    shorterReview: shorterReviewApplies(s.household.registered_elsewhere, s.household.hukous),
    warningSinceAssessmentOn: assessment ? firstDayAfter(s.warningTimes, new Date(assessment.assessed_at)) : null,
    holdings: s.holdings,
  });
  return {
    household_id: s.household.id,
    street_code: s.household.street_code,
    adviser_id: s.household.adviser_id,
    level: assessment?.level ?? null,
    cadence_months: visit.cadenceMonths,
    last_visit_at: lastVisit,
    exit_on: visit.followUpExitOn,
    next_due: visit.nextDue,
    reason: visit.reason,
    visit_flagged: visit.visitFlagged,
    reassess_on: reassess?.dueOn ?? null,
    reassess_reason: reassess?.reason ?? null,
  };
}

const COLUMNS: Record<keyof ReturnType<typeof scheduleRow>, string> = {
  household_id: 'uuid',
  street_code: 'varchar',
  adviser_id: 'uuid',
  level: 'text',
  cadence_months: 'smallint',
  last_visit_at: 'timestamptz',
  exit_on: 'date',
  next_due: 'date',
  reason: 'text',
  visit_flagged: 'boolean',
  reassess_on: 'date',
  reassess_reason: 'text',
};
const NAMES = Object.keys(COLUMNS);
const UPSERT = `INSERT INTO visit_schedule (${NAMES.join(', ')}, updated_at)
SELECT ${NAMES.join(', ')}, $2::timestamptz FROM jsonb_to_recordset($1::jsonb)
  AS r(${NAMES.map((n) => `${n} ${COLUMNS[n as keyof typeof COLUMNS]}`).join(', ')})
ON CONFLICT (household_id) DO UPDATE
  SET ${[...NAMES.slice(1), 'updated_at'].map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;

/** Recomputes the schedule rows of these households (and drops rows of archived ones), on the caller's transaction. */
export async function refreshVisitSchedules(em: EntityManager, householdIds: readonly string[], clock: Clock) {
  if (householdIds.length === 0) return;
  const ids = [...new Set(householdIds)];
  const today = clock.today();
  const rows = (await loadSources(em, ids)).map((s) => scheduleRow(s, today));
  if (rows.length > 0) await em.query(UPSERT, [JSON.stringify(rows), clock.now()]);
  await em.query(
    `DELETE FROM visit_schedule s WHERE s.household_id = ANY($1::uuid[])
    AND NOT EXISTS (SELECT 1 FROM household h WHERE h.id = s.household_id AND h.status = 'ACTIVE')`,
    [ids],
  );
}
