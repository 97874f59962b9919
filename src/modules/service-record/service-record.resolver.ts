import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { ConnectionArgs, PAGE_DEPRECATION, PAGE_DESCRIPTION, PageInput, pageRequest } from '../../graphql/pagination';
import { Adviser } from '../adviser/adviser.entity';
import { Household } from '../household/household.entity';
import { Warning } from '../warning/warning.entity';
import { AdviserServiceType, ServiceRecord } from './service-record.entity';
import { ADVISER_SERVICE_CODES } from './service-record.enums';
import { RecordServiceInput, ServiceRecordFilter } from './service-record.inputs';
import { ServiceRecordService } from './service-record.service';
import { RecordServiceResult, ServiceRecordList } from './service-record.types';

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => ServiceRecord)
export class ServiceRecordResolver {
  constructor(private readonly records: ServiceRecordService) {}

  @Authorized()
  @Query(() => [AdviserServiceType], {
    description:
      'The adviser service catalogue (社区救助顾问服务清单): ADV-BRIEF … ADV-EMERG with their standards. Any role.',
  })
  async adviserServices(@Ctx() { loaders }: Context) {
    const services = await loaders.adviserServiceByCode.loadMany([...ADVISER_SERVICE_CODES]);
    return services.filter((s): s is AdviserServiceType => !!s && !(s instanceof Error));
  }

  @Query(() => ServiceRecordList, {
    description: 'Service records you may see (households of your streets), newest first.',
  })
  serviceRecords(
    @Arg('filter', () => ServiceRecordFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: ServiceRecordFilter | undefined,
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
    return this.records.list(viewer, filter ?? {}, pageRequest(page, window, info));
  }

  @Mutation(() => RecordServiceResult, {
    description:
      'Record a service (服务记录), e.g. a home visit. In the same transaction it may update household facts, add needs ' +
      '(source VISIT) and move needs on; an in-person record clears the warning visit flag and moves the next ' +
      'visit forward. A rejected record writes nothing.',
  })
  async recordService(
    @Arg('input', { description: 'The record.' }) input: RecordServiceInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.records.record(viewer, input);
    for (const loader of [
      loaders.householdById,
      loaders.needsByHouseholdId,
      loaders.visitScheduleByHouseholdId,
      loaders.serviceRecordsByHouseholdId,
    ])
      loader.clear(input.householdId);
    return result;
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The household served.' })
  household(@Root() r: ServiceRecord, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(r.householdId);
  }

  @FieldResolver(() => Adviser, { nullable: true, description: 'The adviser who delivered it.' })
  adviser(@Root() r: ServiceRecord, @Ctx() { loaders }: Context) {
    return loaders.adviserById.load(r.adviserId);
  }

  @FieldResolver(() => AdviserServiceType, { nullable: true, description: 'The catalogue entry of the service.' })
  service(@Root() r: ServiceRecord, @Ctx() { loaders }: Context) {
    return loaders.adviserServiceByCode.load(r.serviceCode);
  }
}

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Household)
export class HouseholdWorkFieldsResolver {
  @FieldResolver(() => [ServiceRecord], { description: 'Service records (服务记录), newest first.' })
  serviceRecords(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.serviceRecordsByHouseholdId.load(h.id);
  }

  @FieldResolver(() => [Warning], {
    description: 'Data-comparison warnings (动态监测预警) matched to the household, newest first.',
  })
  warnings(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.warningsByHouseholdId.load(h.id);
  }
}
