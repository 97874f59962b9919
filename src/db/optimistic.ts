// Optimistic concurrency checked where it cannot race: in the UPDATE itself. Comparing a version
// read earlier with the expected one lets concurrent writers that read the same version all pass
// (20 concurrent updates with one version: 10 succeeded). Here one UPDATE carries the version in
// its WHERE: the first writer takes the row lock; the others wait for it, then PostgreSQL
// re-evaluates their WHERE on the committed row, finds the version moved and matches nothing.
// On the embedded database (one connection) writers run one after another, to the same effect.
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Claims the row for the caller's transaction if it is still at `expected` (true), or reports
 * that it is not (false). It changes nothing itself (`SET version = version`): the caller's save
 * bumps the version as every write does.
 */
export async function claimVersion<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expected: number,
): Promise<boolean> {
  const { tablePath } = em.connection.getMetadata(entity);
  const [rows] = await em.query(
    `UPDATE "${tablePath}" SET version = version WHERE id = $1 AND version = $2 RETURNING id`,
    [id, expected],
  );
  return rows.length === 1;
}
