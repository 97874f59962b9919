import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys } from '../../common/by-keys';
import { WebhookAttempt, WebhookDelivery } from './webhook.entity';

/** Most deliveries an endpoint's log shows (newest first). */
export const DELIVERY_LOG_MAX = 50;

export function webhookLoaders(db: DataSource) {
  return {
    recentDeliveriesByEndpointId: new DataLoader<string, WebhookDelivery[]>(async (ids) => {
      const rows: Array<{ id: string }> = await db.query(
        `SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY endpoint_id ORDER BY created_at DESC, id) AS n
           FROM webhook_delivery WHERE endpoint_id = ANY($1::uuid[])) d WHERE n <= $2`,
        [[...ids], DELIVERY_LOG_MAX],
      );
      const deliveries = rows.length
        ? await db.getRepository(WebhookDelivery).find({
            where: { id: In(rows.map((r) => r.id)) },
            order: { createdAt: 'DESC', id: 'ASC' },
          })
        : [];
      return groupByKeys(ids, deliveries, (d) => d.endpointId);
    }),
    attemptsByDeliveryId: new DataLoader<string, WebhookAttempt[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(WebhookAttempt)
          .find({ where: { deliveryId: In([...ids]) }, order: { attempt: 'ASC', id: 'ASC' } }),
        (a) => a.deliveryId,
      ),
    ),
  };
}
