// PGlite cannot start inside Jest's module sandbox (it needs dynamic import, which Jest allows
// only with --experimental-vm-modules). So globalSetup, which runs outside the sandbox, serves
// this tiny factory: each test file asks it for its own fresh PGlite, cloned from the migrated and
// seeded dump, and gets back a PostgreSQL URL; the file stops it when done.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmbeddedDatabase, startEmbeddedDatabase } from '../../src/db/embedded';

export async function startPgliteFactory(dump: Buffer): Promise<{ url: string; stop(): Promise<void> }> {
  const databases = new Map<string, EmbeddedDatabase>();
  let next = 0;
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method === 'POST' && req.url === '/databases') {
        const id = String(++next);
        const db = await startEmbeddedDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]) });
        databases.set(id, db);
        res.end(JSON.stringify({ id, url: db.url }));
      } else if (req.method === 'DELETE' && req.url?.startsWith('/databases/')) {
        const id = req.url.slice('/databases/'.length);
        await databases.get(id)?.stop();
        databases.delete(id);
        res.end('{}');
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ error: String(error) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      for (const db of databases.values()) await db.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
