import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionArgs, ListOf, PAGE_DEPRECATION, PAGE_DESCRIPTION, PageInput } from '../../graphql/pagination';
import { LocalDate } from '../../graphql/scalars';
import { VisitSchedule } from './visit-schedule.entity';

@ObjectType({ description: 'A page of households with a visit due.' })
export class VisitDueList extends ListOf(VisitSchedule, 'Schedules on this page, earliest due first.') {}

@ArgsType()
export class DueListArgs extends ConnectionArgs {
  @Field(() => LocalDate, { description: 'Last due date to include, e.g. the end of this month.' }) until: string;
  @Field(() => ID, { nullable: true, description: 'The responsible adviser.' }) adviserId?: string;
  @Field(() => String, { nullable: true, description: 'The street (街镇); includes households with no adviser.' })
  streetCode?: string;
  @Field(() => PageInput, { nullable: true, description: PAGE_DESCRIPTION, deprecationReason: PAGE_DEPRECATION })
  page?: PageInput;
}
