// Runs work in one transaction; when it returns an expected-failure result after writing, the
// transaction is rolled back and the result returned, so a rejected write leaves nothing behind.
import type { DataSource, EntityManager } from 'typeorm';

class Rollback<R> extends Error {
  constructor(readonly result: R) { super('rollback'); }
}

export async function allOrNothing<T, R>(db: DataSource, work: (em: EntityManager, reject: (result: R) => never) => Promise<T>): Promise<T | R> {
  try {
    return await db.transaction((em) => work(em, (result) => { throw new Rollback(result); }));
  } catch (error) {
    if (error instanceof Rollback) return error.result as R;
    throw error;
  }
}
