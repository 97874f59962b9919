import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars';
import {
  AdviserRoleTypeEnum,
  AdviserSpecialtyEnum,
  NearRelationEnum,
  type AdviserRoleType,
  type AdviserSpecialty,
  type NearRelation,
} from './adviser.enums';

@ObjectType({ description: 'A training an adviser attended (培训记录).' })
export class Training {
  @Field(() => LocalDate, { description: 'Date (日期).' }) date: string;
  @Field({ description: 'Topic (主题).' }) topic: string;
  @Field({ description: 'Hours (学时).' }) hours: number;
}

// The adviser roster (社区救助顾问人员清单). An ADVISER token's subject is the roster id.
// Near-relative filings and caseload reach GraphQL through adviser-fields.resolver.ts.
@ObjectType({
  description:
    'An entry of the adviser roster (社区救助顾问人员清单). ADMIN sees all; an adviser sees their own entry and colleagues ' +
    'in their streets.',
})
@Entity()
export class Adviser {
  @Field(() => ID, { description: "Roster id; the subject of the adviser's login token." })
  @PrimaryGeneratedColumn('uuid')
  id: string;
  @Field({ description: 'Name (姓名).' }) @Column({ type: 'text' }) name: string;
  @Field(() => String, { nullable: true, description: 'Gender (性别), free text as filed.' })
  @Column({ type: 'text', nullable: true })
  gender: string | null;
  @Field(() => String, { nullable: true, description: 'Work phone (联系电话).' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;
  @Field({
    description: 'Street (街镇) code the adviser serves; they may only be responsible for households of this street.',
  })
  @Index('IDX_adviser_street')
  @Column({ type: 'varchar', length: 9 })
  streetCode: string;
  @Field(() => String, {
    nullable: true,
    description: '居村: the neighbourhood or village committee served, when not the whole street.',
  })
  @Column({ type: 'text', nullable: true })
  community: string | null;
  @Field(() => String, { nullable: true, description: '服务站/点: the station or point the adviser works from.' })
  @Column({ type: 'text', nullable: true })
  station: string | null;
  @Field(() => AdviserRoleTypeEnum, { description: 'Role type (人员类型).' })
  @Column({ type: 'text' })
  roleType: AdviserRoleType;
  @Field(() => [AdviserSpecialtyEnum], { description: 'Specialties (专长).' })
  @Column({ type: 'text', array: true, default: '{}' })
  specialties: AdviserSpecialty[];
  @Field(() => [String], { description: 'Languages and dialects spoken (语言), e.g. 普通话, 上海话.' })
  @Column({ type: 'text', array: true, default: '{}' })
  languages: string[];
  @Field(() => [String], { description: 'Qualifications (资质), e.g. 助理社会工作师, 金牌顾问.' })
  @Column({ type: 'text', array: true, default: '{}' })
  qualifications: string[];
  @Field(() => [Training], { description: 'Trainings attended (培训), oldest first.' })
  @Column({ type: 'jsonb', default: [] })
  trainings: Training[];
  @Field(() => LocalDate, { nullable: true, description: '备案登记 filing date; null while the filing is pending.' })
  @Column({ type: 'date', nullable: true })
  filedOn: string | null;
  @Field(() => Int, {
    description: 'Caseload limit (最大服务户数): households the adviser may be responsible for at once.',
  })
  @Column({ type: 'int' })
  caseloadMax: number;
  @Field({ description: 'False once deactivated: the adviser keeps their history but cannot sign in or be assigned.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
  @Field({ description: 'When the entry was created.' }) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field({ description: 'When the entry last changed.' }) @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

// 近亲属备案 (POL-INT-3, POL-INT-9): a filed link between an adviser and a relative, by ID number,
// so that a relative who later appears in any household is found whatever household they join.
// The full ID number is never a GraphQL field of its own: see adviser-fields.resolver.ts.
@ObjectType({
  description:
    'A near-relative filing (近亲属备案) of an adviser: used to keep advisers off the cases of their relatives. ' +
    'Visible to ADMIN and to the adviser themself.',
})
@Entity()
@Index('IDX_near_relative_adviser', ['adviserId'])
@Index('IDX_near_relative_id_number', ['idNumber'])
export class NearRelativeFiling {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The adviser who filed it.' }) @Column({ type: 'uuid' }) adviserId: string;
  @Field({ description: 'Name of the relative (姓名).' }) @Column({ type: 'text' }) relativeName: string;
  @Column({ type: 'varchar', length: 18 }) idNumber: string;
  @Field(() => NearRelationEnum, { description: 'Relation to the adviser (关系).' })
  @Column({ type: 'text' })
  relation: NearRelation;
  @Field(() => LocalDate, { description: 'Filing date (备案日期).' }) @Column({ type: 'date' }) filedOn: string;
  @Field(() => String, { nullable: true, description: 'Note.' }) @Column({ type: 'text', nullable: true }) note:
    string | null;
}

// Who is responsible for a household (责任顾问), with history: the current row has no end.
@ObjectType({
  description: 'A period in which an adviser was responsible for a household (责任顾问). The current one has no end.',
})
@Entity()
@Index('IDX_assignment_household', ['householdId'])
export class HouseholdAssignment {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The household.' }) @Column({ type: 'uuid' }) householdId: string;
  @Field(() => ID, { description: 'The adviser.' }) @Column({ type: 'uuid' }) adviserId: string;
  @Field({ description: 'Responsible since.' }) @Column({ type: 'timestamptz' }) assignedFrom: Date;
  @Field(() => Date, { nullable: true, description: 'Responsible until; null while current.' })
  @Column({ type: 'timestamptz', nullable: true })
  assignedUntil: Date | null;
  @Field({ description: 'Who assigned (token subject).' }) @Column({ type: 'text' }) assignedBy: string;
  @Field(() => String, { nullable: true, description: 'Why this adviser (note).' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why it ended: REASSIGNED, UNASSIGNED, ADVISER_DEACTIVATED, HOUSEHOLD_MOVED or HOUSEHOLD_ARCHIVED.',
  })
  @Column({ type: 'text', nullable: true })
  endReason: string | null;
}
