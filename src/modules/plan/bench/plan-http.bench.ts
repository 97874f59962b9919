// npm run bench:plan:http [-- --requests 300 --concurrency 1 --street 310101002]
// generatePlan over real HTTP (issue 11: p95 ≤ 50 ms on the 100k demo database): the service is
// started in-process on an ephemeral port against DATABASE_URL (or an in-memory demo of 2,000
// households), and an ADMIN client asks for a plan for assessed households, one request at a time
// by default, selecting what an adviser's screen shows (items with reasons, alternatives, unmet
// needs). Prints p50/p95/p99 and plans/s with the machine's load. Each request writes a draft plan
// (re-planning supersedes the household's earlier draft), as an adviser's would.
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from '../../../cli/args';
import { loadConfig } from '../../../config';
import { openDatabase } from '../../../db/data-source';
import { systemClock } from '../../../common/clock';
import { createApp } from '../../../http/app';
import { createLogger } from '../../../http/logger';
import { signToken } from '../../../auth/token';
import { seedReferenceData } from '../../../../seeds';
import { Household } from '../../household/household.entity';
import { seedAssessedDemo } from './assessed-demo';

const GENERATE = `mutation GeneratePlan($householdId: ID!) {
  generatePlan(householdId: $householdId) {
    __typename
    ... on Plan {
      id version status
      items {
        id kind needCodes resourceCode tier eligibilityResult
        rationale { criterion value zh en }
        eligibility { result zh }
        alternatives { resourceCode reason decidedBy zh failedConditions { zh } }
        expectedBenefit { amount cap unit zh }
        resource { id code nameZh providerId }
        needs { id code status }
      }
      unmet { needCode zh candidates { resourceCode reason zh } }
    }
    ... on ErrorResult { errorCode message }
  }
}`;

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const requests = Number(args.get('requests')?.[0] ?? 300);
  const concurrency = Number(args.get('concurrency')?.[0] ?? 1);
  const street = args.get('street')?.[0];
  const base = loadConfig();
  const config = {
    ...base,
    migrateOnStart: true,
    security: { ...base.security, rateLimitPerIp: 0, rateLimitPerToken: 0 },
  };
  if (!config.databaseUrl) config.dataDir = 'memory://';
  const database = await openDatabase(config);
  const db = database.dataSource;
  await seedReferenceData(db);
  if (!config.databaseUrl) await seedAssessedDemo(db, 2000);
  let q = db
    .getRepository(Household)
    .createQueryBuilder('h')
    .select('h.id', 'id')
    .where(`h.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM assessment a WHERE a.household_id = h.id)`);
  if (street) q = q.andWhere('h.street_code = :street', { street });
  const ids: string[] = (await q.orderBy('h.id').limit(requests).getRawMany()).map((r) => r.id);
  if (!ids.length) throw new Error('no assessed households: run npm run assess -- --street <code> first');

  const { httpServer, apollo } = await createApp({
    db,
    logger: createLogger('silent'),
    jwtSecret: config.jwtSecret,
    exposeErrorDetails: false,
    security: config.security,
    clock: systemClock,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as { port: number };
  const token = signToken({ sub: 'bench-admin', role: 'ADMIN' }, config.jwtSecret);
  const call = async (householdId: string) => {
    const t0 = process.hrtime.bigint();
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: GENERATE, variables: { householdId } }),
    });
    const body = (await res.json()) as { data?: { generatePlan?: { __typename: string } }; errors?: unknown[] };
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (body.errors || body.data?.generatePlan?.__typename !== 'Plan')
      throw new Error(`generatePlan failed: ${JSON.stringify(body).slice(0, 300)}`);
    return ms;
  };
  for (const id of ids.slice(0, Math.min(20, ids.length))) await call(id); // warm-up: JIT, pools, caches
  const times: number[] = [];
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) times.push(await call(ids[next++ % ids.length]));
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(1);
  console.log(
    `generatePlan over HTTP: ${times.length} requests, concurrency ${concurrency}, ${ids.length} households ` +
      `(${config.databaseUrl ? 'PostgreSQL' : 'in-memory PGlite'}): p50 ${f(pct(times, 50))} ms, ` +
      `p95 ${f(pct(times, 95))} ms, p99 ${f(pct(times, 99))} ms, ${f(times.length / seconds)} plans/s`,
  );
  console.log(
    `target p95 ≤ 50 ms: ${pct(times, 95) <= 50 ? 'met' : 'NOT met'}; ` +
      `load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
  );
  await apollo.stop();
  await database.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
