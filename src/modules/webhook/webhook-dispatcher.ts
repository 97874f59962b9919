// Delivery: claims due deliveries, POSTs each signed notice, logs the attempt, and schedules a
// retry with exponential backoff (1, 2, 4 … minutes, capped) until DEAD. A claim is one UPDATE over
// rows picked FOR UPDATE SKIP LOCKED, moving next_attempt_at past the attempt's time: two service
// instances on PostgreSQL never take the same row, and a row whose instance died is taken again
// after that lease. The HTTP call is made outside any transaction. Logs carry ids, status and
// timing only: never the secret, the URL's query or the payload.
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { backoffMinutes, type WebhookConfig } from './webhook-policy';
import {
  ATTEMPT_HEADER,
  EVENT_ID_HEADER,
  EVENT_TYPE_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
} from './webhook-signature';

interface Claimed {
  id: string;
  event_id: string;
  attempts: number;
  url: string;
  secret: string;
  active: boolean;
  type: string;
  payload: unknown;
}

export class WebhookDispatcher {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: WebhookConfig,
    private readonly logger?: Logger,
  ) {}

  /** Delivers what is due now; returns how many attempts were made. */
  async runOnce(batch = 20): Promise<number> {
    const now = this.clock.now();
    const lease = new Date(now.getTime() + this.config.timeoutMs + 60_000);
    const [claimed]: [Array<{ id: string }>, number] = await this.db.query(
      `UPDATE webhook_delivery SET next_attempt_at = $2, attempts = attempts + 1
        WHERE id IN (SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= $1
                      ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [now, lease, batch],
    );
    if (claimed.length === 0) return 0;
    const rows: Claimed[] = await this.db.query(
      `SELECT d.id, d.event_id, d.attempts, e.url, e.secret, e.active, ev.type, ev.payload
         FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id JOIN webhook_event ev
           ON ev.id = d.event_id
        WHERE d.id = ANY($1::uuid[]) ORDER BY d.next_attempt_at, d.id`,
      [claimed.map((c) => c.id)],
    );
    for (const row of rows) await this.attempt(row);
    return rows.length;
  }

  private async attempt(row: Claimed) {
    const at = this.clock.now();
    const started = process.hrtime.bigint();
    let statusCode: number | null = null;
    let error: string | null = null;
    if (!row.active) error = 'ENDPOINT_INACTIVE';
    else {
      const body = JSON.stringify(row.payload);
      try {
        const res = await fetch(row.url, {
          method: 'POST',
          redirect: 'manual', // a redirect is a failure, never followed (it could point anywhere)
          signal: AbortSignal.timeout(this.config.timeoutMs),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'four-lists-webhooks/1',
            [SIGNATURE_HEADER]: signatureHeader(row.secret, body, at),
            [EVENT_ID_HEADER]: row.event_id,
            [EVENT_TYPE_HEADER]: row.type,
            [ATTEMPT_HEADER]: String(row.attempts),
          },
          body,
        });
        statusCode = res.status;
        await res.body?.cancel(); // the answer's body is not read, nor kept
        if (res.status < 200 || res.status > 299) error = `HTTP_${res.status}`;
      } catch (e) {
        error = failureCode(e);
      }
    }
    const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    const done = this.clock.now();
    const dead = error !== null && (!row.active || row.attempts >= this.config.maxAttempts);
    const status = error === null ? 'DELIVERED' : dead ? 'DEAD' : 'PENDING';
    const next = new Date(done.getTime() + backoffMinutes(row.attempts) * 60_000);
    await this.db.transaction(async (em) => {
      await em.query(
        `INSERT INTO webhook_attempt (delivery_id, attempt, at, status_code, error, duration_ms)
          VALUES ($1, $2, $3, $4, $5, $6)`,
        [row.id, row.attempts, at, statusCode, error, durationMs],
      );
      await em.query(
        `UPDATE webhook_delivery SET status = $2, delivered_at = $3,
          next_attempt_at = CASE WHEN $2 = 'PENDING' THEN $4 ELSE next_attempt_at END WHERE id = $1`,
        [row.id, status, error === null ? done : null, next],
      );
    });
    this.logger?.info(
      { deliveryId: row.id, eventId: row.event_id, attempt: row.attempts, statusCode, error, ms: durationMs, status },
      'webhook delivery',
    );
  }
}

function failureCode(e: unknown): string {
  // A DOMException from AbortSignal.timeout (not always an Error of this realm: check the name only).
  const name = (e as { name?: unknown })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
  const cause = (e as { cause?: { code?: unknown } })?.cause;
  if (cause && typeof cause.code === 'string' && /^[A-Z_]{2,40}$/.test(cause.code)) return cause.code;
  return 'NETWORK_ERROR';
}

/** The service's timer: sweep overdue referrals, then deliver, every intervalMs; stop() waits for the run in flight. */
export function startWebhookRunner(
  tick: () => Promise<unknown>,
  intervalMs: number,
  logger: Logger,
): { stop(): Promise<void> } {
  if (intervalMs <= 0) return { stop: async () => {} };
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return; // a slow run is never overlapped by the next
    running = tick()
      .catch((error) => logger.error({ err: error }, 'webhook run failed'))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
