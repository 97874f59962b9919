// The dated 低保 standard table (seeds/data/dibao-standards.json, POLICY.md POL-PAR-1): pick the
// row in force on a date, so rules can speak in ratios and never in yuan.
import type { DibaoReference } from './eligibility-facts';

export interface DibaoStandardRow extends DibaoReference {
  effectiveFrom: string;
  verified: boolean;
  source: string | null;
}

/** The row with the latest effectiveFrom on or before asOf (ISO dates compare as strings); null before the first. */
export function standardInForce<T extends { effectiveFrom: string }>(rows: readonly T[], asOf: string): T | null {
  let best: T | null = null;
  for (const row of rows)
    if (row.effectiveFrom <= asOf && (best === null || row.effectiveFrom > best.effectiveFrom)) best = row;
  return best;
}
