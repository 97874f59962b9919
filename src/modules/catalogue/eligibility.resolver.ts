import { Arg, Authorized, ID, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { EligibilityCheckService } from './eligibility-check.service';
import { CheckEligibilityResult } from './eligibility.types';

@Authorized('ADMIN', 'ADVISER')
@Resolver()
export class EligibilityResolver {
  constructor(private readonly eligibility: EligibilityCheckService) {}

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
