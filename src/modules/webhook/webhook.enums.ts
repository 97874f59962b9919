import { registerEnumType } from 'type-graphql';

export const WEBHOOK_EVENT_TYPES = [
  'REFERRAL_CREATED',
  'REFERRAL_DECLINED',
  'REFERRAL_OVERDUE',
  'REFERRAL_WITHDRAWN',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export const WebhookEventTypeEnum = Object.fromEntries(WEBHOOK_EVENT_TYPES.map((t) => [t, t])) as {
  [K in WebhookEventType]: K;
};
registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description: 'What a webhook (回调通知) tells its owner about.',
  valuesConfig: {
    REFERRAL_CREATED: { description: 'A new referral (新转介) to the provider organisation; sent to the provider.' },
    REFERRAL_DECLINED: { description: 'The provider declined a referral (转介被拒); sent to the referring adviser.' },
    REFERRAL_OVERDUE: {
      description:
        'A referral is still PENDING past answerDueAt (转介逾期); sent once, to the provider and the referring adviser.',
    },
    REFERRAL_WITHDRAWN: { description: 'The adviser withdrew a referral (转介撤回); sent to the provider.' },
  },
});

export const WEBHOOK_OWNER_KINDS = ['PROVIDER', 'ADVISER'] as const;
export type WebhookOwnerKind = (typeof WEBHOOK_OWNER_KINDS)[number];
export const WebhookOwnerKindEnum = { PROVIDER: 'PROVIDER', ADVISER: 'ADVISER' } as const;
registerEnumType(WebhookOwnerKindEnum, {
  name: 'WebhookOwnerKind',
  description: 'Whose endpoint it is: a provider organisation (合作机构) or an adviser (顾问).',
  valuesConfig: {
    PROVIDER: { description: 'A provider organisation; managed by its PARTNER users (and ADMIN).' },
    ADVISER: { description: 'One adviser of the roster; managed by that adviser (and ADMIN).' },
  },
});

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'DEAD'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const DeliveryStatusEnum = { PENDING: 'PENDING', DELIVERED: 'DELIVERED', DEAD: 'DEAD' } as const;
registerEnumType(DeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery (投递) stands.',
  valuesConfig: {
    PENDING: { description: 'Not yet answered with 2xx; will be tried (again) at nextAttemptAt.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    DEAD: { description: 'Given up after the last attempt, or the endpoint was deactivated.' },
  },
});
