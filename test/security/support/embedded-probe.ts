// Run as its own process by embedded-socket.spec.ts (PGlite cannot start inside Jest's sandbox):
// starts the embedded database as the service does and reports, as one JSON line, how it can be
// reached: the socket folder's mode and owner, this process's listening TCP sockets, whether pg
// connects, and whether another local user (nobody) can open the socket.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../../../src/db/embedded';

function ownListeningTcpSockets(): number {
  const inodes = new Set(
    fs
      .readdirSync('/proc/self/fd')
      .map((fd) => {
        try {
          return /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/self/fd/${fd}`))?.[1];
        } catch {
          return undefined;
        }
      })
      .filter((inode): inode is string => !!inode),
  );
  let listening = 0;
  for (const table of ['/proc/self/net/tcp', '/proc/self/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] === '0A' && inodes.has(cols[9])) listening++;
    }
  }
  return listening;
}

function otherUserCanConnect(socketPath: string): string {
  if (process.getuid?.() !== 0) return 'not root: cannot try as another user';
  const script =
    `require('net').connect(${JSON.stringify(socketPath)}).on('connect', () => { console.log('CONNECTED'); ` +
    `process.exit(0) }).on('error', (e) => { console.log(e.code); process.exit(0) })`;
  const run = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, '-e', script], { encoding: 'utf8' });
  return run.error ? `runuser unavailable: ${run.error.message}` : run.stdout.trim();
}

void (async () => {
  const db = await startEmbeddedDatabase({ dataDir: 'memory://' });
  try {
    const stat = fs.statSync(db.socketDir);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const [{ ok }] = (await client.query('SELECT 1 AS ok')).rows;
    await client.end();
    const report = {
      url: db.url,
      socketDir: db.socketDir,
      mode: (stat.mode & 0o777).toString(8),
      ownedByMe: stat.uid === process.getuid?.(),
      socketFiles: fs.readdirSync(db.socketDir).map((f) => path.basename(f)),
      listeningTcp: ownListeningTcpSockets(),
      pgConnects: ok === 1,
      otherUser: otherUserCanConnect(path.join(db.socketDir, '.s.PGSQL.5432')),
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await db.stop();
  }
  process.stdout.write(`${JSON.stringify({ removed: !fs.existsSync(db.socketDir) })}\n`);
})();
