// What every dashboard statistic shares: the street scope (a district, and an ADVISER's own streets)
// and small-cell suppression, by which a VIEWER (aggregates only) never gets the counts of a cell
// small enough to single a household out. ADMIN and ADVISER see every count.
import { DomainError } from './domain-error';
import { Viewer } from './viewer';

export const MIN_CELL_FOR_VIEWER = 5;

/** Whether a cell of `size` (households, referrals, caseload) is withheld from this viewer; `hide` nulls a count when it is. */
export function smallCell(viewer: Viewer, size: number): { suppressed: boolean; hide: <T>(value: T) => T | null } {
  const suppressed = viewer.role === 'VIEWER' && size < MIN_CELL_FOR_VIEWER;
  return { suppressed, hide: (value) => (suppressed ? null : value) };
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
  if (viewer.role === 'ADVISER') {
    params.push(viewer.streetCodes);
    where.push(`${column} = ANY($${params.length})`);
  }
  return where;
}
