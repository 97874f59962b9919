// Shared between globalSetup (which prepares one migrated, seeded template) and each test file
// (which clones it): on PostgreSQL a template database, on PGlite a dump served by a factory.
export const PGLITE_FACTORY_ENV = 'FOUR_LISTS_TEST_PGLITE_FACTORY';
export const PG_TEMPLATE_ENV = 'FOUR_LISTS_TEST_PG_TEMPLATE';

/** The date every test file's clock starts on; TEST_TODAY=YYYY-MM-DD runs the suite on another day.
 *  The suite never reads the system clock: a test that depends on the date sets its TestClock. */
export const TEST_TODAY = process.env.TEST_TODAY ?? '2026-11-20';

/** postgresql://u@h:p/db → the same server with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
