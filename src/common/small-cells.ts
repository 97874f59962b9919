// What every dashboard statistic shares: the street scope (a district, and an ADVISER's own streets)
// and small-cell protection, by which a VIEWER (aggregates only) never gets a count that singles a
// household out, directly or by differencing two queries. ADMIN and ADVISER see every count.
import { DomainError } from './domain-error';
import { isStreetScoped, Viewer } from './viewer';

export const MIN_CELL_FOR_VIEWER = 5;
/**
 * Suppression alone did not survive differencing: needStatistics() minus needStatistics(district)
 * recovered a suppressed cell exactly (398 − 395 = 3), and per-adviser visit counts of 1 were
 * shown. So a VIEWER gets every count rounded to the nearest multiple of this base (5–7 → 5,
 * 8–12 → 10 …) and no count under MIN_CELL_FOR_VIEWER at all. Every number a VIEWER sees is then
 * a multiple of 5, and so is any sum or difference of them: no combination of queries (a city
 * minus a district, one period minus another, one filter minus another) yields a count from 1 to
 * 4, and none gives back an exact count. The rounding is deterministic, so repeating a query
 * averages nothing away. ADMIN and ADVISER see exact counts.
 */
export const ROUNDING_BASE_FOR_VIEWER = 5;

/** A count as this viewer may see it: exact, or for a VIEWER null under 5 and otherwise rounded to base 5. */
export function publishedCount(viewer: Viewer, count: number): number | null {
  if (viewer.role !== 'VIEWER') return count;
  if (count < MIN_CELL_FOR_VIEWER) return null;
  return Math.round(count / ROUNDING_BASE_FOR_VIEWER) * ROUNDING_BASE_FOR_VIEWER;
}

/**
 * Whether a cell whose population is `size` (households, referrals, caseload) is withheld from this
 * viewer; `hide` publishes one of its counts: null when the cell is withheld, else publishedCount.
 */
export function smallCell(
  viewer: Viewer,
  size: number,
): { suppressed: boolean; hide: (count: number) => number | null } {
  const suppressed = viewer.role === 'VIEWER' && size < MIN_CELL_FOR_VIEWER;
  return { suppressed, hide: (count) => (suppressed ? null : publishedCount(viewer, count)) };
}

/**
 * SQL conditions on `column` (a street code) for a district filter (6 digits, else BAD_USER_INPUT)
 * and, for an ADVISER, its own streets. Their values are pushed onto `params` ($n placeholders).
 */
export function streetScope(
  viewer: Viewer,
  column: string,
  districtCode: string | undefined,
  params: unknown[],
): string[] {
  if (districtCode !== undefined && !/^\d{6}$/.test(districtCode))
    throw new DomainError('BAD_USER_INPUT', 'districtCode must be 6 digits');
  const where: string[] = [];
  if (districtCode) {
    params.push(`${districtCode}%`);
    where.push(`${column} LIKE $${params.length}`);
  }
  if (isStreetScoped(viewer)) {
    params.push(viewer.streetCodes);
    where.push(`${column} = ANY($${params.length})`);
  }
  return where;
}
