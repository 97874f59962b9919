// The one definition of "holds a category on a date" (POL-CIR-1, POL-CIR-3), read by scoring,
// eligibility facts, circles, the visit schedule and the household's currentCategories alike.
//
// Convention: `since` is the first day held; `until` is the first day NO LONGER held (the date the
// assistance ended, 终止日期). So a holding with until = 2026-06-01 is held on 2026-05-31 and not on
// 2026-06-01, and the household exits on 2026-06-01. Dates are ISO YYYY-MM-DD strings, which order
// as text; null since = held from an unknown start, null until = still held.

export interface DatedHolding<C extends string = string> {
  category: C;
  since: string | null;
  until: string | null;
}

/** Whether a holding is in force on `date`. */
export function heldOn(holding: Pick<DatedHolding, 'since' | 'until'>, date: string): boolean {
  return (holding.since === null || holding.since <= date) && (holding.until === null || date < holding.until);
}

/** The distinct categories held on `date`, in first-seen order. */
export function heldCategories<C extends string>(holdings: readonly DatedHolding<C>[], date: string): C[] {
  const held: C[] = [];
  for (const h of holdings) if (heldOn(h, date) && !held.includes(h.category)) held.push(h.category);
  return held;
}

/**
 * The day the household left its last category (the latest `until` on or before `date`), or null
 * while it still holds one or never held one. POL-CAD-9's exit follow-up counts from this day.
 */
export function categoryExitDate(holdings: readonly DatedHolding[], date: string): string | null {
  let exit: string | null = null;
  for (const h of holdings) {
    if (heldOn(h, date)) return null;
    if (h.until !== null && h.until <= date && (exit === null || h.until > exit)) exit = h.until;
  }
  return exit;
}

/**
 * The same test as heldOn, for SQL over a table with `since` and `until` date columns: `alias` is
 * the table alias (or '' for none), `dateExpr` a placeholder or expression of type date.
 */
export function heldOnSql(alias: string, dateExpr: string): string {
  const col = (name: string) => (alias ? `${alias}.${name}` : name);
  return (
    `((${col('since')} IS NULL OR ${col('since')} <= ${dateExpr}) AND (${col('until')} IS NULL OR ${dateExpr} ` +
    `< ${col('until')}))`
  );
}
