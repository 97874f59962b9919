// Prometheus metrics (prom-client) on GET /metrics: GraphQL requests and latency by operation and
// outcome, errors by code, the database pool and query time, plus Node's default process metrics.
// Access: with METRICS_TOKEN set, only `Authorization: Bearer <METRICS_TOKEN>`; unset, /metrics is
// open in development and test and off (404) in production — deny by default.
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import client from 'prom-client';
import type { DataSource } from 'typeorm';
import { onQuery } from '../db/query-hooks';

/** Client-chosen operation names are labels: at most this many distinct ones, then "other". */
const MAX_OPERATIONS = 200;

export interface Metrics {
  registry: client.Registry;
  observeOperation(operation: string | null, errorCodes: string[], seconds: number): void;
  handler: RequestHandler;
}

export function createMetrics(db: DataSource, access: { token: string | null; open: boolean }): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations answered, by operation name and outcome (success or error).',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const latency = new client.Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL operation latency, by operation name and outcome.',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new client.Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors sent, by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const queryTime = new client.Histogram({
    name: 'db_query_duration_seconds',
    help: 'SQL statement time from send to answer, by outcome (success or error), for every statement TypeORM runs.',
    labelNames: ['outcome'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  const pool = poolOf(db);
  new client.Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting requests).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      if (!pool) return;
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  onQuery(db, {
    start() {
      const end = queryTime.startTimer();
      return ({ success }) => end({ outcome: success ? 'success' : 'error' });
    },
  });

  const seen = new Set<string>();
  const label = (operation: string | null) => {
    if (!operation) return 'anonymous';
    if (seen.has(operation)) return operation;
    if (seen.size >= MAX_OPERATIONS) return 'other';
    seen.add(operation);
    return operation;
  };
  return {
    registry,
    observeOperation(operation, errorCodes, seconds) {
      const labels = { operation: label(operation), outcome: errorCodes.length ? 'error' : 'success' };
      requests.inc(labels);
      latency.observe(labels, seconds);
      for (const code of errorCodes) errors.inc({ code });
    },
    handler: async (req, res) => {
      if (!allowed(req.headers.authorization, access)) {
        res.status(access.token ? 401 : 404).json({ error: access.token ? 'metrics token required' : 'not found' });
        return;
      }
      res.setHeader('content-type', registry.contentType);
      res.send(await registry.metrics());
    },
  };
}

function allowed(authorization: string | undefined, access: { token: string | null; open: boolean }): boolean {
  if (!access.token) return access.open;
  const given = Buffer.from(authorization ?? '');
  const expected = Buffer.from(`Bearer ${access.token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** TypeORM's postgres driver keeps its pg Pool as driver.master. */
function poolOf(db: DataSource): PgPool | null {
  const master = (db.driver as unknown as { master?: PgPool }).master;
  return master && typeof master.totalCount === 'number' ? master : null;
}
