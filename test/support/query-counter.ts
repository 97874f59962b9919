// Counts SQL statements through TypeORM's logger, so tests can prove loaders batch (no N+1).
import type { Logger } from 'typeorm';

export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];
  reset() {
    this.count = 0;
    this.statements = [];
  }
  logQuery(query: string) {
    // Transaction bookkeeping is not data access.
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(query)) return;
    this.count++;
    this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}
