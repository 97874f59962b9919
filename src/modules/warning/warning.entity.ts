import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars';
import { WarningOutcomeEnum, WarningStatusEnum, type WarningOutcome, type WarningStatus } from './warning.enums';

@ObjectType({ description: 'One ingested batch of data-comparison events (预警批次).' })
@Entity()
export class WarningBatch {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'Data source (数据来源), e.g. 医保局 2026-Q1 or the file name.' })
  @Column({ type: 'text' })
  source: string;
  @Field({ description: 'Who ingested it (token subject, or cli:warnings-import).' })
  @Column({ type: 'text' })
  receivedBy: string;
  @Field({ description: 'When.' }) @CreateDateColumn({ type: 'timestamptz' }) receivedAt: Date;
  @Field(() => Int, { description: 'Rows in the batch.' }) @Column({ type: 'int' }) rows: number;
  @Field(() => Int, { description: 'New events matched to a household.' }) @Column({ type: 'int' }) matched: number;
  @Field(() => Int, { description: 'New events with no matching member (stored as UNMATCHED).' })
  @Column({ type: 'int' })
  unmatched: number;
  @Field(() => Int, { description: 'Events already ingested before (by event id); nothing changed for them.' })
  @Column({ type: 'int' })
  duplicates: number;
}

// A 预警 record (POL-WRN-1). The raw ID number is kept to match later; it is never a GraphQL
// field and never logged.
@ObjectType({
  description:
    'A data-comparison warning (动态监测预警) on a household: type, source, date and matched member (POL-WRN-1).',
})
@Entity()
@Index('IDX_warning_household_received', ['householdId', 'receivedAt', 'line', 'id'])
export class Warning {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: "The source system's event id; ingestion is idempotent by it." })
  @Index('IDX_warning_event_id', { unique: true })
  @Column({ type: 'text' })
  eventId: string;
  @Field(() => ID, { description: 'The batch it came in.' }) @Column({ type: 'uuid' }) batchId: string;
  @Field(() => Int, {
    description: 'Line of the batch it came from (the CSV line, or the 1-based position in the mutation).',
  })
  @Column({ type: 'int' })
  line: number;
  @Field({ description: 'Kind of event: a WarningType code (see warningType, warningTypes).' })
  @Column({ type: 'text' })
  type: string;
  @Column({ type: 'varchar', length: 18 }) idNumber: string;
  @Field(() => ID, { nullable: true, description: 'The matched member; null while UNMATCHED.' })
  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;
  @Field(() => ID, { nullable: true, description: 'The matched household; null while UNMATCHED.' })
  @Column({ type: 'uuid', nullable: true })
  householdId: string | null;
  @Field(() => LocalDate, { description: 'Date of the event (事件日期).' }) @Column({ type: 'date' }) eventDate: string;
  @Field({ description: 'Detail from the source (详情).' }) @Column({ type: 'text' }) detail: string;
  @Field(() => WarningStatusEnum, { description: 'Where it stands.' }) @Column({ type: 'text' }) status: WarningStatus;
  @Field(() => ID, {
    nullable: true,
    description: 'The DATA_WARNING need it raised or re-reported, if its type raises one.',
  })
  @Column({ type: 'uuid', nullable: true })
  needId: string | null;
  @Field(() => WarningOutcomeEnum, { nullable: true, description: 'Outcome once closed (POL-MON-2).' })
  @Column({ type: 'text', nullable: true })
  outcome: WarningOutcome | null;
  @Field(() => String, { nullable: true, description: 'Note on closing.' })
  @Column({ type: 'text', nullable: true })
  closingNote: string | null;
  @Field({ description: 'When it was received.' }) @Column({ type: 'timestamptz' }) receivedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was matched (at ingestion, or later by matchWarnings).' })
  @Column({ type: 'timestamptz', nullable: true })
  matchedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
