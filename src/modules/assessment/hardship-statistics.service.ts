// Aggregates from each active household's latest assessment. VIEWER sees counts only, and never
// a cell small enough to single a household out (common/small-cells.ts). hardship_count is kept in step
// with assessment and household by triggers (migration 1778000000000): the same figures as grouping each
// active household's latest assessment, read from a few thousand rows instead of 100k households.
import { DataSource } from 'typeorm';
import { smallCell, streetScope } from '../../common/small-cells';
import { Viewer } from '../../common/viewer';
import { HardshipStatisticsCell } from './assessment.types';

export class HardshipStatisticsService {
  constructor(private readonly db: DataSource) {}

  async hardship(viewer: Viewer, districtCode?: string): Promise<HardshipStatisticsCell[]> {
    const params: unknown[] = [];
    const where = streetScope(viewer, 'c.street_code', districtCode, params);
    const rows: Array<{ street_code: string; level: string; circle: number | null; households: number }> =
      await this.db.query(
        `
      SELECT c.street_code, c.level, c.circle, sum(c.households)::int AS households
      FROM hardship_count c
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      GROUP BY 1, 2, 3 HAVING sum(c.households) > 0 ORDER BY 1, 2, 3`,
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
