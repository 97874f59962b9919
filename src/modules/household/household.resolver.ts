import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver, Info } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { ConnectionArgs, PAGE_DEPRECATION, PAGE_DESCRIPTION, PageInput, pageRequest } from '../../graphql/pagination';
import { Household } from './household.entity';
import {
  AddMemberInput,
  ArchiveHouseholdInput,
  CreateHouseholdInput,
  HouseholdFilter,
  RemoveMemberInput,
  UpdateHouseholdInput,
  UpdateMemberInput,
} from './household.inputs';
import { HouseholdService } from './household.service';
import {
  ArchiveHouseholdResult,
  CreateHouseholdResult,
  HouseholdList,
  MemberResult,
  RemoveMemberResult,
  UpdateHouseholdResult,
} from './household.types';
import { MemberService } from './member.service';

// Households are for ADMIN (everywhere) and ADVISER (their streets). PARTNER and VIEWER are
// refused with FORBIDDEN; they see aggregates elsewhere.
@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Household)
export class HouseholdResolver {
  constructor(
    private readonly householdService: HouseholdService,
    private readonly memberService: MemberService,
  ) {}

  @Query(() => Household, {
    nullable: true,
    description:
      'One household. A household outside your streets is reported as NOT_FOUND, exactly like one that does not exist.',
  })
  async household(
    @Arg('id', () => ID, { description: 'The household id.' }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    const household = await this.householdService.findVisible(viewer, id);
    if (!household) throw new DomainError('NOT_FOUND', `Household ${id} not found`);
    return household;
  }

  @Query(() => HouseholdList, {
    description:
      'Households you may see, newest first, filtered and paginated (ACTIVE only unless filter.status says otherwise).',
  })
  households(
    @Arg('filter', () => HouseholdFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: HouseholdFilter | undefined,
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
    return this.householdService.list(viewer, filter ?? {}, pageRequest(page, window, info));
  }

  @Mutation(() => CreateHouseholdResult, {
    description:
      'Register a household with its members in one transaction. Returns InputValidationError listing every ' +
      'rejected field; nothing is written then.',
  })
  createHousehold(
    @Arg('input', { description: 'The household.' }) input: CreateHouseholdInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.householdService.create(viewer, input);
  }

  @Mutation(() => UpdateHouseholdResult, {
    description:
      'Change some facts of a household. Omitted fields are unchanged; null sets a fact to unknown; a list ' +
      'replaces the stored list.',
  })
  async updateHousehold(
    @Arg('input', { description: 'The changes.' }) input: UpdateHouseholdInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.householdService.update(viewer, input);
    forgetHousehold(loaders, input.id);
    return result;
  }

  @Mutation(() => ArchiveHouseholdResult, {
    description: 'Archive a household: it leaves default lists but keeps its history.',
  })
  archiveHousehold(
    @Arg('input', { description: 'Which household and why.' }) input: ArchiveHouseholdInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.householdService.archive(viewer, input);
  }

  @Mutation(() => MemberResult, { description: 'Add a member to a household.' })
  async addMember(
    @Arg('input', { description: 'The household and the member.' }) input: AddMemberInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.memberService.add(viewer, input);
    forgetHousehold(loaders, input.householdId);
    return result;
  }

  @Mutation(() => MemberResult, {
    description: 'Change some facts of a member. Omitted fields are unchanged; null sets a fact to unknown.',
  })
  updateMember(
    @Arg('input', { description: 'The changes.' }) input: UpdateMemberInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.memberService.update(viewer, input);
  }

  @Mutation(() => RemoveMemberResult, {
    description: 'Remove a member from a household; returns the household as it is now.',
  })
  async removeMember(
    @Arg('input', { description: 'The member.' }) input: RemoveMemberInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.memberService.remove(viewer, input);
    if ('errorCode' in result) return result;
    forgetHousehold(loaders, result.householdId);
    return (await this.householdService.findVisible(viewer, result.householdId))!;
  }
}

function forgetHousehold(loaders: Context['loaders'], householdId: string) {
  loaders.householdById.clear(householdId);
  loaders.membersByHouseholdId.clear(householdId);
}
