import type { EntityManager } from 'typeorm';

/** Members of the household whose ID numbers the adviser has filed as near relatives (POL-INT-9). */
export async function filedNearRelatives(
  em: EntityManager,
  adviserId: string,
  householdId: string,
): Promise<Array<{ memberId: string; relation: string }>> {
  const rows: Array<{ member_id: string; relation: string }> = await em.query(
    `SELECT m.id AS member_id, f.relation FROM near_relative_filing f JOIN member m ON m.id_number = f.id_number
      WHERE f.adviser_id = $1 AND m.household_id = $2 ORDER BY m.id`,
    [adviserId, householdId],
  );
  return rows.map((r) => ({ memberId: r.member_id, relation: r.relation }));
}

/** Which of these advisers have filed a member of the household as a near relative: one query for a whole list. */
export async function advisersWithFiledRelatives(
  em: EntityManager,
  adviserIds: string[],
  householdId: string,
): Promise<Set<string>> {
  if (adviserIds.length === 0) return new Set();
  const rows: Array<{ adviser_id: string }> = await em.query(
    `SELECT DISTINCT f.adviser_id FROM near_relative_filing f JOIN member m ON m.id_number = f.id_number
      WHERE f.adviser_id = ANY($1::uuid[]) AND m.household_id = $2`,
    [adviserIds, householdId],
  );
  return new Set(rows.map((r) => r.adviser_id));
}

/**
 * POL-INT-9 for the people acting on a case: which of these roster ids filed a member of the household
 * as a near relative, with the filing (the first by id) that says so. One query for all of them.
 */
export async function conflictingFilings(
  em: EntityManager,
  adviserIds: readonly string[],
  householdId: string,
): Promise<Map<string, string>> {
  if (adviserIds.length === 0) return new Map();
  const rows: Array<{ adviser_id: string; filing_id: string }> = await em.query(
    `SELECT DISTINCT ON (f.adviser_id) f.adviser_id, f.id AS filing_id
       FROM near_relative_filing f JOIN member m ON m.id_number = f.id_number
      WHERE f.adviser_id = ANY($1::uuid[]) AND m.household_id = $2 ORDER BY f.adviser_id, f.id`,
    [[...adviserIds], householdId],
  );
  return new Map(rows.map((r) => [r.adviser_id, r.filing_id]));
}
