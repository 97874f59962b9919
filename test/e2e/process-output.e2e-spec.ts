// What the service's own process writes (issue 17): every line of stdout and stderr is one JSON
// object — no banner, no library warning (pg's "client.query() when the client is already
// executing a query" deprecation among them), no migration chatter — and a DATABASE_URL naming a
// missing database is one error line saying how to create it, exit code 1, no stack, no password.
import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { Client } from 'pg';
import { AssessHouseholdDocument, CreateHouseholdDocument } from '../__generated__/graphql';
import { householdInput } from '../support/factories';
import { killAll, nonJsonLines, startService } from '../support/child-service';
import { tokenFor, TEST_SECRET } from '../support/test-api';
import { withDatabase } from '../support/test-env';

jest.setTimeout(180_000);

/** The PostgreSQL server of this run, or the local one CI starts; null when none answers. */
const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
async function serverUp(): Promise<boolean> {
  const client = new Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
async function admin(sql: string) {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const baseEnv = { NODE_ENV: 'production', JWT_SECRET: TEST_SECRET, PORT: '0', LOG_LEVEL: 'info' };

async function gql(url: string, document: unknown, variables: object) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFor({ role: 'ADMIN' })}` },
    body: JSON.stringify({ query: print(document as never), variables }),
  });
  return (await res.json()) as { data: any; errors?: unknown[] };
}

describe('service process output (e2e)', () => {
  const created: string[] = [];
  afterAll(async () => {
    killAll();
    for (const name of created) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('writes one JSON object per line from start to stop, through requests that run transactions', async () => {
    let env: NodeJS.ProcessEnv = { ...baseEnv, DATA_DIR: 'memory://' };
    if (process.env.DATABASE_URL) {
      const name = `fl_out_${randomBytes(4).toString('hex')}`;
      await admin(`CREATE DATABASE "${name}"`);
      created.push(name);
      env = { ...baseEnv, DATABASE_URL: withDatabase(process.env.DATABASE_URL, name) };
    }
    const service = startService(env);
    const url = await service.serving();
    const household = await gql(url, CreateHouseholdDocument, { input: householdInput({ address: '日志测试路1号' }) });
    const id = household.data.createHousehold.id;
    // An assessment reads the registry inside one transaction: the path that made pg warn.
    const assessed = await gql(url, AssessHouseholdDocument, { householdId: id });
    expect(assessed.errors).toBeUndefined();
    const refused = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFor({ role: 'ADMIN' })}` },
      body: JSON.stringify({ query: '{ noSuchField }' }),
    });
    expect(refused.status).toBe(400); // a refused document is logged too
    expect(await service.stop('SIGTERM')).toBe(0);

    const { stdout, stderr } = service.lines();
    expect(nonJsonLines(stdout)).toEqual([]);
    expect(nonJsonLines(stderr)).toEqual([]);
    const messages = stdout.map((line) => JSON.parse(line).msg);
    expect(messages).toEqual(expect.arrayContaining(['database ready, migrations applied', 'stopped cleanly']));
    expect(stdout.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
    // Node's own warnings are logged as JSON too (main.ts); none may come from the service's queries.
    expect(stdout.filter((line) => JSON.parse(line).warning)).toEqual([]);
    // nothing configured: no tracer registered, no span written
    expect(messages).not.toContain('tracing on: HTTP, GraphQL and SQL spans');
    expect(stdout.filter((line) => JSON.parse(line).span)).toEqual([]);
  });

  it('OTEL_TRACES_EXPORTER=console: one GraphQL request gives HTTP → GraphQL → SQL spans in one trace', async () => {
    const service = startService({ ...baseEnv, DATA_DIR: 'memory://', OTEL_TRACES_EXPORTER: 'console' });
    const url = await service.serving();
    const res = await fetch(`${url}?trace=me`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFor({ role: 'VIEWER' })}` },
      body: JSON.stringify({ query: 'query TraceDistricts { districts { code } }' }),
    });
    expect(((await res.json()) as any).data.districts).toHaveLength(16);
    expect(await service.stop('SIGTERM')).toBe(0);
    const { stdout, stderr } = service.lines();
    expect(nonJsonLines([...stdout, ...stderr])).toEqual([]);
    const spans = stdout.map((line) => JSON.parse(line).span).filter(Boolean);
    const operation = spans.find((s) => s.attributes['graphql.operation.name'] === 'TraceDistricts');
    expect(operation).toBeDefined();
    const server = spans.find((s) => s.spanId === operation.parentSpanId);
    expect(server).toMatchObject({ kind: 'SERVER', traceId: operation.traceId });
    expect(JSON.stringify(server.attributes)).not.toContain('trace=me'); // query strings never exported
    const sql = spans.filter((s) => s.parentSpanId === operation.spanId && s.kind === 'CLIENT');
    expect(sql.length).toBeGreaterThanOrEqual(1);
    expect(sql.map((s) => s.attributes['db.query.text']).join('\n')).toMatch(/FROM "district"/);
  });

  it('a DATABASE_URL naming a missing database: one error line saying how to create it, exit 1', async () => {
    if (!(await serverUp())) {
      // No PostgreSQL server here (an embedded-only machine): nothing to connect to.
      console.warn(`skipped: no PostgreSQL server answers at ${new URL(SERVER_URL).host}`);
      return;
    }
    const name = `fl_missing_${randomBytes(6).toString('hex')}`;
    const password = `pw-${randomBytes(8).toString('hex')}`;
    const server = new URL(SERVER_URL);
    server.password = password;
    server.pathname = `/${name}`;
    const service = startService({ ...baseEnv, DATABASE_URL: server.toString() });
    expect(await service.exited()).toBe(1);

    const { stdout, stderr } = service.lines();
    const all = [...stdout, ...stderr];
    expect(nonJsonLines(all)).toEqual([]);
    const errors = all.map((line) => JSON.parse(line)).filter((entry) => entry.level >= 50);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error.msg).toContain(`database "${name}" does not exist`);
    expect(error.msg).toContain(`createdb -h ${server.hostname} -p ${server.port || '5432'} -U ${server.username}`);
    expect(error.msg).toContain(`CREATE DATABASE "${name}"`);
    expect(error.code).toBe('3D000');
    expect(error.stack).toBeUndefined();
    expect(all.join('\n')).not.toMatch(/\n\s+at /); // no stack frames anywhere
    expect(all.join('\n')).not.toContain(password);
  });
});
