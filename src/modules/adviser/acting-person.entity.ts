// The register of people who act on cases without an adviser-roster entry (经办及评议人员名册): the
// supervisor of the street social-assistance office, assessors, and review-panel members (居村干部, 楼组长,
// volunteers, resident representatives). Each is known by a keyed hash of their own ID number (never the
// number: src/common/id-hash.ts) and files near relatives like an adviser does (近亲属备案, POL-INT-3/8/9);
// the relative too is kept as a keyed hash and a masked number, matched against a household's members.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars';
import { ActingPersonKindEnum, type ActingPersonKind } from './acting-person.enums';
import { NearRelationEnum, type NearRelation } from './adviser.enums';

@ObjectType({
  description:
    'A person who acts on cases without an adviser-roster entry (经办及评议人员): a supervisor, an assessor or a ' +
    'review-panel member. Known by a keyed hash of their ID number; only a masked number is shown. ADMIN sees all, ' +
    'SUPERVISOR and ADVISER those of their streets.',
})
@Entity()
@Index('IDX_acting_person_id_hash', ['idNumberHash'], { unique: true })
export class ActingPerson {
  @Field(() => ID, { description: 'Register id; a SUPERVISOR signs in as it (token subject, OIDC claim).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;
  @Field({ description: 'Name (姓名).' }) @Column({ type: 'text' }) name: string;
  @Field(() => ActingPersonKindEnum, { description: 'What they do on cases (身份).' })
  @Column({ type: 'text' })
  kind: ActingPersonKind;
  @Field(() => [String], { description: 'Streets (街镇) they act in; a SUPERVISOR approves for these.' })
  @Column({ type: 'varchar', length: 9, array: true })
  streetCodes: string[];
  /** HMAC of their own ID number (purpose person): how a panel member given by ID number is found. */
  @Column({ type: 'varchar', length: 64 }) idNumberHash: string;
  @Field({ description: 'Their ID number, masked (e.g. 3101**********1234).' })
  @Column({ type: 'varchar', length: 18 })
  idNumberMasked: string;
  @Field({ description: 'False once deactivated: a deactivated SUPERVISOR can no longer sign in.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
  @Field({ description: 'Who registered them (token subject).' }) @Column({ type: 'text' }) registeredBy: string;
  @Field({ description: 'When.' }) @Column({ type: 'timestamptz' }) registeredAt: Date;
}

@ObjectType({
  description:
    'A near-relative filing (近亲属备案, POL-INT-3) of a registered person: keeps them off the steps of cases of the ' +
    'relative’s household (POL-INT-9). Visible to ADMIN and the SUPERVISOR of the person’s streets.',
})
@Entity()
@Index('IDX_person_filing_person', ['personId'])
@Index('IDX_person_filing_relative', ['relativeIdHash'])
export class PersonNearRelativeFiling {
  @Field(() => ID, { description: 'Identifier: named by CaseConflictOfInterestError.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;
  @Field(() => ID, { description: 'The registered person who filed it.' }) @Column({ type: 'uuid' }) personId: string;
  @Field({ description: 'Name of the relative (姓名).' }) @Column({ type: 'text' }) relativeName: string;
  /** HMAC of the relative's ID number (purpose person), matched against household members. */
  @Column({ type: 'varchar', length: 64 }) relativeIdHash: string;
  @Field({ description: 'The relative’s ID number, masked.' })
  @Column({ type: 'varchar', length: 18 })
  relativeIdNumberMasked: string;
  @Field(() => NearRelationEnum, { description: 'Relation to the person (关系).' })
  @Column({ type: 'text' })
  relation: NearRelation;
  @Field(() => LocalDate, { description: 'Filing date (备案日期).' }) @Column({ type: 'date' }) filedOn: string;
  @Field(() => String, { nullable: true, description: 'Note.' }) @Column({ type: 'text', nullable: true }) note:
    string | null;
  @Field({ description: 'Who entered it (token subject).' }) @Column({ type: 'text' }) filedBy: string;
  @Field({ description: 'When it was entered.' }) @Column({ type: 'timestamptz' }) filedAt: Date;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was withdrawn (撤回); a withdrawn filing is not checked.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Who withdrew it.' })
  @Column({ type: 'text', nullable: true })
  withdrawnBy: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  @Column({ type: 'text', nullable: true })
  withdrawReason: string | null;
}
