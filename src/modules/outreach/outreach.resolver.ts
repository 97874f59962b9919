import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { ConnectionArgs, pageRequest } from '../../graphql/pagination';
import { Household } from '../household/household.entity';
import { OutreachLead, OutreachLeadChange } from './outreach.entity';
import { OutreachSweepService } from './outreach-sweep.service';
import { OutreachService } from './outreach.service';
import {
  OutreachLeadFilter,
  OutreachLeadList,
  OutreachStatisticsCell,
  RecordOutreachOutcomeInput,
  RecordOutreachOutcomeResult,
  RunOutreachSweepResult,
  SweepInput,
} from './outreach.types';

@Resolver(() => OutreachLead)
export class OutreachResolver {
  constructor(
    private readonly sweeps: OutreachSweepService,
    private readonly leads: OutreachService,
  ) {}

  @Authorized('ADMIN', 'ADVISER')
  @Mutation(() => RunOutreachSweepResult, {
    description:
      '政策找人 sweep: find the households of the four target groups of POLICY.md §2.2 in a street, a district ' +
      'or the city, each lead with its reasons and rule ids, assigned to an adviser of the street. ADMIN ' +
      'anywhere; ADVISER one of their own streets (else FORBIDDEN). Idempotent: a lead already raised, open or ' +
      'closed, is not raised again unless the facts that raised it changed. Commits chunk by chunk; run it ' +
      'again to complete a sweep that stopped.',
  })
  runOutreachSweep(@Arg('input', { description: 'The scope.' }) input: SweepInput, @CurrentViewer() viewer: Viewer) {
    return this.sweeps.run(viewer, input);
  }

  @Authorized('ADMIN', 'ADVISER')
  @Mutation(() => RecordOutreachOutcomeResult, {
    description:
      'Record what working a lead came to (走访结果): VISITED or HELPED_TO_APPLY keep it open; ENROLLED, ' +
      'NOT_ELIGIBLE, DECLINED or MOVED close it. A step the lifecycle does not allow is an InvalidTransitionError.',
  })
  recordOutreachOutcome(
    @Arg('input', { description: 'The lead, outcome and version.' }) input: RecordOutreachOutcomeInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.leads.recordOutcome(viewer, input);
  }

  @Authorized('ADMIN', 'ADVISER')
  @Query(() => OutreachLeadList, {
    description: '政策找人 leads (找人线索), newest first. ADVISER: leads of your streets; ADMIN: all.',
  })
  outreachLeads(
    @Arg('filter', () => OutreachLeadFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: OutreachLeadFilter | undefined,
    @Args(() => ConnectionArgs) window: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.leads.list(viewer, filter ?? {}, pageRequest(undefined, window, info));
  }

  @Authorized('ADMIN', 'ADVISER', 'VIEWER')
  @Query(() => [OutreachStatisticsCell], {
    description:
      'Leads by street, target group and status (找人统计). ADVISER: your streets. ' +
      'VIEWER: counts rounded to a multiple of 5, null under 5.',
  })
  outreachStatistics(
    @Arg('districtCode', () => String, { nullable: true, description: 'Only this district (6 digits).' })
    districtCode: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.leads.statistics(viewer, districtCode ?? undefined);
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The household (scoped like every household).' })
  household(@Root() lead: OutreachLead, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(lead.householdId);
  }

  @FieldResolver(() => [OutreachLeadChange], { description: 'History (处理记录), oldest first.' })
  history(@Root() lead: OutreachLead, @Ctx() { loaders }: Context) {
    return loaders.outreachChangesByLeadId.load(lead.id);
  }
}
