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
  const where = ["h.status = 'ACTIVE'", ...streetScope(viewer, 'h.street_code', districtCode, params)];
  const rows: Array<{ code: string; status: string; needs: number; households: number }> = await db.query(
    `
    SELECT n.code, n.status, count(*)::int AS needs, count(DISTINCT n.household_id)::int AS households
    FROM need n JOIN household h ON h.id = n.household_id
    WHERE ${where.join(' AND ')}
    GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  );
  return rows.map((r) => {
    const { suppressed, hide } = smallCell(viewer, r.households);
    return { code: r.code, status: r.status, needs: hide(r.needs), households: hide(r.households), suppressed };
  });
}
