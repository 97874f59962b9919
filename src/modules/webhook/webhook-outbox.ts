// The outbox (发件箱): event rows and their deliveries, written through the entity manager of the
// referral change itself, so a change that rolls back leaves no notice behind and a committed one
// always has its notice. The payload is what the provider may see of a referral: ids, status,
// resource code, need codes, street, dates. No names, no ID numbers, no health facts.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock';
import { PARTNER_CONSENT_SQL } from '../referral/referral-rules';
import { RECIPIENTS } from './webhook-policy';
import type { WebhookEventType } from './webhook.enums';

interface ReferralRow {
  id: string;
  status: string;
  resource_id: string;
  resource_code: string;
  provider_id: string;
  street_code: string;
  urgency: string;
  need_codes: string[];
  issued_by: string;
  issued_at: Date;
  answer_due_at: Date;
  partner_may_see: boolean;
}

export class WebhookOutbox {
  constructor(private readonly clock: Clock) {}

  /** Queues one event per referral, and a delivery to every active endpoint of its recipients that subscribed to it. */
  async record(em: EntityManager, type: WebhookEventType, referralIds: string[]): Promise<number> {
    if (referralIds.length === 0) return 0;
    const now = this.clock.now();
    const rows: ReferralRow[] = await em.query(
      `SELECT r.id, r.status, r.resource_id, res.code AS resource_code, r.provider_id, r.street_code, r.urgency,
              r.need_codes, r.issued_by, r.issued_at, r.answer_due_at, ${PARTNER_CONSENT_SQL} AS partner_may_see
         FROM referral r JOIN resource res ON res.id = r.resource_id JOIN provider p ON p.id = r.provider_id
         JOIN household h ON h.id = r.household_id WHERE r.id = ANY($1::uuid[])`,
      [referralIds],
    );
    let queued = 0;
    for (const r of rows) {
      const eventId = randomUUID();
      const payload = {
        id: eventId,
        type,
        occurredAt: now.toISOString(),
        referral: {
          id: r.id,
          status: r.status,
          resourceId: r.resource_id,
          resourceCode: r.resource_code,
          providerId: r.provider_id,
          streetCode: r.street_code,
          urgency: r.urgency,
          needCodes: r.need_codes,
          issuedAt: new Date(r.issued_at).toISOString(),
          answerDueAt: new Date(r.answer_due_at).toISOString(),
        },
      };
      const inserted = await em.query(
        `INSERT INTO webhook_event (id, type, referral_id, occurred_at, payload) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (referral_id) WHERE type = 'REFERRAL_OVERDUE' DO NOTHING RETURNING id`,
        [eventId, type, r.id, now, JSON.stringify(payload)],
      );
      if (inserted.length === 0) continue; // the overdue notice of this referral exists already
      const owners: Array<[string, string]> = [];
      if (RECIPIENTS[type].includes('PROVIDER') && r.partner_may_see) owners.push(['PROVIDER', r.provider_id]);
      if (RECIPIENTS[type].includes('ADVISER')) owners.push(['ADVISER', r.issued_by]);
      for (const [kind, ownerId] of owners) {
        const deliveries = await em.query(
          `INSERT INTO webhook_delivery (event_id, endpoint_id, status, attempts, next_attempt_at, created_at)
           SELECT $1, e.id, 'PENDING', 0, $2, $2 FROM webhook_endpoint e
            WHERE e.active AND e.owner_kind = $3 AND e.owner_id = $4 AND $5 = ANY(e.events) RETURNING id`,
          [eventId, now, kind, ownerId, type],
        );
        queued += deliveries.length;
      }
    }
    return queued;
  }

  /**
   * Writes the overdue notice (REFERRAL_OVERDUE) of every referral still PENDING past its due time,
   * once per referral whatever how often it runs. Called by the service's timer and by tests.
   */
  async sweepOverdue(db: DataSource, batch = 500): Promise<number> {
    const now = this.clock.now();
    const due: Array<{ id: string }> = await db.query(
      `SELECT r.id FROM referral r WHERE r.status = 'PENDING' AND r.answer_due_at < $1
          AND NOT EXISTS (SELECT 1 FROM webhook_event e WHERE e.referral_id = r.id AND e.type = 'REFERRAL_OVERDUE')
        ORDER BY r.answer_due_at, r.id LIMIT $2`,
      [now, batch],
    );
    if (due.length === 0) return 0;
    await db.transaction((em) =>
      this.record(
        em,
        'REFERRAL_OVERDUE',
        due.map((d) => d.id),
      ),
    );
    return due.length;
  }
}
