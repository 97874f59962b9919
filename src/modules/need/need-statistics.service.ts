// Needs by code and status over active households (needStatistics): the needs list's own statistics.
import { DataSource } from 'typeorm';
import { smallCell, streetScope } from '../../common/small-cells';
import { Viewer } from '../../common/viewer';

export class NeedStatisticsService {
  constructor(private readonly db: DataSource) {}

  needs(viewer: Viewer, districtCode?: string): Promise<NeedStatisticsRow[]> {
    return needStatistics(this.db, viewer, districtCode);
  }
}

export interface NeedStatisticsRow {
  code: string;
  status: string;
  needs: number | null;
  households: number | null;
  suppressed: boolean;
}

/** needs by code and status, active households only (issue 7). VIEWER: cells under 5 households suppressed. */
export async function needStatistics(
  db: DataSource,
  viewer: Viewer,
  districtCode?: string,
): Promise<NeedStatisticsRow[]> {
  const params: unknown[] = [];
  const where = streetScope(viewer, 'c.street_code', districtCode, params);
  // need_count is kept in step with need and household by triggers (migration 1778000000000); the same
  // figures as grouping the needs of active households, a household counted once per street it lives in.
  const rows: Array<{ code: string; status: string; needs: number; households: number }> = await db.query(
    `
    SELECT c.code, c.status, sum(c.needs)::int AS needs, sum(c.households)::int AS households
    FROM need_count c
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    GROUP BY 1, 2 HAVING sum(c.needs) > 0 ORDER BY 1, 2`,
    params,
  );
  return rows.map((r) => {
    const { suppressed, hide } = smallCell(viewer, r.households);
    return { code: r.code, status: r.status, needs: hide(r.needs), households: hide(r.households), suppressed };
  });
}
