import { ObjectType } from 'type-graphql';
import { ListOf } from '../../graphql/pagination';
import { VisitSchedule } from './visit-schedule.entity';

@ObjectType({ description: 'A page of households with a visit due.' })
export class VisitDueList extends ListOf(VisitSchedule, 'Schedules on this page, earliest due first.') {}
