// Batch progress on /metrics (issue 17), read from batch_run at scrape time, so batches in CLI
// processes show up too. One statement per scrape (two index lookups per kind), its answer kept for
// CACHE_MS by the clock; every gauge of one scrape shares it. For the latest run of each kind:
//   fourlists_batch_items{kind,state="total|done|failed"}      items (total only when known)
//   fourlists_batch_status{kind,status="RUNNING|SUCCEEDED|FAILED"}   1 for its status, 0 otherwise
//   fourlists_batch_running{kind}        1 while RUNNING with a heartbeat newer than STALE_AFTER_MS
//   fourlists_batch_stale{kind}          1 when RUNNING but silent longer (its process died)
//   fourlists_batch_started_timestamp_seconds{kind}, fourlists_batch_heartbeat_timestamp_seconds{kind}
// and fourlists_batch_last_success_timestamp_seconds{kind} (latest SUCCEEDED run's end). A kind that
// never ran has running 0, stale 0 and no other series. fourlists_batch_scrape_ok is 0 when the
// table could not be read within QUERY_TIMEOUT_MS (the previous answer is served, the scrape works).
import client from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { BATCH_KINDS, BATCH_STATUSES, BatchKind, BatchStatus } from './batch-run.entity';

export const CACHE_MS = 1000;
export const STALE_AFTER_MS = 15 * 60_000;
const QUERY_TIMEOUT_MS = 2000;

interface KindRow {
  kind: BatchKind;
  status: BatchStatus | null;
  started_at: Date | null;
  heartbeat_at: Date | null;
  total: number | null;
  done: number | null;
  failed: number | null;
  last_success: Date | null;
}

const LATEST_PER_KIND = `SELECT k."kind", r."status", r."started_at", r."heartbeat_at", r."total", r."done", r."failed",
    s."finished_at" AS "last_success"
  FROM unnest($1::text[]) AS k("kind")
  LEFT JOIN LATERAL (SELECT b."status", b."started_at", b."heartbeat_at", b."total", b."done", b."failed"
    FROM "batch_run" b
    WHERE b."kind" = k."kind" ORDER BY b."started_at" DESC, b."id" DESC LIMIT 1) r ON true
  LEFT JOIN LATERAL (SELECT b."finished_at" FROM "batch_run" b
    WHERE b."kind" = k."kind" AND b."status" = 'SUCCEEDED' ORDER BY b."finished_at" DESC LIMIT 1) s ON true`;

const seconds = (at: Date) => at.getTime() / 1000;

/**
 * The scrape's own statement goes to the pg pool under TypeORM (driver.master), not through TypeORM:
 * watching must not change what is watched (db_query_duration_seconds, a trace span per scrape).
 * A data source without one (a stand-in) is asked through TypeORM.
 */
async function select(db: DataSource, sql: string, parameters: unknown[]): Promise<unknown[]> {
  const pool = (db.driver as unknown as { master?: Partial<PgPool> }).master;
  if (typeof pool?.connect !== 'function') return db.query(sql, parameters);
  const client = await (pool as PgPool).connect();
  try {
    const { rows } = await client.query(sql, parameters);
    client.release();
    return rows;
  } catch (error) {
    // An error the server answered leaves the connection usable (pool.query would close it, and the
    // embedded database serves one connection); anything else closes it.
    client.release((error as { severity?: string }).severity ? undefined : (error as Error));
    throw error;
  }
}

interface PgPool {
  connect(): Promise<{
    query(sql: string, values: unknown[]): Promise<{ rows: unknown[] }>;
    release(error?: Error): void;
  }>;
}

