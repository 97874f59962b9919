// npm run bench:api [-- --duration 20 --connections 10 --only households,viewer --households 2000
//                     --log-level silent --http-only]
// Issue 19: six operations over real HTTP (autocannon, `connections` keep-alive connections, `duration`
// seconds each) against the service started in this process on an ephemeral port, then the same
// operations in-process (graphql `execute` on the built schema, a context built per request exactly
// as /graphql builds it, `connections` concurrent loops for the same time). Prints requests/s, p50,
// p95 and p99 per operation, the HTTP ÷ in-process ratio, the machine's load and cores.
// DATABASE_URL: an existing database (the 100k demo), read only apart from what serving writes (access
// audit rows; these operations read no audited field); migrations are not run. Without it an
// in-memory PGlite with a demo population of --households.
import 'reflect-metadata';
import http from 'node:http';
import { Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { execute, parse, validate, type DocumentNode } from 'graphql';
import pino from 'pino';
import { signToken, type TokenClaims } from '../../auth/token';
import { resolveViewer } from '../../auth/resolve-viewer';
import { parseArgs } from '../../cli/args';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/data-source';
import { systemClock } from '../../common/clock';
import type { Viewer } from '../../common/viewer';
import { contextFactory } from '../../graphql/context';
import { buildAppSchema } from '../../graphql/schema';
import { seedReferenceData } from '../../../seeds';
import { seedDemo } from '../../../seeds/demo.seed';
import { createApp } from '../app';
import { createLogger } from '../logger';
import { pickFixtures, type Fixtures } from './api-fixtures';

const SECRET = 'bench-api-secret-bench-api-secret-bench';

interface Operation {
  name: string;
  claims: TokenClaims;
  query: string;
  variables: Record<string, unknown>;
  /** Trivial operations have the 2× target, real ones 1.5× (issue 19). */
  trivial?: boolean;
}

function operations(f: Fixtures): Operation[] {
  const admin: TokenClaims = { sub: 'bench-admin', role: 'ADMIN' };
  return [
    {
      name: 'households page of 20 (all filters)',
      claims: admin,
      query: `query BenchHouseholds($filter: HouseholdFilter) {
        households(filter: $filter, first: 20) {
          edges { cursor node { id address neighbourhood status memberCount
            members { id name relation } street { code nameZh } categories { category since } } }
          pageInfo { hasNextPage endCursor } totalCount totalCountKind } }`,
      variables: { filter: f.householdFilter },
    },
    {
      name: `search "${f.searchText}" (part of a name)`,
      claims: admin,
      query: `query BenchSearch($text: String) {
        households(filter: { text: $text }, first: 20) {
          edges { node { id address members { name } street { nameZh } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { text: f.searchText },
    },
    {
      name: 'household + profile + needs + plan',
      claims: admin,
      query: `query BenchHousehold($id: ID!) {
        household(id: $id) { id address status members { id name relation }
          profile { asOf composite level circle { primary } deprivedDimensionCount
            dimensions { code contribution deprived } }
          needs { id code status openedAt source }
          plan { id status version items { id kind needCodes } unmet { needCode } } } }`,
      variables: { id: f.householdId },
    },
    {
      name: "adviser's due visits",
      claims: f.adviserClaims,
      query: `query BenchDue($adviserId: ID, $streetCode: String, $until: LocalDate!) {
        dueVisits(adviserId: $adviserId, streetCode: $streetCode, until: $until, first: 20) {
          edges { node { householdId nextDue lastVisitAt level household { id address } } }
          pageInfo { hasNextPage endCursor } } }`,
      variables: { adviserId: f.adviserId, streetCode: f.adviserId ? null : f.streetCode, until: f.until },
    },
    {
      name: "partner's inbox (referrals)",
      claims: { sub: 'bench-partner', role: 'PARTNER', providerId: f.providerId },
      query: `query BenchInbox {
        referrals(filter: { status: PENDING }, first: 20) {
          edges { node { id status urgency issuedAt answerDueAt needCodes resource { id code nameEn }
            subject { memberCount neighbourhood } } }
          pageInfo { hasNextPage endCursor } } }`,
      variables: {},
    },
    {
      name: '{ viewer { role } }',
      claims: admin,
      query: '{ viewer { role } }',
      variables: {},
      trivial: true,
    },
  ];
}

interface Figures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
function figures(latencies: number[], seconds: number, errors: number): Figures {
  const sorted = Float64Array.from(latencies).sort();
  const s = Array.from(sorted);
  return {
    requests: s.length,
    perSecond: s.length / seconds,
    p50: percentile(s, 0.5),
    p95: percentile(s, 0.95),
    p99: percentile(s, 0.99),
    errors,
  };
}

// autocannon in a worker thread, so that the load generator does not share the service's event loop.
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.autocannon);
const latencies = [];
let errors = 0;
const instance = autocannon(workerData.options, (err, result) => {
  if (err) parentPort.postMessage({ error: String(err) });
  else parentPort.postMessage({
    latencies, errors: errors + result.errors + result.timeouts, seconds: result.duration,
  });
});
instance.on('response', (_client, status, _bytes, ms) => { if (status === 200) latencies.push(ms); else errors++; });
`;

function overHttp(url: string, token: string, body: string, connections: number, duration: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER, {
      eval: true,
      workerData: {
        autocannon: require.resolve('autocannon'),
        options: {
          url,
          method: 'POST',
          connections,
          duration,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        },
      },
    });
    worker.once('message', (m: { error?: string; latencies: number[]; errors: number; seconds: number }) => {
      void worker.terminate();
      if (m.error) reject(new Error(m.error));
      else resolve(figures(m.latencies, m.seconds || duration, m.errors));
    });
    worker.once('error', reject);
  });
}

async function inProcess(
  run: () => Promise<{ errors?: readonly unknown[] }>,
  connections: number,
  duration: number,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const stopAt = started + duration * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < stopAt) {
        const t0 = performance.now();
        const result = await run();
        if (result.errors?.length) errors++;
        else latencies.push(performance.now() - t0);
      }
    }),
  );
  return figures(latencies, (performance.now() - started) / 1000, errors);
}

