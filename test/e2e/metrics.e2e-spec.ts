// GET /metrics over real HTTP (issue 17): operations by name and outcome, errors by code, the
// database pool and query time; and who may read it (METRICS_TOKEN).
import request from 'supertest';
import { tokenFor, useTestApi } from '../support/test-api';

const api = useTestApi();
const admin = `Bearer ${tokenFor({ role: 'ADMIN' })}`;
const post = (body: object) =>
  request(api.server).post('/graphql').set('content-type', 'application/json').set('authorization', admin).send(body);

/** The value of one sample line, e.g. metric('graphql_requests_total{operation="Ping",outcome="success"}'). */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('GET /metrics', () => {
  it('counts each operation by name and outcome, errors by code, and reports the pool and SQL time', async () => {
    expect((await post({ query: 'query MetricsPing { __typename }', operationName: 'MetricsPing' })).status).toBe(200);
    expect((await post({ query: 'query MetricsPing { __typename }', operationName: 'MetricsPing' })).status).toBe(200);
    // a field that does not exist: refused at validation, one error
    await post({ query: 'query MetricsBad { noSuchField }', operationName: 'MetricsBad' });
    await request(api.server).get('/readyz').expect(200); // one SQL statement through the pool

    const res = await request(api.server).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(sample(res.text, 'graphql_requests_total{operation="MetricsPing",outcome="success"}')).toBe(2);
    expect(sample(res.text, 'graphql_requests_total{operation="MetricsBad",outcome="error"}')).toBe(1);
    expect(sample(res.text, 'graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(sample(res.text, 'graphql_request_duration_seconds_count{operation="MetricsPing",outcome="success"}')).toBe(
      2,
    );
    expect(sample(res.text, 'db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    // every statement TypeORM ran is timed (the hook is TypeORM's, so PGlite and PostgreSQL alike)
    const before = sample(res.text, 'db_query_duration_seconds_count{outcome="success"}')!;
    expect(before).toBeGreaterThanOrEqual(1);
    await api.db.query('SELECT 1');
    await api.db.query('SELECT no_such_column FROM district').catch(() => undefined);
    const after = (await request(api.server).get('/metrics').expect(200)).text;
    expect(sample(after, 'db_query_duration_seconds_count{outcome="success"}')).toBe(before + 1);
    expect(sample(after, 'db_query_duration_seconds_count{outcome="error"}')).toBe(1);
    expect(res.text).toMatch(/^process_cpu_user_seconds_total /m);
  });
});
