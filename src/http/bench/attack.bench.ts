// npm run bench:attack [-- --seconds 20 --attackers 4 --households 2000]
// Issue 13's attacks in a loop against the service in production configuration (limits on, rate
// limits off: the worst case, an attacker who stays under them or comes from many addresses),
// while one client measures a small query. Prints the small query's p50/p95 without and with the
// attack (the ratio to that floor), and the refusal time of the 1,000-alias query. Loopback only;
// every loop is bounded in time. Without DATABASE_URL an in-memory PGlite with a demo population.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { signToken } from '../../auth/token';
import { parseArgs } from '../../cli/args';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/data-source';
import { seedReferenceData } from '../../../seeds';
import { seedDemo } from '../../../seeds/demo.seed';
import { createApp } from '../app';
import { createLogger } from '../logger';
import { systemClock } from '../../common/clock';

const SECRET = 'bench-attack-secret-bench-attack-secret';

const ATTACKS: Record<string, { anonymous?: boolean; body: string }> = {
  'households ×1,000 aliases (81 KB)': {
    body: JSON.stringify({
      query: `{ ${Array.from(
        { length: 1000 },
        (_, i) => `a${i}: households { items { id members { name idNumber } } }`,
      ).join(' ')} }`,
    }),
  },
  'anonymous __schema ×100 (11 KB)': {
    anonymous: true,
    body: JSON.stringify({
      query: `{ ${Array.from({ length: 100 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`,
    }),
  },
  '__typename ×500': { body: JSON.stringify({ query: `{ ${'__typename '.repeat(500)} }` }) },
  'deep households': {
    body: JSON.stringify({
      query: `{ households { items { members { household { members { household { members { household {
        members { household { id } } } } } } } } } } }`,
    }),
  },
  'malformed JSON': { body: '{"query": "{ viewer { id } }", ' },
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1],
  };
};
const fmt = (s: ReturnType<typeof summary>) =>
  `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (n=${s.n})`;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const seconds = Number(args.get('seconds')?.[0] ?? 20);
  const attackers = Number(args.get('attackers')?.[0] ?? 4);
  const households = Number(args.get('households')?.[0] ?? 2000);
  const base = loadConfig({ ...process.env, NODE_ENV: 'production', JWT_SECRET: SECRET });
  const config = { ...base, migrateOnStart: true, dataDir: 'memory://' };
  const database = await openDatabase(config);
  const db = database.dataSource;
  await seedReferenceData(db);
  process.stderr.write(`seeding ${households} demo households…\n`);
  await seedDemo(db, households, () => undefined);
  const security = { ...base.security, rateLimitPerIp: 0, rateLimitPerToken: 0 };
  const { httpServer, apollo } = await createApp({
    db,
    logger: createLogger('silent'),
    jwtSecret: SECRET,
    exposeErrorDetails: false,
    clock: systemClock,
    security,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  const token = `Bearer ${signToken({ sub: 'bench', role: 'ADMIN' }, SECRET)}`;
  const send = async (body: string, anonymous = false) => {
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(anonymous ? {} : { authorization: token }) },
      body,
    });
    await res.arrayBuffer();
    return { ms: performance.now() - started, status: res.status };
  };
  const small = JSON.stringify({ query: '{ households(page: { take: 5 }) { items { id members { name } } } }' });
  const measure = async (until: number) => {
    const ms: number[] = [];
    while (performance.now() < until) {
      ms.push((await send(small)).ms);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return ms;
  };

  try {
    for (let i = 0; i < 20; i++) await send(small); // warm-up
    const quiet = summary(await measure(performance.now() + Math.min(10, seconds) * 1000));
    const alias = ATTACKS['households ×1,000 aliases (81 KB)'].body;
    const refusalMs: number[] = [];
    for (let i = 0; i < 200; i++) refusalMs.push((await send(alias)).ms);
    const refusal = summary(refusalMs);

    const statuses = new Map<string, Map<number, number>>();
    const stopAt = performance.now() + seconds * 1000;
    const names = Object.keys(ATTACKS);
    const loops = Array.from({ length: attackers }, async (_, a) => {
      for (let i = a; performance.now() < stopAt; i++) {
        const name = names[i % names.length];
        const { status } = await send(ATTACKS[name].body, ATTACKS[name].anonymous);
        const byStatus = statuses.get(name) ?? new Map<number, number>();
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        statuses.set(name, byStatus);
      }
    });
    const [underAttack] = await Promise.all([measure(stopAt), ...loops]);
    const attacked = summary(underAttack);
    const refusalUnderAttack = summary(
      await (async () => {
        const ms: number[] = [];
        const end = performance.now() + 3000;
        const noise = Array.from({ length: attackers }, async () => {
          while (performance.now() < end) await send(ATTACKS['anonymous __schema ×100 (11 KB)'].body, true);
        });
        while (performance.now() < end) ms.push((await send(alias)).ms);
        await Promise.all(noise);
        return ms;
      })(),
    );

    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    console.log(
      `bench:attack — ${database.embedded ? 'PGlite (embedded)' : 'PostgreSQL'}, ${households} demo households, ` +
        `${attackers} attackers × ${seconds} s, ${os.cpus().length} cores, load ${load}`,
    );
    for (const [name, byStatus] of statuses)
      console.log(`  attack ${name}: ${[...byStatus].map(([s, n]) => `${n}× ${s}`).join(', ')}`);
    console.log(`small query, quiet        : ${fmt(quiet)}`);
    console.log(
      `small query, under attack : ${fmt(attacked)}  ` +
        `(p95 ${(attacked.p95 / quiet.p95).toFixed(2)}× the quiet floor; target < 200 ms)`,
    );
    console.log(`1,000-alias refusal, quiet        : ${fmt(refusal)}  (target < 50 ms)`);
    console.log(`1,000-alias refusal, under attack : ${fmt(refusalUnderAttack)}`);
  } finally {
    await apollo.stop();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
