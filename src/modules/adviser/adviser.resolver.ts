import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver, Info } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { ConnectionArgs, PAGE_DEPRECATION, PAGE_DESCRIPTION, PageInput, pageRequest } from '../../graphql/pagination';
import { Adviser } from './adviser.entity';
import {
  AdviserFilter,
  AssignAdviserInput,
  CreateAdviserInput,
  FileNearRelativeInput,
  UnassignAdviserInput,
  UpdateAdviserInput,
} from './adviser.inputs';
import { AdviserService } from './adviser.service';
import {
  AdviserList,
  AdviserResult,
  AdviserSuggestion,
  AssignmentResult,
  NearRelativeFilingResult,
} from './adviser.types';
import { AssignmentService } from './assignment.service';

// The roster is managed by ADMIN; advisers read their own entry and colleagues in their streets.
@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Adviser)
export class AdviserResolver {
  constructor(
    private readonly roster: AdviserService,
    private readonly assignments: AssignmentService,
  ) {}

  @Query(() => Adviser, {
    description:
      'One roster entry. An adviser outside your streets is NOT_FOUND, exactly like one that does not exist.',
  })
  async adviser(@Arg('id', () => ID, { description: 'Roster id.' }) id: string, @CurrentViewer() viewer: Viewer) {
    const adviser = await this.roster.findVisible(viewer, id);
    if (!adviser) throw new DomainError('NOT_FOUND', `Adviser ${id} not found`);
    return adviser;
  }

  @Query(() => AdviserList, {
    description:
      'The roster (社区救助顾问人员清单): ADMIN all streets, ADVISER their streets. Active entries unless filter.active is ' +
      'false.',
  })
  advisers(
    @Arg('filter', () => AdviserFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: AdviserFilter | undefined,
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
    return this.roster.list(viewer, filter ?? {}, pageRequest(page, window, info));
  }

  @Query(() => [AdviserSuggestion], {
    description:
      "Active advisers of the household's street with spare capacity and no filed near relative in it, best " +
      'specialty fit first, with reasons. Empty for a household you cannot see.',
  })
  suggestAdvisers(
    @Arg('householdId', () => ID, { description: 'The household.' }) householdId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.assignments.suggest(viewer, householdId);
  }

  @Authorized('ADMIN')
  @Mutation(() => AdviserResult, { description: 'ADMIN: add an adviser to the roster.' })
  createAdviser(
    @Arg('input', { description: 'The roster entry.' }) input: CreateAdviserInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.roster.create(viewer, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => AdviserResult, {
    description:
      "ADMIN: change a roster entry. active: false deactivates it: the adviser's token stops working at once and " +
      'their households become unassigned (history kept).',
  })
  async updateAdviser(
    @Arg('input', { description: 'The changes.' }) input: UpdateAdviserInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.roster.update(viewer, input);
    loaders.adviserById.clear(input.id);
    loaders.currentAssignmentsByAdviserId.clear(input.id);
    return result;
  }

  @Authorized('ADMIN')
  @Mutation(() => NearRelativeFilingResult, {
    description:
      'ADMIN: file a near relative (近亲属备案) of an adviser; the adviser cannot then be made responsible for a ' +
      'household the relative belongs to.',
  })
  async fileNearRelative(
    @Arg('input', { description: 'The filing.' }) input: FileNearRelativeInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.roster.fileNearRelative(viewer, input);
    loaders.nearRelativeFilingsByAdviserId.clear(input.adviserId);
    return result;
  }

  @Authorized('ADMIN')
  @Mutation(() => NearRelativeFilingResult, {
    description: 'ADMIN: remove a near-relative filing (e.g. filed in error); returns it as it was.',
  })
  removeNearRelativeFiling(
    @Arg('id', () => ID, { description: 'The filing.' }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.roster.removeNearRelativeFiling(viewer, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => AssignmentResult, {
    description:
      'ADMIN: make an adviser responsible for a household (责任顾问). The adviser must be active, serve the ' +
      "household's street and have no filed near relative in it; a full caseload is a ConflictError. The " +
      'previous assignment ends (history kept) and the visit schedule follows.',
  })
  async assignAdviser(
    @Arg('input', { description: 'Household and adviser.' }) input: AssignAdviserInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.assignments.assign(viewer, input);
    loaders.currentAssignmentByHouseholdId.clear(input.householdId);
    return result;
  }

  @Authorized('ADMIN')
  @Mutation(() => AssignmentResult, {
    description: "ADMIN: end the household's current assignment; returns the ended assignment.",
  })
  async unassignAdviser(
    @Arg('input', { description: 'Household and reason.' }) input: UnassignAdviserInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.assignments.unassign(viewer, input);
    loaders.currentAssignmentByHouseholdId.clear(input.householdId);
    return result;
  }
}
