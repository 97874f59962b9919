// Issue 13, failure 9: the embedded database was open to every local user (pglite-socket on an
// unauthenticated 127.0.0.1 port; psql -U anyone read names and ID numbers). It now listens on a
// Unix socket in a 0700 folder of the service's user, and on no TCP port.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

describe('embedded database reachability (security)', () => {
  let report: Record<string, unknown>;
  let after: { removed: boolean };

  beforeAll(() => {
    const root = path.resolve(__dirname, '../..');
    const out = execFileSync(
      process.execPath,
      [require.resolve('ts-node/dist/bin.js'), '--swc', 'test/security/support/embedded-probe.ts'],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    [report, after] = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
  }, 90_000);

  it('serves pg over a Unix socket in a folder only its user can open', () => {
    expect(report).toMatchObject({ mode: '700', ownedByMe: true, socketFiles: ['.s.PGSQL.5432'], pgConnects: true });
    expect(report.url).toMatch(/^postgresql:\/\/postgres@%2F/);
  });

  it('listens on no TCP port at all', () => {
    expect(report.listeningTcp).toBe(0);
  });

  it('refuses another local user', () => {
    // Where the test runs as root it tries as `nobody` (runuser); where it cannot try, the folder
    // mode above is the proof. A try that gets any answer must get EACCES.
    if (!/^[A-Z]+$/.test(String(report.otherUser))) return;
    expect(report.otherUser).toBe('EACCES');
  });

  it('removes the socket folder when it stops', () => {
    expect(after.removed).toBe(true);
  });
});
