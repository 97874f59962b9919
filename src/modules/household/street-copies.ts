// Rows of later modules that copy their household's street code (referrals, outreach leads, cases: it
// scopes and indexes their lists and statistics). A move of street updates every copy inside the
// mover's transaction, from a HouseholdChanged handler of the module that owns the rows, through this
// one statement: the copy is updated from the household row as it now is.
import type { EntityManager } from 'typeorm';
import type { HouseholdChange } from './household.service';

export async function copyStreetOnMove(
  em: EntityManager,
  changes: readonly HouseholdChange[],
  table: string,
  /** Further assignments on the row alias `t`, their parameters numbered from $2. */
  also?: { set: string; parameters: unknown[] },
): Promise<void> {
  const moved = changes.filter((c) => c.streetChanged).map((c) => c.householdId);
  if (moved.length === 0) return;
  await em.query(
    `UPDATE ${table} t SET street_code = h.street_code${also ? `, ${also.set}` : ''}
      FROM household h WHERE h.id = t.household_id AND h.id = ANY($1::uuid[]) AND t.street_code <> h.street_code`,
    [moved, ...(also?.parameters ?? [])],
  );
}
