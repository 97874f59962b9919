// useTestDatabase(): a fresh database for this test file, cloned from the migrated, seeded
// template that globalSetup prepared. PGlite by default; PostgreSQL when DATABASE_URL is set.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { TestClock } from '../../src/common/clock';
import { createDataSource } from '../../src/db/data-source';
import { QueryCounter } from './query-counter';
import { PG_TEMPLATE_ENV, PGLITE_FACTORY_ENV, TEST_TODAY, withDatabase } from './test-env';

export interface TestDatabase {
  db: DataSource;
  queries: QueryCounter;
  url: string;
  embedded: boolean;
  /** This file's clock, shared by the services under test; starts on TEST_TODAY at noon, Shanghai time. */
  clock: TestClock;
}

export async function openTestDatabase(): Promise<TestDatabase & { close(): Promise<void> }> {
  const queries = new QueryCounter();
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = process.env[PG_TEMPLATE_ENV];
    if (!template) throw new Error('globalSetup did not prepare a template database');
    const name = `${template}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    await admin.end();
    const url = withDatabase(serverUrl, name);
    const db = createDataSource(url, { poolSize: 10, logger: queries });
    await db.initialize();
    return {
      db,
      queries,
      url,
      embedded: false,
      clock: new TestClock(TEST_TODAY),
      async close() {
        await db.destroy();
        const dropper = new Client({ connectionString: serverUrl });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  const factory = process.env[PGLITE_FACTORY_ENV];
  if (!factory) throw new Error('globalSetup did not start the PGlite factory');
  const { id, url } = (await (await fetch(`${factory}/databases`, { method: 'POST' })).json()) as {
    id: string;
    url: string;
  };
  const db = createDataSource(url, { poolSize: 1, logger: queries });
  await db.initialize();
  return {
    db,
    queries,
    url,
    embedded: true,
    clock: new TestClock(TEST_TODAY),
    async close() {
      await db.destroy();
      await fetch(`${factory}/databases/${id}`, { method: 'DELETE' });
    },
  };
}

/** Opens a fresh database before the file's tests and closes it after them. */
export function useTestDatabase(): TestDatabase {
  const handle = {} as TestDatabase & { close(): Promise<void> };
  beforeAll(async () => {
    Object.assign(handle, await openTestDatabase());
  });
  afterAll(async () => {
    await handle.close?.();
  });
  return handle;
}
