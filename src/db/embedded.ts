// The embedded default database: PGlite (PostgreSQL compiled to WASM) served over the PostgreSQL
// wire protocol by pglite-socket, so TypeORM's ordinary postgres driver talks to it unchanged.
// pglite-socket authenticates nobody (any user name, any password), so it must not listen where
// another local user can connect: it listens on a Unix socket inside a fresh folder that only this
// process's user may open (mkdtemp makes it 0700), never on a TCP port.
import fs from 'node:fs';
import os from 'node:os';
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
  /** postgresql://postgres@<percent-encoded socket folder>/postgres: pg reads the folder as its host. */
  url: string;
  /** The private folder holding the socket file `.s.PGSQL.5432`. */
  socketDir: string;
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
    const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'four-lists-db-'));
    fs.chmodSync(socketDir, 0o700); // mkdtemp already does; said again because everything rests on it
    const server = new PGLiteSocketServer({ db, path: path.join(socketDir, '.s.PGSQL.5432') });
    try {
      await server.start();
    } catch (error) {
      fs.rmSync(socketDir, { recursive: true, force: true });
      throw error;
    }
    return {
      url: `postgresql://postgres@${encodeURIComponent(socketDir)}/postgres`,
      socketDir,
      db,
      async stop() {
        await server.stop();
        await db.close();
        fs.rmSync(socketDir, { recursive: true, force: true });
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
