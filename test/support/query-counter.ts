// Counts SQL statements through TypeORM's logger, so tests can prove loaders batch (no N+1).
import type { Logger } from 'typeorm';

export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];
  audits: string[] = [];
  reset() {
    this.count = 0;
    this.statements = [];
    this.audits = [];
  }
  logQuery(query: string) {
    // Transaction bookkeeping is not data access.
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(query)) return;
    // Nor is the access audit, written once per request after it (test/security/audit.spec.ts counts it).
    if (/^INSERT INTO "access_audit"/.test(query)) {
      this.audits.push(query);
      return;
    }
    this.count++;
    this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}
