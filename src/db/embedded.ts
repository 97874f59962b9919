// The embedded default database: PGlite (PostgreSQL compiled to WASM) served over the PostgreSQL
// wire protocol by pglite-socket, so TypeORM's ordinary postgres driver talks to it unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';

// The contrib module ships CommonJS; require keeps this file CommonJS under module node16.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pgcrypto } = require('@electric-sql/pglite/contrib/pgcrypto') as typeof import(
  '@electric-sql/pglite/contrib/pgcrypto',
  { with: { 'resolution-mode': 'import' } }
);

export interface EmbeddedDatabase {
  url: string;
  db: PGlite;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** A folder, or 'memory://'. */
  dataDir: string;
  /** A tarball made by dumpDataDir(): start from it instead of an empty cluster (tests). */
  loadDataDir?: Blob;
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const inMemory = options.dataDir === 'memory://';
  if (!inMemory) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const unlock = inMemory ? () => undefined : lockDataDir(options.dataDir);
  try {
    const db = await PGlite.create({
      dataDir: inMemory ? undefined : options.dataDir,
      extensions: { pgcrypto },
      loadDataDir: options.loadDataDir,
    });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
    await server.start();
    return {
      url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
      db,
      async stop() {
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
