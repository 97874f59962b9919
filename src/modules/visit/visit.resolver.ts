import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { ConnectionArgs, PAGE_DEPRECATION, PAGE_DESCRIPTION, PageInput, pageRequest } from '../../graphql/pagination';
import { Adviser } from '../adviser/adviser.entity';
import { Household } from '../household/household.entity';
import { VisitSchedule } from './visit-schedule.entity';
import { VisitService } from './visit.service';
import { DueListArgs, VisitDueList } from './visit.types';

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => VisitSchedule)
export class VisitResolver {
  constructor(private readonly visits: VisitService) {}

  @Query(() => VisitDueList, {
    description:
      'Households with a visit due on or before `until`, earliest first, for one adviser or one street (give ' +
      'exactly one). ADVISER: colleagues and streets of your own streets only.',
  })
  dueVisits(
    @Args() { until, adviserId, streetCode, page, ...window }: DueListArgs,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.visits.due(viewer, { adviserId, streetCode }, until, pageRequest(page, window, info));
  }

  @Query(() => VisitDueList, {
    description: 'Overdue visits (due before today), earliest first, for one adviser or one street (give exactly one).',
  })
  overdueVisits(
    @Arg('adviserId', () => ID, { nullable: true, description: 'The responsible adviser.' })
    adviserId: string | undefined,
    @Arg('streetCode', () => String, { nullable: true, description: 'The street (街镇).' })
    streetCode: string | undefined,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: PAGE_DESCRIPTION,
      deprecationReason: PAGE_DEPRECATION,
    })
    page: PageInput | undefined,
    @Args(() => ConnectionArgs) window: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.visits.overdue(viewer, { adviserId, streetCode }, pageRequest(page, window, info));
  }

  @Query(() => VisitDueList, {
    description:
      'Households due for reassessment (复核评估) on or before `until`, earliest first, each with its ' +
      'reassessReason, for one adviser or one street (give exactly one). ADVISER: colleagues and streets of your ' +
      'own streets only.',
  })
  dueReassessments(
    @Args() { until, adviserId, streetCode, page, ...window }: DueListArgs,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.visits.dueReassessments(viewer, { adviserId, streetCode }, until, pageRequest(page, window, info));
  }

  @FieldResolver(() => Boolean, {
    description:
      "The reassessment is due today or earlier (reassessOn on or before the request's date). Cleared by " +
      'assessing the household again.',
  })
  reassessmentDue(@Root() s: VisitSchedule, @Ctx() { today }: Context) {
    return s.reassessOn !== null && s.reassessOn <= today;
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The household.' })
  household(@Root() s: VisitSchedule, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(s.householdId);
  }

  @FieldResolver(() => Adviser, { nullable: true, description: 'The responsible adviser; null when none.' })
  adviser(@Root() s: VisitSchedule, @Ctx() { loaders }: Context) {
    return s.adviserId ? loaders.adviserById.load(s.adviserId) : null;
  }
}
