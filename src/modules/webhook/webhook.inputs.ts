import { ArrayMaxSize, ArrayMinSize, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { WebhookEventTypeEnum, type WebhookEventType } from './webhook.enums';

const SECRET = 'The signing secret: 32 to 256 characters (e.g. 32 random bytes, hex or base64). Never shown again.';

@InputType({ description: 'Register a webhook endpoint (登记回调地址).' })
export class RegisterWebhookEndpointInput {
  @Field({ description: 'Where notices are POSTed: http(s); https in production; no private hosts in production.' })
  @MaxLength(2000)
  url: string;
  @Field({ description: SECRET }) @MinLength(32) @MaxLength(256) secret: string;
  @Field(() => [WebhookEventTypeEnum], { description: 'Events to receive: at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  events: WebhookEventType[];
  @Field(() => String, {
    nullable: true,
    description: 'ADMIN only: the provider organisation to register for. A PARTNER always registers for its own.',
  })
  @MaxLength(40)
  providerId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'ADMIN only: the adviser (roster id) to register for. An ADVISER always registers for themself.',
  })
  adviserId?: string | null;
}

@InputType({ description: 'Rotate the secret of an endpoint (更换密钥): the new one signs from now on.' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'The endpoint.' }) id: string;
  @Field({ description: SECRET }) @MinLength(32) @MaxLength(256) secret: string;
}
