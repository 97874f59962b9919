import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars';
import { ServiceModeEnum, type ServiceMode } from './service-record.enums';

@ObjectType({
  description:
    'A service of the adviser service catalogue (社区救助顾问服务清单), with its standard (POLICY.md §12.4). Reference data.',
})
@Entity()
export class AdviserServiceType {
  @Field({ description: 'Service code, ADV-BRIEF … ADV-EMERG.' })
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code: string;
  @Field({ description: 'Chinese name, e.g. 探访关爱.' }) @Column({ type: 'text' }) nameZh: string;
  @Field({ description: 'English name, e.g. visit and care.' }) @Column({ type: 'text' }) nameEn: string;
  @Field({ description: 'The service standard (服务标准).' }) @Column({ type: 'text' }) standard: string;
  @Field({ description: 'Policy basis of the standard.' }) @Column({ type: 'text' }) basis: string;
  @Column({ type: 'smallint' }) position: number;
}

// A service record (服务记录): immutable once written; a correction is a new record.
@ObjectType({
  description:
    'A service record (服务记录) of the adviser service list: who did what for which household, when and how, and what ' +
    'came of it.',
})
@Entity()
@Index('IDX_service_record_household_at', ['householdId', 'occurredAt'])
@Index('IDX_service_record_adviser_at', ['adviserId', 'occurredAt'])
export class ServiceRecord {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The household served.' }) @Column({ type: 'uuid' }) householdId: string;
  @Field(() => ID, { description: 'The adviser (roster id) who delivered the service.' })
  @Column({ type: 'uuid' })
  adviserId: string;
  @Field({ description: 'Service code (服务项目), ADV-BRIEF … ADV-EMERG.' })
  @Column({ type: 'varchar', length: 20 })
  serviceCode: string;
  @Field(() => ServiceModeEnum, { description: 'Mode (服务方式).' }) @Column({ type: 'text' }) mode: ServiceMode;
  @Field({ description: 'When the service took place (服务时间).' }) @Column({ type: 'timestamptz' }) occurredAt: Date;
  @Field({ description: 'True when the record counts towards the visit cadence (in person; see ServiceMode).' })
  @Column({ type: 'boolean' })
  countsAsVisit: boolean;
  @Field({ description: "Findings: changes in the household's situation (发现情况)." })
  @Column({ type: 'text' })
  findings: string;
  @Field(() => String, { nullable: true, description: 'Next action (下一步).' })
  @Column({ type: 'text', nullable: true })
  nextAction: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'When the next action is due.' })
  @Column({ type: 'date', nullable: true })
  nextActionDue: string | null;
  @Field(() => [ID], { description: 'Needs added or re-reported by this record.' })
  @Column({ type: 'uuid', array: true, default: '{}' })
  needsAdded: string[];
  @Field(() => [ID], { description: 'Needs closed by this record.' })
  @Column({ type: 'uuid', array: true, default: '{}' })
  needsClosed: string[];
  @Field(() => [String], { description: 'Household fact groups updated by this record, e.g. economics, observations.' })
  @Column({ type: 'text', array: true, default: '{}' })
  factsUpdated: string[];
  @Field({
    description:
      'The adviser confirmed the exit follow-up condition (out of assistance over a year, stable income): follow-up ' +
      'stops.',
  })
  @Column({ type: 'boolean', default: false })
  followUpCompleted: boolean;
  @Field({ description: 'Who wrote the record (token subject).' }) @Column({ type: 'text' }) recordedBy: string;
  @Field({ description: 'When it was written.' }) @CreateDateColumn({ type: 'timestamptz' }) recordedAt: Date;
}
