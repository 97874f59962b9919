import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, ID, Mutation, Query, Resolver, Info } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { ConnectionArgs, PAGE_DEPRECATION, PAGE_DESCRIPTION, PageInput, pageRequest } from '../../graphql/pagination';
import { Resource } from './catalogue.entity';
import {
  CreateResourceInput,
  ResourceFilter,
  ResourceTransitionInput,
  UpdateCapacityInput,
  UpdateResourceInput,
} from './catalogue.inputs';
import { CreateResourceResult, ResourceList, ResourceResult } from './catalogue.types';
import { ResourceWorkflowService } from './resource-workflow.service';
import { ResourceService } from './resource.service';

// The published catalogue is public to every signed-in role; drafts belong to their organisation.
@Authorized()
@Resolver(() => Resource)
export class ResourceResolver {
  constructor(
    private readonly resourceService: ResourceService,
    private readonly workflow: ResourceWorkflowService,
  ) {}

  @Query(() => Resource, {
    nullable: true,
    description: 'One resource. Drafts and submissions of other organisations are NOT_FOUND.',
  })
  async resource(
    @Arg('id', () => ID, { description: 'The resource id.' }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    const resource = await this.resourceService.findVisible(viewer, id);
    if (!resource) throw new DomainError('NOT_FOUND', `Resource ${id} not found`);
    return resource;
  }

  @Query(() => ResourceList, {
    description: 'Resources by code, filtered and paginated (PUBLISHED unless filter.status says otherwise).',
  })
  resources(
    @Arg('filter', () => ResourceFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: ResourceFilter | undefined,
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
    return this.resourceService.list(viewer, filter ?? {}, pageRequest(page, window, info));
  }

  @Authorized('ADMIN', 'PARTNER')
  @Mutation(() => CreateResourceResult, {
    description: 'Register a resource as a DRAFT. A PARTNER registers for its own organisation only.',
  })
  createResource(
    @Arg('input', { description: 'The resource.' }) input: CreateResourceInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.workflow.create(viewer, input);
  }

  @Authorized('ADMIN', 'PARTNER')
  @Mutation(() => ResourceResult, {
    description: 'Change a resource. A PARTNER edits its own drafts; ADMIN edits any resource that is not retired.',
  })
  updateResource(
    @Arg('input', { description: 'The changes.' }) input: UpdateResourceInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.workflow.update(viewer, input);
  }

  @Authorized('ADMIN', 'PARTNER')
  @Mutation(() => ResourceResult, { description: 'Submit a draft for review (DRAFT → SUBMITTED).' })
  submitResource(
    @Arg('input', { description: 'The resource and an optional note.' }) input: ResourceTransitionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.workflow.transition(viewer, 'SUBMITTED', input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ResourceResult, {
    description: 'ADMIN publishes a submitted resource (SUBMITTED → PUBLISHED), with an optional note.',
  })
  publishResource(
    @Arg('input', { description: 'The resource and a review note.' }) input: ResourceTransitionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.workflow.transition(viewer, 'PUBLISHED', input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ResourceResult, {
    description:
      'ADMIN returns a submitted resource to its organisation with reasons (SUBMITTED → DRAFT); the note is required.',
  })
  returnResource(
    @Arg('input', { description: 'The resource and the reasons.' }) input: ResourceTransitionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.workflow.transition(viewer, 'RETURNED', input);
  }

  @Authorized('ADMIN', 'PARTNER')
  @Mutation(() => ResourceResult, {
    description: 'Suspend a published resource (no new matches); the note is required.',
  })
  suspendResource(
    @Arg('input', { description: 'The resource and why.' }) input: ResourceTransitionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.workflow.transition(viewer, 'SUSPENDED', input);
  }

  @Authorized('ADMIN', 'PARTNER')
  @Mutation(() => ResourceResult, { description: 'Resume a suspended resource (SUSPENDED → PUBLISHED).' })
  resumeResource(
    @Arg('input', { description: 'The resource.' }) input: ResourceTransitionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.workflow.transition(viewer, 'RESUMED', input);
  }

  @Authorized('ADMIN', 'PARTNER')
  @Mutation(() => ResourceResult, {
    description: 'Retire a resource for good; it stays readable with its history. The note is required.',
  })
  retireResource(
    @Arg('input', { description: 'The resource and why.' }) input: ResourceTransitionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.workflow.transition(viewer, 'RETIRED', input);
  }

  @Authorized('ADMIN', 'PARTNER')
  @Mutation(() => ResourceResult, { description: 'Set the places left in the current period of a QUOTA resource.' })
  updateResourceCapacity(
    @Arg('input', { description: 'The resource and the places left.' }) input: UpdateCapacityInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.workflow.updateCapacity(viewer, input);
  }
}
