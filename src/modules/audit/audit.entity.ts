import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { enumOf } from '../../graphql/enums';

export const AUDIT_ACTIONS = ['READ_ID_NUMBER', 'READ_HEALTH', 'EXPORT', 'WRITE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AuditActionEnum = enumOf(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What an access-audit row records (访问审计).',
  valuesConfig: {
    READ_ID_NUMBER: { description: 'A full resident ID number (身份证号码) was read.' },
    READ_HEALTH: { description: 'A health fact (disability, illness, care needs, hospital stays) was read.' },
    EXPORT: { description: 'Data was exported.' },
    WRITE: { description: 'A mutation was called, whatever its outcome.' },
  },
});

// Append-only: the migration's trigger refuses UPDATE, DELETE and TRUNCATE, so not even a bug in
// the service can rewrite who read what.
@ObjectType({
  description:
    'One access-audit row (访问审计): who read a full ID number or a health fact, exported, or wrote, when, what, ' +
    'which fields. Never changed or deleted.',
})
@Entity()
@Index('IDX_access_audit_at', ['at'])
@Index('IDX_access_audit_actor_at', ['actorId', 'at'])
@Index('IDX_access_audit_object_at', ['objectId', 'at'])
export class AccessAudit {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'When the request started.' }) @Column({ type: 'timestamptz' }) at: Date;
  @Field({ description: 'Request id (the x-request-id response header), to find its log lines.' })
  @Column({ type: 'text' })
  requestId: string;
  @Field({ description: 'Who: the token subject.' }) @Column({ type: 'text' }) actorId: string;
  @Field({ description: "The caller's role." }) @Column({ type: 'text' }) actorRole: string;
  @Field(() => AuditActionEnum, { description: 'What was done.' }) @Column({ type: 'text' }) action: AuditAction;
  @Field(() => String, { nullable: true, description: 'The mutation or export called; null for reads.' })
  @Column({ type: 'text', nullable: true })
  operation: string | null;
  @Field(() => String, { nullable: true, description: 'GraphQL type of the object, e.g. Member.' })
  @Column({ type: 'text', nullable: true })
  objectType: string | null;
  @Field(() => String, { nullable: true, description: 'Id of the object.' })
  @Column({ type: 'text', nullable: true })
  objectId: string | null;
  @Field(() => [String], { description: 'Fields read, or input fields sent (names only, never values).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];
  @Field(() => String, {
    nullable: true,
    description: 'For writes: the result type (e.g. Household, ConflictError) or the error code.',
  })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;
}
