// Referral counts by provider and status for dashboards. ADMIN sees all, ADVISER its streets,
// VIEWER aggregates only, with cells under MIN_CELL_FOR_VIEWER suppressed (as hardshipStatistics).
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { Viewer } from '../../common/viewer';
import { MIN_CELL_FOR_VIEWER } from '../assessment/statistics.service';
import { ReferralStatisticsCell } from './referral.types';

export class ReferralStatisticsService {
  constructor(private readonly db: DataSource) {}

  async byProviderAndStatus(viewer: Viewer, districtCode?: string): Promise<ReferralStatisticsCell[]> {
    if (districtCode !== undefined && !/^\d{6}$/.test(districtCode)) throw new DomainError('BAD_USER_INPUT', 'districtCode must be 6 digits');
    const params: unknown[] = [];
    const where = ['true'];
    if (districtCode) { params.push(`${districtCode}%`); where.push(`r.street_code LIKE $${params.length}`); }
    if (viewer.role === 'ADVISER') { params.push(viewer.streetCodes); where.push(`r.street_code = ANY($${params.length})`); }
    const rows: Array<{ provider_id: string; status: string; referrals: number }> = await this.db.query(`
      SELECT r.provider_id, r.status, count(*)::int AS referrals FROM referral r
      WHERE ${where.join(' AND ')} GROUP BY 1, 2 ORDER BY 1, 2`, params);
    return rows.map((r) => {
      const suppressed = viewer.role === 'VIEWER' && r.referrals < MIN_CELL_FOR_VIEWER;
      return Object.assign(new ReferralStatisticsCell(), { providerId: r.provider_id, status: r.status, referrals: suppressed ? null : r.referrals, suppressed });
    });
  }
}
