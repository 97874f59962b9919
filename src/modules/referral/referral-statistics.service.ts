// Referral counts by provider and status for dashboards. ADMIN sees all, ADVISER its streets,
// VIEWER aggregates only, with cells under MIN_CELL_FOR_VIEWER suppressed (common/small-cells.ts).
import { DataSource } from 'typeorm';
import { smallCell, streetScope } from '../../common/small-cells';
import { Viewer } from '../../common/viewer';
import { ReferralStatisticsCell } from './referral.types';

export class ReferralStatisticsService {
  constructor(private readonly db: DataSource) {}

  async byProviderAndStatus(viewer: Viewer, districtCode?: string): Promise<ReferralStatisticsCell[]> {
    const params: unknown[] = [];
    const where = ['true', ...streetScope(viewer, 'r.street_code', districtCode, params)];
    const rows: Array<{ provider_id: string; status: string; referrals: number }> = await this.db.query(
      `
      SELECT r.provider_id, r.status, count(*)::int AS referrals FROM referral r
      WHERE ${where.join(' AND ')} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    return rows.map((r) => {
      const { suppressed, hide } = smallCell(viewer, r.referrals);
      return Object.assign(new ReferralStatisticsCell(), {
        providerId: r.provider_id,
        status: r.status,
        referrals: hide(r.referrals),
        suppressed,
      });
    });
  }
}
