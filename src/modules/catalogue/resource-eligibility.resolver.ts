import { Arg, Authorized, ID, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { ResourceEligibilityService } from './resource-eligibility.service';
import { CheckEligibilityResult } from './resource-eligibility.types';

@Authorized('ADMIN', 'ADVISER')
@Resolver()
export class ResourceEligibilityResolver {
  constructor(private readonly eligibility: ResourceEligibilityService) {}

  @Query(() => CheckEligibilityResult, {
    description:
      'Is this household eligible for this resource? ELIGIBLE, INELIGIBLE or UNKNOWN, with every condition ' +
      'explained in Chinese and English.',
  })
  checkEligibility(
    @Arg('householdId', () => ID, { description: 'The household.' }) householdId: string,
    @Arg('resourceId', () => ID, { description: 'The resource.' }) resourceId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.eligibility.check(viewer, householdId, resourceId);
  }
}
