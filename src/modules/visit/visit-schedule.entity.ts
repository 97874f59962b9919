import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars';
import { HardshipLevelEnum } from '../assessment/assessment.enums';
import { ReassessmentReasonEnum, VisitReasonEnum, type ReassessmentReason, type VisitReason } from './visit.enums';

// One row per active household, derived from assessments, service records, warnings, exits and
// assignments by policy/'s rules, and kept in step in the same transaction as each of them
// (visit-schedule.refresh.ts).
@ObjectType({
  description:
    'The visit schedule of a household (走访计划): when the next visit and the next reassessment (复核评估) are due, and why.',
})
@Entity()
@Index('IDX_visit_schedule_street_due_id', ['streetCode', 'nextDue', 'householdId'])
@Index('IDX_visit_schedule_adviser_due_id', ['adviserId', 'nextDue', 'householdId'])
@Index('IDX_visit_schedule_street_reassess', ['streetCode', 'reassessOn'])
@Index('IDX_visit_schedule_adviser_reassess', ['adviserId', 'reassessOn'])
export class VisitSchedule {
  @Field(() => ID, { description: 'The household.' }) @PrimaryColumn({ type: 'uuid' }) householdId: string;
  @Field({ description: 'Street (街镇) code of the household.' })
  @Column({ type: 'varchar', length: 9 })
  streetCode: string;
  @Field(() => ID, { nullable: true, description: 'The responsible adviser; null when none is assigned.' })
  @Column({ type: 'uuid', nullable: true })
  adviserId: string | null;
  @Field(() => HardshipLevelEnum, {
    nullable: true,
    description: 'Level of the latest assessment; null when never assessed.',
  })
  @Column({ type: 'text', nullable: true })
  level: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Months between visits for that level, as the model said when it assessed.',
  })
  @Column({ type: 'smallint', nullable: true })
  cadenceMonths: number | null;
  @Field(() => Date, { nullable: true, description: 'The last in-person visit recorded.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastVisitAt: Date | null;
  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Date the household leaves or left assistance (退出救助) while exit follow-up (退出回访, POL-CAD-9) goes on; null ' +
      'otherwise. An end date recorded ahead counts: follow-up is scheduled from it.',
  })
  @Column({ type: 'date', nullable: true })
  exitOn: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Next visit due (下次走访); null when nothing is due (never assessed, no warning, no exit).',
  })
  @Column({ type: 'date', nullable: true })
  nextDue: string | null;
  @Field(() => VisitReasonEnum, { nullable: true, description: 'Why the next visit is due then.' })
  @Column({ type: 'text', nullable: true })
  reason: VisitReason | null;
  @Field({
    description: 'A warning arrived after the last visit: a visit is due at once (cleared by recording a visit).',
  })
  @Column({ type: 'boolean', default: false })
  visitFlagged: boolean;
  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Next reassessment due (复核评估): the latest assessment + the model interval for its level ' +
      '(INDICATOR-MODEL.md §6), halved for 人户分离 or non-local-hukou households (POL-MON-3); at once after a ' +
      'warning; the day a category began or ended. Null when never assessed.',
  })
  @Column({ type: 'date', nullable: true })
  reassessOn: string | null;
  @Field(() => ReassessmentReasonEnum, { nullable: true, description: 'Why the next reassessment is due then.' })
  @Column({ type: 'text', nullable: true })
  reassessReason: ReassessmentReason | null;
  @Field({ description: 'When the row was last recomputed.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
