import { Client } from 'pg';
import { PG_TEMPLATE_ENV } from './test-env';

export default async function globalTeardown() {
  await (globalThis as { pgliteFactory?: { stop(): Promise<void> } }).pgliteFactory?.stop();
  const template = process.env[PG_TEMPLATE_ENV];
  if (template && process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
    await admin.end();
  }
}
