import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { Assessment } from './assessment.entity';
import { WhatIfInput, applyWhatIf } from './assessment.inputs';
import { AssessmentService } from './assessment.service';
import { AssessHouseholdResult, HardshipStatisticsCell, PreviewAssessmentResult } from './assessment.types';
import { HardshipStatisticsService } from './hardship-statistics.service';

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Assessment)
export class AssessmentResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly statistics: HardshipStatisticsService,
  ) {}

  @Mutation(() => AssessHouseholdResult, {
    description:
      'Assess a household with the active model: stores an immutable assessment and refreshes its needs list. ' +
      'Assessing again on the same day with unchanged facts returns the same assessment.',
  })
  async assessHousehold(
    @Arg('householdId', () => ID, { description: 'The household.' }) householdId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.assessments.assess(viewer, householdId);
    loaders.latestAssessmentByHouseholdId.clear(householdId);
    loaders.needsByHouseholdId.clear(householdId);
    return result;
  }

  @Query(() => PreviewAssessmentResult, {
    description:
      'What-if: the profile the household would get with these changes (and optionally another model). Stores nothing.',
  })
  previewAssessment(
    @Arg('householdId', () => ID, { description: 'The household.' }) householdId: string,
    @Arg('changes', () => WhatIfInput, { nullable: true, description: 'Changes to try; omitted = as stored.' })
    changes: WhatIfInput | undefined,
    @Arg('modelId', () => String, {
      nullable: true,
      description: 'A registered model id; the active model when omitted.',
    })
    modelId: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.assessments.preview(viewer, householdId, (facts) => changes && applyWhatIf(facts, changes), modelId);
  }

  @Authorized('ADMIN', 'ADVISER', 'VIEWER')
  @Query(() => [HardshipStatisticsCell], {
    description:
      'Households by street × level × circle from their latest assessments. ADVISER: own streets; VIEWER: cells ' +
      'under 5 households are suppressed.',
  })
  hardshipStatistics(
    @Arg('districtCode', () => String, { nullable: true, description: 'Only this district (区).' })
    districtCode: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.statistics.hardship(viewer, districtCode);
  }
}
