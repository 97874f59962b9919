import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer, type Context } from '../../graphql/context';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entity';
import { RegisterWebhookEndpointInput, RotateWebhookSecretInput } from './webhook.inputs';
import { DELIVERY_LOG_MAX } from './webhook.loaders';
import { WebhookService } from './webhook.service';

@Authorized('ADMIN', 'ADVISER', 'PARTNER')
@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  constructor(private readonly service: WebhookService) {}

  @Query(() => [WebhookEndpoint], {
    description:
      "Webhook endpoints (回调地址) you manage, oldest first: a PARTNER its organisation's, an ADVISER their own, " +
      'ADMIN all.',
  })
  webhookEndpoints(@CurrentViewer() viewer: Viewer) {
    return this.service.list(viewer);
  }

  @Mutation(() => WebhookEndpoint, {
    description:
      'Register an endpoint (登记回调地址) for your organisation (PARTNER) or yourself (ADVISER); ADMIN names the ' +
      'owner. Bad input is BAD_USER_INPUT with extensions.fieldErrors.',
  })
  registerWebhookEndpoint(
    @Arg('input', { description: 'URL, secret and events.' }) input: RegisterWebhookEndpointInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.register(viewer, input);
  }

  @Mutation(() => WebhookEndpoint, {
    description: 'Rotate the secret (更换密钥): notices are signed with the new one from now on, retries included.',
  })
  rotateWebhookSecret(
    @Arg('input', { description: 'The endpoint and its new secret.' }) input: RotateWebhookSecretInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.rotateSecret(viewer, input);
  }

  @Mutation(() => WebhookEndpoint, {
    description: 'Deactivate an endpoint (停用): no new notices; pending ones are given up. Its log stays.',
  })
  deactivateWebhookEndpoint(
    @Arg('id', () => ID, { description: 'The endpoint.' }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.deactivate(viewer, id);
  }

  @FieldResolver(() => [WebhookDelivery], {
    description: `The delivery log (投递记录), newest first: at most ${DELIVERY_LOG_MAX}.`,
  })
  async deliveries(
    @Root() endpoint: WebhookEndpoint,
    @Arg('take', () => Int, { defaultValue: 20, description: `How many, 1–${DELIVERY_LOG_MAX}.` }) take: number,
    @Ctx() { loaders }: Context,
  ) {
    const rows = await loaders.recentDeliveriesByEndpointId.load(endpoint.id);
    return rows.slice(0, Math.max(1, Math.min(take, DELIVERY_LOG_MAX)));
  }
}

@Authorized('ADMIN', 'ADVISER', 'PARTNER')
@Resolver(() => WebhookDelivery)
export class WebhookDeliveryFieldsResolver {
  @FieldResolver(() => [WebhookAttempt], {
    description: 'Every attempt, first first: time, HTTP status or error, duration.',
  })
  log(@Root() delivery: WebhookDelivery, @Ctx() { loaders }: Context) {
    return loaders.attemptsByDeliveryId.load(delivery.id);
  }
}
