// Work in the caller's transaction when one is given, else in a new one. A service whose write another
// module composes into a larger one (a project's resource and fund, project/) takes the outer manager;
// the composer rolls the whole write back on an expected failure (all-or-nothing.ts).
import type { DataSource, EntityManager } from 'typeorm';

export function inTransaction<T>(
  db: DataSource,
  outer: EntityManager | undefined,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return outer ? work(outer) : db.transaction(work);
}