export function registerBatchMetrics(registry: client.Registry, db: DataSource, clock: Clock): void {
  let cached: { at: number; rows: KindRow[]; ok: boolean } | null = null;
  let inFlight: Promise<{ rows: KindRow[]; ok: boolean }> | null = null;

  const read = async (): Promise<{ rows: KindRow[]; ok: boolean }> => {
    const now = clock.now().getTime();
    if (cached && now - cached.at < CACHE_MS && now >= cached.at) return cached;
    if (inFlight) return inFlight;
    inFlight = query()
      .then(
        (rows) => (cached = { at: now, rows, ok: true }),
        () => ({ rows: cached?.rows ?? [], ok: false }),
      )
      .finally(() => (inFlight = null));
    return inFlight;
  };
  const query = async (): Promise<KindRow[]> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('batch_run read timed out')), QUERY_TIMEOUT_MS);
      timer.unref();
    });
    try {
      return (await Promise.race([select(db, LATEST_PER_KIND, [BATCH_KINDS]), timeout])) as KindRow[];
    } finally {
      clearTimeout(timer);
    }
  };
  /** A gauge whose values come from the latest answer, one setter per kind row. */
  const gauge = (name: string, help: string, labelNames: string[], set: (g: client.Gauge, row: KindRow) => void) =>
    new client.Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        const { rows } = await read();
        this.reset();
        for (const row of rows) set(this, row);
      },
    });

  gauge(
    'fourlists_batch_items',
    'Items of the latest batch run per kind: total (when known), done and failed so far.',
    ['kind', 'state'],
    (g, row) => {
      if (!row.status) return;
      if (row.total !== null) g.set({ kind: row.kind, state: 'total' }, row.total);
      g.set({ kind: row.kind, state: 'done' }, row.done ?? 0);
      g.set({ kind: row.kind, state: 'failed' }, row.failed ?? 0);
    },
  );
  gauge(
    'fourlists_batch_status',
    'Status of the latest batch run per kind: 1 for its status (RUNNING, SUCCEEDED, FAILED), 0 for the others.',
    ['kind', 'status'],
    (g, row) => {
      if (!row.status) return;
      for (const status of BATCH_STATUSES) g.set({ kind: row.kind, status }, row.status === status ? 1 : 0);
    },
  );
  const stale = (row: KindRow) =>
    row.status === 'RUNNING' && clock.now().getTime() - row.heartbeat_at!.getTime() > STALE_AFTER_MS;
  gauge(
    'fourlists_batch_running',
    'Whether a batch run of this kind is under way (RUNNING, with a recent heartbeat).',
    ['kind'],
    (g, row) => g.set({ kind: row.kind }, row.status === 'RUNNING' && !stale(row) ? 1 : 0),
  );
  gauge(
    'fourlists_batch_stale',
    `Whether the latest batch run of this kind is RUNNING but silent for over ${STALE_AFTER_MS / 60_000} minutes ` +
      `(its process died).`,
    ['kind'],
    (g, row) => g.set({ kind: row.kind }, stale(row) ? 1 : 0),
  );
  gauge(
    'fourlists_batch_started_timestamp_seconds',
    'When the latest batch run of this kind started (Unix seconds).',
    ['kind'],
    (g, row) => row.started_at && g.set({ kind: row.kind }, seconds(row.started_at)),
  );
  gauge(
    'fourlists_batch_heartbeat_timestamp_seconds',
    'Last progress write of the latest batch run of this kind (Unix seconds).',
    ['kind'],
    (g, row) => row.heartbeat_at && g.set({ kind: row.kind }, seconds(row.heartbeat_at)),
  );
  gauge(
    'fourlists_batch_last_success_timestamp_seconds',
    'When the latest successful batch run of this kind finished (Unix seconds).',
    ['kind'],
    (g, row) => row.last_success && g.set({ kind: row.kind }, seconds(row.last_success)),
  );
  new client.Gauge({
    name: 'fourlists_batch_scrape_ok',
    help: 'Whether the batch_run table was read for this scrape (0: the previous answer is shown).',
    registers: [registry],
    async collect() {
      this.set((await read()).ok ? 1 : 0);
    },
  });
}
