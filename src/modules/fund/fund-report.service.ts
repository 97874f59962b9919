// Fund use (资金使用): by source and purpose for dashboards (small cells withheld from a VIEWER), and
// the monthly report of business and fund use (POL-FND-2, POL-FND-3) as a table the export route
// writes as xlsx or CSV: one row per fund and purpose, the month's PAID payments (those entered
// afterwards, POL-FND-7, counted apart), what waits for approval and the fund's balance now.
import type { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { smallCell, streetScope } from '../../common/small-cells';
import { isStreetScoped, type Viewer } from '../../common/viewer';
import type { FundPurpose, FundSource } from './fund.enums';
import { FundUseCell } from './fund.types';

/** A month as YYYY-MM → its first day and the first day of the next, or BAD_USER_INPUT. */
export function monthRange(month: string, field = 'month'): { from: string; to: string } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m)
    throw new DomainError('BAD_USER_INPUT', `${field} must be YYYY-MM`, [
      { field, reason: 'INVALID_FORMAT', message: 'must be YYYY-MM, e.g. 2026-11' },
    ]);
  const [y, mo] = [Number(m[1]), Number(m[2])];
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

export interface ReportTable {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

export class FundReportService {
  constructor(private readonly db: DataSource) {}

  /** PAID payments of the month by the fund's source and the payment's purpose. */
  async useBySourceAndPurpose(viewer: Viewer, month: string, districtCode?: string): Promise<FundUseCell[]> {
    const { from, to } = monthRange(month);
    const params: unknown[] = [from, to];
    const where = streetScope(viewer, 'h.street_code', districtCode, params);
    const rows: Array<{
      source: FundSource;
      purpose: FundPurpose;
      payments: number;
      households: number;
      amount: string;
    }> = await this.db.query(
      `SELECT f.source, p.purpose, count(*)::int AS payments, count(DISTINCT p.household_id)::int AS households,
                sum(p.amount)::text AS amount
           FROM fund_payment p JOIN fund f ON f.id = p.fund_id JOIN household h ON h.id = p.household_id
          WHERE p.status = 'PAID' AND p.paid_on >= $1::date AND p.paid_on < $2::date
            ${where.map((w) => `AND ${w}`).join(' ')}
          GROUP BY f.source, p.purpose ORDER BY f.source, p.purpose`,
      params,
    );
    return rows.map((r) => {
      const cell = smallCell(viewer, r.households);
      return Object.assign(new FundUseCell(), {
        source: r.source,
        purpose: r.purpose,
        payments: cell.hide(r.payments),
        households: cell.hide(r.households),
        amount: cell.suppressed ? null : viewer.role === 'VIEWER' ? Math.round(Number(r.amount)) : Number(r.amount),
        suppressed: cell.suppressed,
      });
    });
  }

  /** 月度业务和资金使用报告: ADMIN every fund (or a district's), ADVISER and SUPERVISOR their streets' funds. */
  async monthlyReport(viewer: Viewer, month: string, districtCode?: string): Promise<ReportTable> {
    if (viewer.role !== 'ADMIN' && !isStreetScoped(viewer))
      throw new DomainError('FORBIDDEN', 'The fund report is for ADMIN, ADVISER and SUPERVISOR only');
    const { from, to } = monthRange(month);
    const params: unknown[] = [from, to];
    const scope: string[] = [];
    if (districtCode !== undefined) {
      if (!/^\d{6}$/.test(districtCode)) throw new DomainError('BAD_USER_INPUT', 'districtCode must be 6 digits');
      params.push(districtCode);
      scope.push(`f.district_code = $${params.length}`);
    }
    if (viewer.role !== 'ADMIN') {
      params.push(viewer.streetCodes);
      const streets = `$${params.length}`;
      scope.push(
        `((f.level = 'STREET' AND f.street_code = ANY(${streets}))` +
          ` OR (f.level = 'DISTRICT' AND f.district_code IN (SELECT left(s, 6) FROM unnest(${streets}::text[]) s)))`,
      );
    }
    const paidInMonth = `p.status = 'PAID' AND p.paid_on >= $1::date AND p.paid_on < $2::date`;
    const rows: Array<Record<string, string | number | null>> = await this.db.query(
      `SELECT f.code, f.name_zh, f.level, f.district_code, f.street_code, f.source, u.purpose,
              count(p.id) FILTER (WHERE ${paidInMonth})::int AS paid_n,
              count(DISTINCT p.household_id) FILTER (WHERE ${paidInMonth})::int AS households,
              coalesce(sum(p.amount) FILTER (WHERE ${paidInMonth}), 0)::text AS paid,
              count(p.id) FILTER (WHERE ${paidInMonth} AND p.entered_afterwards)::int AS offline_n,
              coalesce(sum(p.amount) FILTER (WHERE ${paidInMonth} AND p.entered_afterwards), 0)::text AS offline,
              coalesce(sum(p.amount) FILTER (WHERE p.status = 'PENDING_APPROVAL'), 0)::text AS pending,
              f.balance::text AS balance
         FROM fund f CROSS JOIN LATERAL unnest(f.purposes) AS u(purpose)
         LEFT JOIN fund_payment p ON p.fund_id = f.id AND p.purpose = u.purpose
        ${scope.length ? `WHERE ${scope.join(' AND ')}` : ''}
        GROUP BY f.id, u.purpose ORDER BY f.district_code, f.code, u.purpose`,
      params,
    );
    return {
      name: `资金使用月报 ${month}`,
      header: [
        '资金编码 fund code',
        '资金名称 fund',
        '层级 level',
        '区代码 district',
        '街镇代码 street',
        '资金来源 source',
        '用途 purpose',
        '发放笔数 payments',
        '发放户数 households',
        '发放金额(元) paid (yuan)',
        '事后补录笔数 entered afterwards',
        '事后补录金额(元) entered afterwards (yuan)',
        '待审批金额(元) awaiting approval (yuan)',
        '可用余额(元) available now (yuan)',
      ],
      rows: rows.map((r) => [
        r.code,
        r.name_zh,
        r.level,
        r.district_code,
        r.street_code,
        r.source,
        r.purpose,
        r.paid_n,
        r.households,
        Number(r.paid),
        r.offline_n,
        Number(r.offline),
        Number(r.pending),
        Number(r.balance),
      ]),
    };
  }
}