const ms = (v: number) => (Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(2) : v.toFixed(1));
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const duration = Number(args.get('duration')?.[0] ?? 20);
  const connections = Number(args.get('connections')?.[0] ?? 10);
  const only = args.get('only')?.[0]?.split(',');
  const httpOnly = args.has('http-only'); // for a CPU profile of the service alone (node --cpu-prof)
  const base = loadConfig({ ...process.env, NODE_ENV: 'production', JWT_SECRET: SECRET });
  const config = { ...base, migrateOnStart: !base.databaseUrl };
  if (!config.databaseUrl) config.dataDir = 'memory://';
  const database = await openDatabase(config);
  const db = database.dataSource;
  if (!config.databaseUrl) {
    await seedReferenceData(db);
    const n = Number(args.get('households')?.[0] ?? 2000);
    process.stderr.write(`seeding ${n} demo households in memory…\n`);
    await seedDemo(db, n, () => undefined);
  }
  const security = { ...base.security, rateLimitPerIp: 0, rateLimitPerToken: 0 };
  // Production logging (one JSON line per operation), written where it costs what it costs but is not read.
  const logLevel = args.get('log-level')?.[0] ?? 'info'; // `silent` to see what the log line costs
  const logger = createLogger(logLevel, pino.destination({ dest: '/dev/null', sync: false }));
  const { httpServer, apollo } = await createApp({
    db,
    logger,
    jwtSecret: SECRET,
    exposeErrorDetails: false,
    clock: systemClock,
    security,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  // The in-process side: its own schema (same build as the app's), one context per request.
  const schema = await buildAppSchema(db, { clock: systemClock });
  const context = contextFactory(db, systemClock);

  try {
    const fixtures = await pickFixtures(db, systemClock);
    const [{ n: households }] = await db.query(`SELECT count(*)::int AS n FROM household`);
    console.log(
      `bench:api — ${households} households (${config.databaseUrl ? 'PostgreSQL' : 'in-memory PGlite'}), ` +
        `${connections} connections, ${duration} s per operation and side; ${os.cpus().length} cores, load ${load()}`,
    );
    console.log(`fixtures: ${fixtures.describe}`);
    // The floor: a bare node:http server answering a fixed body under the same load generator, what
    // HTTP on this machine costs before express, authentication, Apollo or the schema do anything.
    const floorBody = JSON.stringify({ data: { viewer: { role: 'ADMIN' } } });
    const bare = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(floorBody));
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
    const floor = await overHttp(bareUrl, 'none', '{}', connections, Math.min(5, duration));
    bare.close();
    console.log(
      `floor (bare node:http, fixed answer): ${floor.perSecond.toFixed(0)}/s, ` +
        `p50/p95/p99 ${ms(floor.p50)} / ${ms(floor.p95)} / ${ms(floor.p99)} ms\n`,
    );
    const rows: string[][] = [];
    for (const op of operations(fixtures)) {
      if (only && !only.some((o) => op.name.includes(o))) continue;
      const token = signToken(op.claims, SECRET);
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      // One answer first: the operation must succeed, or its figures mean nothing.
      const check = (await (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        })
      ).json()) as { data?: unknown; errors?: unknown[] };
      if (check.errors) throw new Error(`${op.name}: ${JSON.stringify(check.errors)}`);
      const outcome = await resolveViewer(db, SECRET, security.tokenMaxLifetimeSeconds, `Bearer ${token}`);
      if ('refusal' in outcome) throw new Error(`${op.name}: ${outcome.refusal}`);
      const viewer: Viewer = outcome.viewer;
      const document: DocumentNode = parse(op.query);
      if (validate(schema, document).length) throw new Error(`${op.name}: invalid document`);
      let n = 0;
      const runInProcess = async () =>
        execute({
          schema,
          document,
          variableValues: op.variables,
          contextValue: await context({ req: Object.assign(Object.create(null), { id: `bench-${n++}`, viewer }) }),
        });
      await overHttp(url, token, body, connections, Math.min(2, duration)); // warm-up
      const http = await overHttp(url, token, body, connections, duration);
      const httpLoad = load();
      if (!httpOnly) await inProcess(runInProcess, connections, Math.min(2, duration));
      const local = httpOnly ? figures([], 1, 0) : await inProcess(runInProcess, connections, duration);
      const ratio = local.perSecond / http.perSecond;
      const target = op.trivial ? 2 : 1.5;
      rows.push([
        op.name,
        `${http.perSecond.toFixed(0)}/s`,
        `${ms(http.p50)} / ${ms(http.p95)} / ${ms(http.p99)}`,
        `${local.perSecond.toFixed(0)}/s`,
        `${ms(local.p50)} / ${ms(local.p95)} / ${ms(local.p99)}`,
        `${ratio.toFixed(2)}× (≤ ${target}×${ratio <= target ? '' : ' MISSED'})`,
        String(http.errors + local.errors),
        httpLoad,
      ]);
      console.log(rows[rows.length - 1].join(' | '));
    }
    const header = [
      'operation',
      'HTTP req/s',
      'HTTP p50/p95/p99 ms',
      'in-process req/s',
      'in-process p50/p95/p99 ms',
      'HTTP ÷ in-process',
      'errors',
      'load (1/5/15 min)',
    ];
    console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log(`\n${os.cpus().length} cores, load ${load()} at the end (ratio: in-process req/s ÷ HTTP req/s)`);
  } finally {
    await apollo.stop();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
