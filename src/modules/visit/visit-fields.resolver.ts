// Visit fields on the types of modules before visit (an adviser's due visits, a household's schedule):
// they live here so adviser and service-record never import visit (the data path runs one way).
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../../graphql/context';
import { LocalDate } from '../../graphql/scalars';
import { Adviser } from '../adviser/adviser.entity';
import { Household } from '../household/household.entity';
import { VisitSchedule } from './visit-schedule.entity';

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Adviser)
export class AdviserVisitFieldsResolver {
  @FieldResolver(() => [VisitSchedule], {
    description: "The adviser's households with a visit due on or before `until` (overdue first).",
  })
  dueVisits(
    @Root() a: Adviser,
    @Arg('until', () => LocalDate, { nullable: true, description: 'Last due date to include; today when omitted.' })
    until: string | undefined,
    @Ctx() { loaders, today }: Context,
  ) {
    return loaders.dueVisitsByAdviserUntil.load(`${a.id}|${until ?? today}`);
  }
}

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Household)
export class HouseholdVisitFieldsResolver {
  @FieldResolver(() => VisitSchedule, {
    nullable: true,
    description:
      'When the next visit is due and why, and whether a warning asks for reassessment or a visit; null for an ' +
      'archived household.',
  })
  visitSchedule(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.visitScheduleByHouseholdId.load(h.id);
  }
}
