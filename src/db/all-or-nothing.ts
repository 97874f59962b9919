// The one write-transaction mechanism: runs work in one transaction; when it returns an expected
// failure (an ErrorResult union member), the transaction is rolled back and the result returned,
// so a rejected write leaves nothing behind even when it had already written something.
// HouseholdService.write builds on this; services with nested writes (a service record) use it directly.
import type { DataSource, EntityManager } from 'typeorm';

/** An expected failure by the results convention (README "Errors"): an object with an errorCode. */
const isExpectedFailure = (result: unknown): boolean =>
  typeof result === 'object' && result !== null && typeof (result as { errorCode?: unknown }).errorCode === 'string';

class Rollback extends Error {
  constructor(readonly result: unknown) {
    super('rollback');
  }
}

export async function allOrNothing<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(async (em) => {
      const result = await work(em);
      if (isExpectedFailure(result)) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as T;
    throw error;
  }
}
