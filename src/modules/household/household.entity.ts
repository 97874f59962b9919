import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Consents, Economics, Housing, Observations } from './household-parts.entity';
import { HouseholdStatus } from './household.enums';

// Members, categories, assistance history and life events live in their own tables and reach
// GraphQL through loaders (household-fields.resolver.ts), never through eager relations.
@ObjectType({
  description:
    'A household in the low-income needs list (低收入人口需求清单): where it lives, what it has and what it receives.',
})
@Entity()
@Index('IDX_household_street_status_created', ['streetCode', 'status', 'createdAt', 'id'])
@Index('IDX_household_status_created', ['status', 'createdAt', 'id'])
export class Household {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Street (街镇) code of the actual residence; decides which advisers can see the household.' })
  @Column({ type: 'varchar', length: 9 })
  streetCode: string;

  @Field(() => String, { nullable: true, description: 'Neighbourhood or village committee (居村委).' })
  @Column({ type: 'text', nullable: true })
  neighbourhood: string | null;

  @Field({ description: 'Address of the actual residence (实际居住地址).' })
  @Column({ type: 'text' })
  address: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Registered (hukou) address differs from the actual residence (人户分离).',
  })
  @Column({ type: 'boolean', nullable: true })
  registeredElsewhere: boolean | null;

  @Field(() => String, { nullable: true, description: 'Registered (hukou) address when it differs (户籍地址).' })
  @Column({ type: 'text', nullable: true })
  registeredAddress: string | null;

  @Field(() => Housing, { description: 'Housing (居住情况).' })
  @Column(() => Housing)
  housing: Housing;

  @Field(() => Economics, { description: 'Income, assets, rigid spending and arrears (经济状况).' })
  @Column(() => Economics)
  economics: Economics;

  @Field(() => Observations, { description: 'Adviser-observed facts (走访观察).' })
  @Column(() => Observations)
  observations: Observations;

  @Field(() => Consents, { description: 'Consents (知情同意).' })
  @Column(() => Consents)
  consents: Consents;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Regular beneficiary of a mass organisation: trade union, Youth League, Women's or Disabled Persons' " +
      'Federation, Red Cross (群团常态化帮扶对象).',
  })
  @Column({ type: 'boolean', nullable: true })
  massOrganisationBeneficiary: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'A charity is prioritising this household (慈善组织重点帮扶).' })
  @Column({ type: 'boolean', nullable: true })
  charityPriority: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Found by grassroots visits (基层走访发现).' })
  @Column({ type: 'boolean', nullable: true })
  foundByVisit: boolean | null;

  @Field(() => HouseholdStatus, { description: 'ACTIVE, or ARCHIVED (kept for history, hidden from default lists).' })
  @Column({ type: 'text', default: 'ACTIVE' })
  status: HouseholdStatus;

  @Field(() => String, { nullable: true, description: 'Why the household was archived.' })
  @Column({ type: 'text', nullable: true })
  archiveReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the household was archived.' })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'Optimistic-concurrency version; increases with every change.' })
  @VersionColumn()
  version: number;

  @Field({ description: 'When the record was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the record last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
