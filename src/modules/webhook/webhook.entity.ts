import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import {
  DeliveryStatusEnum,
  WebhookEventTypeEnum,
  WebhookOwnerKindEnum,
  type DeliveryStatus,
  type WebhookEventType,
  type WebhookOwnerKind,
} from './webhook.enums';

// The secret is a column but never a GraphQL field: it is given once, at registration or rotation.
@ObjectType({
  description:
    'A webhook endpoint (回调地址) of a provider organisation or an adviser: where event notices are POSTed, signed ' +
    'with its secret (never shown again).',
})
@Entity()
export class WebhookEndpoint {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => WebhookOwnerKindEnum, { description: 'Owner kind: PROVIDER or ADVISER.' })
  @Column({ type: 'text' })
  ownerKind: WebhookOwnerKind;
  @Field({ description: "Owner: the provider organisation's id, or the adviser's roster id." })
  @Column({ type: 'text' })
  ownerId: string;
  @Field({ description: 'The URL notices are POSTed to (http or https; https in production).' })
  @Column({ type: 'text' })
  url: string;
  @Column({ type: 'text' }) secret: string;
  @Field(() => [WebhookEventTypeEnum], { description: 'Events subscribed.' })
  @Column({ type: 'text', array: true })
  events: WebhookEventType[];
  @Field({ description: 'False once deactivated: no new deliveries, pending ones are given up.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
  @Field({ description: 'Who registered it (token subject).' }) @Column({ type: 'text' }) createdBy: string;
  @Field({ description: 'When it was registered.' }) @Column({ type: 'timestamptz' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the secret was last rotated; null if never.' })
  @Column({ type: 'timestamptz', nullable: true })
  secretRotatedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was deactivated.' })
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;
}

/** The outbox (发件箱): one row per event, written in the transaction of the referral change. */
@Entity()
export class WebhookEvent {
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'text' }) type: WebhookEventType;
  @Column({ type: 'uuid' }) referralId: string;
  @Column({ type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
}

@ObjectType({ description: 'One event notice to one endpoint (投递), with its attempts.' })
@Entity()
export class WebhookDelivery {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The event id, sent as the Four-Lists-Event-Id header (the same on every retry).' })
  @Column({ type: 'uuid' })
  eventId: string;
  @Field(() => ID, { description: 'The endpoint.' }) @Column({ type: 'uuid' }) endpointId: string;
  @Field(() => DeliveryStatusEnum, { description: 'PENDING, DELIVERED or DEAD.' })
  @Column({ type: 'text', default: 'PENDING' })
  status: DeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far.' }) @Column({ type: 'integer', default: 0 }) attempts: number;
  @Field({ description: 'When it is (next) tried, while PENDING.' })
  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;
  @Field({ description: 'When the event was queued.' }) @Column({ type: 'timestamptz' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the endpoint answered 2xx.' })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}

@ObjectType({ description: 'One attempt of a delivery (投递记录): when, the HTTP status or the error, how long.' })
@Entity()
export class WebhookAttempt {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) deliveryId: string;
  @Field(() => Int, { description: 'Attempt number, 1 for the first.' }) @Column({ type: 'integer' }) attempt: number;
  @Field({ description: 'When it was made.' }) @Column({ type: 'timestamptz' }) at: Date;
  @Field(() => Int, { nullable: true, description: 'HTTP status the endpoint answered; null when none came.' })
  @Column({ type: 'integer', nullable: true })
  statusCode: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why it failed: HTTP_<status>, TIMEOUT, a network error code (ECONNREFUSED …), ENDPOINT_INACTIVE; null on ' +
      'success.',
  })
  @Column({ type: 'text', nullable: true })
  error: string | null;
  @Field(() => Int, { description: 'Duration, milliseconds.' }) @Column({ type: 'integer' }) durationMs: number;
}
