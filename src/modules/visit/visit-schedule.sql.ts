// The visit schedule, recomputed from its sources in one statement: used after every write that
// can move a household's next visit (assessment, service record, warning, exit, assignment,
// street change), inside that write's transaction, and by the migration's backfill.
//
// next_due is the earliest of:
//   LEVEL           never visited: the date of the latest assessment (a first visit at once);
//                   otherwise the last in-person visit + the cadence of the latest level as the model said (MONTHLY 1, QUARTERLY 3, HALF_YEARLY 6, YEARLY_CONTACT 12 months);
//   EXIT_FOLLOW_UP  once the household holds no category and has an exit date (latest termination
//                   or category end): exit + 1 month until a visit after the exit, then last visit
//                   + 3 months, until an adviser records that the follow-up condition is met;
//   WARNING         the match time of the earliest warning after the last visit (due at once).
import type { EntityManager } from 'typeorm';
import { heldOnSql } from '../../../policy/held-categories';

const SOURCES = (scope: string) => `
WITH h AS (SELECT id, street_code FROM household WHERE status = 'ACTIVE' AND ${scope}),
a AS (SELECT DISTINCT ON (household_id) household_id, level, as_of, assessed_at, profile->'cadence'->>'visit' AS visit
      FROM assessment WHERE household_id IN (SELECT id FROM h) ORDER BY household_id, assessed_at DESC, id DESC),
v AS (SELECT household_id, max(occurred_at) AS last_visit, max(occurred_at) FILTER (WHERE follow_up_completed) AS follow_up_done
      FROM service_record WHERE household_id IN (SELECT id FROM h) AND (counts_as_visit OR follow_up_completed) GROUP BY household_id),
c AS (SELECT household_id, bool_or(${heldOnSql('', '$today::date')}) AS holding, max(until) AS ended
      FROM category_holding WHERE household_id IN (SELECT id FROM h) GROUP BY household_id),
t AS (SELECT household_id, max(date) AS terminated FROM assistance_event
      WHERE kind = 'ASSISTANCE_TERMINATED' AND household_id IN (SELECT id FROM h) GROUP BY household_id),
w AS (SELECT household_id, matched_at FROM warning WHERE household_id IN (SELECT id FROM h) AND status <> 'UNMATCHED'),
s AS (
  SELECT h.id, h.street_code, asg.adviser_id, a.level, a.as_of, v.last_visit,
    CASE a.visit WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'HALF_YEARLY' THEN 6 WHEN 'YEARLY_CONTACT' THEN 12 END AS cadence,
    CASE WHEN coalesce(c.holding, false) OR (c.ended IS NULL AND t.terminated IS NULL) THEN NULL
         ELSE greatest(c.ended, t.terminated) END AS exit_on,
    v.follow_up_done,
    (SELECT min(w.matched_at) FROM w WHERE w.household_id = h.id AND w.matched_at > coalesce(v.last_visit, '-infinity')) AS warned_since_visit,
    EXISTS (SELECT 1 FROM w WHERE w.household_id = h.id AND w.matched_at > coalesce(a.assessed_at, '-infinity')) AS reassess
  FROM h
  LEFT JOIN a ON a.household_id = h.id LEFT JOIN v ON v.household_id = h.id
  LEFT JOIN c ON c.household_id = h.id LEFT JOIN t ON t.household_id = h.id
  LEFT JOIN household_assignment asg ON asg.household_id = h.id AND asg.assigned_until IS NULL
),
d AS (
  SELECT s.*,
    CASE WHEN s.cadence IS NULL THEN NULL WHEN s.last_visit IS NULL THEN s.as_of
         ELSE ((s.last_visit AT TIME ZONE 'Asia/Shanghai')::date + make_interval(months => s.cadence))::date END AS level_due,
    CASE WHEN s.exit_on IS NOT NULL AND (s.follow_up_done IS NULL OR (s.follow_up_done AT TIME ZONE 'Asia/Shanghai')::date < s.exit_on) THEN
      CASE WHEN s.last_visit IS NULL OR (s.last_visit AT TIME ZONE 'Asia/Shanghai')::date < s.exit_on THEN (s.exit_on + interval '1 month')::date
           ELSE ((s.last_visit AT TIME ZONE 'Asia/Shanghai')::date + interval '3 months')::date END END AS follow_due,
    (s.warned_since_visit AT TIME ZONE 'Asia/Shanghai')::date AS warning_due
  FROM s
)
SELECT d.id AS household_id, d.street_code, d.adviser_id, d.level, d.cadence AS cadence_months, d.last_visit AS last_visit_at,
  CASE WHEN d.follow_due IS NOT NULL THEN d.exit_on END AS exit_on,
  least(d.level_due, d.follow_due, d.warning_due) AS next_due,
  CASE least(d.level_due, d.follow_due, d.warning_due)
    WHEN d.warning_due THEN 'WARNING' WHEN d.follow_due THEN 'EXIT_FOLLOW_UP' WHEN d.level_due THEN 'LEVEL' END AS reason,
  d.warning_due IS NOT NULL AS visit_flagged, d.reassess AS reassessment_due, now() AS updated_at
FROM d`;

const COLUMNS =
  'household_id, street_code, adviser_id, level, cadence_months, last_visit_at, exit_on, next_due, reason, visit_flagged, reassessment_due, updated_at';
const UPSERT = (scope: string) => `INSERT INTO visit_schedule (${COLUMNS}) ${SOURCES(scope)}
ON CONFLICT (household_id) DO UPDATE SET ${COLUMNS.split(', ')
  .slice(1)
  .map((c) => `${c} = EXCLUDED.${c}`)
  .join(', ')}`;

/** Recomputes the schedule rows of these households (and drops rows of archived ones), on the caller's transaction. */
export async function refreshVisitSchedules(
  em: EntityManager,
  householdIds: readonly string[],
  today: string,
): Promise<void> {
  if (householdIds.length === 0) return;
  const ids = [...new Set(householdIds)];
  await em.query(UPSERT('id = ANY($1::uuid[])').replace(/\$today/g, '$2'), [ids, today]);
  await em.query(
    `DELETE FROM visit_schedule s WHERE s.household_id = ANY($1::uuid[])
    AND NOT EXISTS (SELECT 1 FROM household h WHERE h.id = s.household_id AND h.status = 'ACTIVE')`,
    [ids],
  );
}

/** The backfill statement for every active household (the migration runs this). */
export const BACKFILL_SQL = UPSERT('true').replace(/\$today/g, '$1');
