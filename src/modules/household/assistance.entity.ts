// The household's assistance status and history: categories held (with dates), temporary
// assistance, refusals and terminations, and major life events. Dates decide the circles.
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '../../db/columns';
import { LocalDate } from '../../graphql/scalars';
import type * as F from '../../../scoring/facts';
import * as E from './household.enums';

@ObjectType({ description: 'An assistance category held by the household (救助类别), with its dates.' })
@Entity()
// Migration 1780000000000 also INCLUDEs (since, until), which TypeORM's @Index cannot say.
@Index('IDX_category_holding_household_category', ['householdId', 'category'])
export class CategoryHolding {
  @Field(() => ID, { description: 'Stable identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) householdId: string;
  @Field(() => E.Category, { description: 'The category (类别).' }) @Column({ type: 'text' }) category: F.CategoryCode;
  @Field(() => LocalDate, { nullable: true, description: 'Held since (起始日期).' })
  @Column({ type: 'date', nullable: true })
  since: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Held until (终止日期); null while still held.' })
  @Column({ type: 'date', nullable: true })
  until: string | null;
  @Field(() => String, { nullable: true, description: 'Evidence: scheme, source system or decision number (依据).' })
  @Column({ type: 'text', nullable: true })
  evidence: string | null;
}

@ObjectType({
  description:
    'An entry of assistance history: temporary assistance received, or an application refused or assistance ' +
    'terminated.',
})
@Entity()
export class AssistanceEvent {
  @Field(() => ID, { description: 'Stable identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('IDX_assistance_event_household_id') @Column({ type: 'uuid' }) householdId: string;
  @Field(() => E.AssistanceEventKind, { description: 'What happened.' })
  @Column({ type: 'text' })
  kind: F.AssistanceEventKind;
  @Field(() => E.AssistanceScheme, { description: 'The scheme it concerns.' }) @Column({ type: 'text' }) scheme:
    F.CategoryCode | 'TEMPORARY';
  @Field(() => LocalDate, { description: 'Date of the decision or payment.' }) @Column({ type: 'date' }) date: string;
  @Field(() => Float, { nullable: true, description: 'Amount paid, yuan (temporary assistance).' })
  @MoneyColumn()
  amount: number | null;
  @Field(() => String, { nullable: true, description: 'Free-text note.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}

@ObjectType({ description: 'A major life event (重大生活事件) in the household.' })
@Entity()
export class LifeEvent {
  @Field(() => ID, { description: 'Stable identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('IDX_life_event_household_id') @Column({ type: 'uuid' }) householdId: string;
  @Field(() => E.LifeEventKind, { description: 'Kind of event.' }) @Column({ type: 'text' }) kind: F.LifeEventKind;
  @Field(() => LocalDate, { description: 'When it happened.' }) @Column({ type: 'date' }) date: string;
  @Field(() => String, { nullable: true, description: 'Free-text note.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
