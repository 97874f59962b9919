// Aggregates from each active household's latest assessment. VIEWER sees counts only, and never
// a cell small enough to single a household out.
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { Viewer } from '../../common/viewer';
import { HardshipStatisticsCell } from './assessment.types';

export const MIN_CELL_FOR_VIEWER = 5;

export class StatisticsService {
  constructor(private readonly db: DataSource) {}

  async hardship(viewer: Viewer, districtCode?: string): Promise<HardshipStatisticsCell[]> {
    if (districtCode !== undefined && !/^\d{6}$/.test(districtCode)) throw new DomainError('BAD_USER_INPUT', 'districtCode must be 6 digits');
    const params: unknown[] = [];
    const where = ["h.status = 'ACTIVE'"];
    if (districtCode) { params.push(`${districtCode}%`); where.push(`h.street_code LIKE $${params.length}`); }
    if (viewer.role === 'ADVISER') { params.push(viewer.streetCodes); where.push(`h.street_code = ANY($${params.length})`); }
    const rows: Array<{ street_code: string; level: string; circle: number | null; households: number }> = await this.db.query(`
      SELECT h.street_code, a.level, a.circle, count(*)::int AS households
      FROM household h
      JOIN LATERAL (SELECT level, circle FROM assessment a WHERE a.household_id = h.id ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1) a ON true
      WHERE ${where.join(' AND ')}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`, params);
    return rows.map((r) => {
      const suppressed = viewer.role === 'VIEWER' && r.households < MIN_CELL_FOR_VIEWER;
      return { streetCode: r.street_code, level: r.level, circle: r.circle, households: suppressed ? null : r.households, suppressed };
    });
  }

  needs(viewer: Viewer, districtCode?: string): Promise<NeedStatisticsRow[]> {
    return needStatistics(this.db, viewer, districtCode);
  }
}

export interface NeedStatisticsRow { code: string; status: string; needs: number | null; households: number | null; suppressed: boolean }

/** needs by code and status, active households only (issue 7). VIEWER: cells under 5 households suppressed. */
export async function needStatistics(db: DataSource, viewer: Viewer, districtCode?: string): Promise<NeedStatisticsRow[]> {
  if (districtCode !== undefined && !/^\d{6}$/.test(districtCode)) throw new DomainError('BAD_USER_INPUT', 'districtCode must be 6 digits');
  const params: unknown[] = [];
  const where = ["h.status = 'ACTIVE'"];
  if (districtCode) { params.push(`${districtCode}%`); where.push(`h.street_code LIKE $${params.length}`); }
  if (viewer.role === 'ADVISER') { params.push(viewer.streetCodes); where.push(`h.street_code = ANY($${params.length})`); }
  const rows: Array<{ code: string; status: string; needs: number; households: number }> = await db.query(`
    SELECT n.code, n.status, count(*)::int AS needs, count(DISTINCT n.household_id)::int AS households
    FROM need n JOIN household h ON h.id = n.household_id
    WHERE ${where.join(' AND ')}
    GROUP BY 1, 2 ORDER BY 1, 2`, params);
  return rows.map((r) => {
    const suppressed = viewer.role === 'VIEWER' && r.households < MIN_CELL_FOR_VIEWER;
    return { code: r.code, status: r.status, needs: suppressed ? null : r.needs, households: suppressed ? null : r.households, suppressed };
  });
}
