// Adviser work for dashboards: caseload, visits done in a period, visits due by its end and
// overdue, per adviser. VIEWER gets no names, and no counts for an adviser responsible for fewer
// than 5 households (MIN_CELL_FOR_VIEWER), so no household can be singled out.
import { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import { smallCell, streetScope } from '../../common/small-cells';
import { Viewer } from '../../common/viewer';

export interface AdviserWorkRow {
  adviserId: string;
  adviserName: string | null;
  streetCode: string;
  caseloadMax: number;
  caseload: number | null;
  visitsDone: number | null;
  householdsVisited: number | null;
  dueByEnd: number | null;
  overdue: number | null;
  suppressed: boolean;
}

export interface WorkPeriod {
  from: string;
  to: string;
  streetCode?: string;
  districtCode?: string;
}

export class VisitStatisticsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async adviserWork(viewer: Viewer, period: WorkPeriod): Promise<AdviserWorkRow[]> {
    if (period.from > period.to) throw new DomainError('BAD_USER_INPUT', 'from must not be after to');
    const params: unknown[] = [period.from, period.to, this.clock.today()];
    const where = ['a.active'];
    if (period.streetCode) {
      params.push(period.streetCode);
      where.push(`a.street_code = $${params.length}`);
    }
    where.push(...streetScope(viewer, 'a.street_code', period.districtCode, params));
    // Each count is an index range scan per adviser: assignments (adviser_id) WHERE current,
    // schedule (adviser_id, next_due), service records (adviser_id, occurred_at).
    const rows: Array<{
      id: string;
      name: string;
      street_code: string;
      caseload_max: number;
      caseload: number;
      visits: number;
      visited: number;
      due: number;
      overdue: number;
    }> = await this.db.query(
      `
      SELECT a.id, a.name, a.street_code, a.caseload_max,
        (SELECT count(*)::int FROM household_assignment x WHERE x.adviser_id = a.id
          AND x.assigned_until IS NULL) AS caseload,
        r.visits, r.visited,
        (SELECT count(*)::int FROM visit_schedule s WHERE s.adviser_id = a.id AND s.next_due <= $2::date) AS due,
        (SELECT count(*)::int FROM visit_schedule s WHERE s.adviser_id = a.id AND s.next_due < $3::date) AS overdue
      FROM adviser a
      CROSS JOIN LATERAL (SELECT count(*)::int AS visits, count(DISTINCT household_id)::int AS visited
        FROM service_record r
        WHERE r.adviser_id = a.id AND r.counts_as_visit
          AND r.occurred_at >= $1::date::timestamp AT TIME ZONE 'Asia/Shanghai'
            AND r.occurred_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') r
      WHERE ${where.join(' AND ')}
      ORDER BY a.street_code, a.name, a.id`,
      params,
    );
    return rows.map((r) => {
      const { suppressed, hide } = smallCell(viewer, r.caseload);
      return {
        adviserId: r.id,
        adviserName: viewer.role === 'VIEWER' ? null : r.name,
        streetCode: r.street_code,
        caseloadMax: r.caseload_max,
        caseload: hide(r.caseload),
        visitsDone: hide(r.visits),
        householdsVisited: hide(r.visited),
        dueByEnd: hide(r.due),
        overdue: hide(r.overdue),
        suppressed,
      };
    });
  }
}
