// The webhook outbox's subscriptions (src/common/events.ts): referral events become notices written
// in the referral change's own transaction, so a change that rolls back leaves no notice behind.
import type { EventBus } from '../../common/events';
import type { WebhookOutbox } from './webhook-outbox';

export function subscribeWebhookOutbox(events: EventBus, outbox: WebhookOutbox): void {
  const name = 'webhook: queue notices in the outbox';
  events
    .on('ReferralsIssued', name, (em, e) => outbox.record(em, 'REFERRAL_CREATED', e.referralIds))
    .on('ReferralMoved', name, async (em, e) => {
      if (e.action === 'DECLINE') await outbox.record(em, 'REFERRAL_DECLINED', [e.referral.id]);
      if (e.action === 'WITHDRAW') await outbox.record(em, 'REFERRAL_WITHDRAWN', [e.referral.id]);
    });
}
