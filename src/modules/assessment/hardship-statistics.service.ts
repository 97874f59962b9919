// Aggregates from each active household's latest assessment. VIEWER sees counts only, and never
// a cell small enough to single a household out (common/small-cells.ts).
import { DataSource } from 'typeorm';
import { smallCell, streetScope } from '../../common/small-cells';
import { Viewer } from '../../common/viewer';
import { HardshipStatisticsCell } from './assessment.types';

export class HardshipStatisticsService {
  constructor(private readonly db: DataSource) {}

  async hardship(viewer: Viewer, districtCode?: string): Promise<HardshipStatisticsCell[]> {
    const params: unknown[] = [];
    const where = ["h.status = 'ACTIVE'", ...streetScope(viewer, 'h.street_code', districtCode, params)];
    const rows: Array<{ street_code: string; level: string; circle: number | null; households: number }> =
      await this.db.query(
        `
      SELECT h.street_code, a.level, a.circle, count(*)::int AS households
      FROM household h
      JOIN LATERAL (SELECT level, circle FROM assessment a WHERE a.household_id = h.id
        ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1) a ON true
      WHERE ${where.join(' AND ')}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        params,
      );
    return rows.map((r) => {
      const { suppressed, hide } = smallCell(viewer, r.households);
      return {
        streetCode: r.street_code,
        level: r.level,
        circle: r.circle,
        households: hide(r.households),
        suppressed,
      };
    });
  }
}
