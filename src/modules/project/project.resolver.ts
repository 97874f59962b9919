import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer, type Context } from '../../graphql/context';
import { GraphQLJSON } from '../../graphql/scalars';
import { Resource } from '../catalogue/catalogue.entity';
import { Fund } from '../fund/fund.entity';
import { canSeeFund } from '../fund/fund.service';
import { Project } from './project.entity';
import { ProjectScopeLevelEnum, type ProjectScopeLevel } from './project.enums';
import { CreateProjectInput, PlanProjectHouseholdInput } from './project.inputs';
import { ProjectService } from './project.service';
import {
  CreateProjectResult,
  PlanProjectHouseholdResult,
  ProjectHouseholdProposal,
  SharedUnmetNeed,
} from './project.types';

@Resolver()
export class ProjectResolver {
  constructor(private readonly service: ProjectService) {}

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR', 'VIEWER')
  @Query(() => [SharedUnmetNeed], {
    description:
      'Shared unmet needs (共性未满足需求) of a street or district by need code, with the households’ common facts, ' +
      'masked (counts only): what a project (项目帮扶, 一类一策) is made from. ADMIN any area; ADVISER and SUPERVISOR ' +
      'their streets of it; VIEWER the same with cells under 5 withheld and counts rounded to 5.',
  })
  sharedUnmetNeeds(
    @Arg('level', () => ProjectScopeLevelEnum, { description: 'STREET or DISTRICT.' }) level: ProjectScopeLevel,
    @Arg('code', { description: 'Street (9 digits) or district (6 digits) code.' }) code: string,
    @Arg('needCode', () => String, { nullable: true, description: 'Only this need code (N01–N28).' })
    needCode: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.sharedUnmetNeeds(viewer, level, code, needCode ?? undefined);
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @Query(() => [Project], {
    description:
      'Projects (帮扶项目), newest first, then by code (at most 500): ADMIN all, others those covering their streets.',
  })
  projects(
    @Arg('level', () => ProjectScopeLevelEnum, { nullable: true, description: 'With code: only this area.' })
    level: ProjectScopeLevel | null,
    @Arg('code', () => String, { nullable: true, description: 'With level: the street or district code.' })
    code: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.list(viewer, level ?? undefined, code ?? undefined);
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @Query(() => Project, { description: 'One project; NOT_FOUND when it does not exist or is not yours to see.' })
  async project(@Arg('id', () => ID, { description: 'The project.' }) id: string, @CurrentViewer() viewer: Viewer) {
    const project = await this.service.byId(viewer, id);
    if (!project) throw new DomainError('NOT_FOUND', `Project ${id} not found`);
    return project;
  }

  @Authorized('ADMIN', 'ADVISER')
  @Query(() => [ProjectHouseholdProposal], {
    description:
      'Households behind a project’s need (拟纳入家庭) in your streets of its area: an unmet need of its code and the ' +
      'project resource’s rule ELIGIBLE or UNKNOWN, with consent to charity referral and the draft plan to add to.',
  })
  proposeProjectHouseholds(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.proposeHouseholds(viewer, projectId);
  }

  @Authorized('ADMIN')
  @Mutation(() => CreateProjectResult, {
    description:
      'Set up a project for a shared unmet need (立项, 项目帮扶): a published catalogue resource (its provider, tier, ' +
      'need code, rule and capacity) and its fund (existing, paying PROJECT_HELP, or new), with the aggregate it was ' +
      'made from. ADMIN (区民政) only. One transaction.',
  })
  createProject(
    @Arg('input', { description: 'Need, area, resource and fund.' }) input: CreateProjectInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(viewer, input);
  }

  @Authorized('ADMIN', 'ADVISER')
  @Mutation(() => PlanProjectHouseholdResult, {
    description:
      'Plan a household into a project (纳入项目): adds the project resource to its draft plan for its unmet need ' +
      'through the plan editor (addPlanItem’s checks), which refuses a household without consent to charity referral.',
  })
  planProjectHousehold(
    @Arg('input', { description: 'Project, household and reason.' }) input: PlanProjectHouseholdInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.planHousehold(viewer, input);
  }
}

@Resolver(() => Project)
export class ProjectFieldsResolver {
  @FieldResolver(() => Resource, { nullable: true, description: 'The project’s catalogue resource (救助资源).' })
  resource(@Root() p: Project, @Ctx() { loaders }: Context) {
    return loaders.resourceById.load(p.resourceId);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description:
      'The aggregate it was made from (立项依据): the day, the area and its exact counts by status and common facts; no ' +
      'names, ID numbers or addresses. ADMIN only (it counts the whole area, beyond an adviser’s streets); null for ' +
      'others.',
  })
  snapshot(@Root() p: Project, @Ctx() { viewer }: Context) {
    return viewer?.role === 'ADMIN' ? p.snapshot : null;
  }

  @FieldResolver(() => Fund, { nullable: true, description: 'Its fund (专项资金); null when not yours to see.' })
  async fund(@Root() p: Project, @Ctx() { loaders, viewer }: Context) {
    const fund = await loaders.fundById.load(p.fundId);
    return fund && viewer && canSeeFund(viewer, fund) ? fund : null;
  }
}
