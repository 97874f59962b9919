import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AuditActionEnum, type AuditAction } from './audit.entity';

@InputType({ description: 'Which access-audit rows to list; all filters optional and combined with AND.' })
export class AccessAuditFilter {
  @Field(() => String, { nullable: true, description: 'Only this actor (token subject).' })
  @MaxLength(200)
  actorId?: string;
  @Field(() => String, { nullable: true, description: 'Only this role: ADMIN, ADVISER, PARTNER or VIEWER.' })
  @MaxLength(20)
  actorRole?: string;
  @Field(() => AuditActionEnum, { nullable: true, description: 'Only this action.' }) action?: AuditAction;
  @Field(() => String, { nullable: true, description: 'Only objects of this GraphQL type, e.g. Member.' })
  @MaxLength(100)
  objectType?: string;
  @Field(() => String, { nullable: true, description: 'Only this object id.' })
  @MaxLength(100)
  objectId?: string;
  @Field(() => ID, { nullable: true, description: 'Only this request.' }) @MaxLength(64) requestId?: string;
  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' }) from?: Date;
  @Field(() => Date, { nullable: true, description: 'Before this instant (exclusive).' }) to?: Date;
}
