import 'reflect-metadata';
import { Client } from 'pg';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedDatabase } from '../../src/db/embedded';
import { seedReferenceData } from '../../seeds';
import { startPgliteFactory } from './pglite-factory';
import { PG_TEMPLATE_ENV, PGLITE_FACTORY_ENV, withDatabase } from './test-env';

async function migrateAndSeed(url: string, poolSize: number) {
  const db = createDataSource(url, { poolSize });
  await db.initialize();
  await db.runMigrations();
  await seedReferenceData(db);
  await db.destroy();
}

export default async function globalSetup() {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = `${new URL(serverUrl).pathname.slice(1) || 'four_lists'}_tpl_${process.pid}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
    await admin.query(`CREATE DATABASE "${template}"`);
    await admin.end();
    await migrateAndSeed(withDatabase(serverUrl, template), 4);
    process.env[PG_TEMPLATE_ENV] = template;
    return;
  }
  const embedded = await startEmbeddedDatabase({ dataDir: 'memory://' });
  await migrateAndSeed(embedded.url, 1);
  const dump = Buffer.from(await (await embedded.db.dumpDataDir('none')).arrayBuffer());
  await embedded.stop();
  const factory = await startPgliteFactory(dump);
  (globalThis as { pgliteFactory?: typeof factory }).pgliteFactory = factory; // read by globalTeardown
  process.env[PGLITE_FACTORY_ENV] = factory.url;
}
