// needStatistics: needs by code and status, resolved beside the needs list it counts.
import { Arg, Authorized, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { NeedStatusEnum } from './need.enums';
import { NeedStatisticsService } from './need-statistics.service';

@ObjectType({ description: 'Needs of one code in one status, over active households.' })
export class NeedStatisticsCell {
  @Field({ description: 'Need code N01–N28.' }) code: string;
  @Field(() => NeedStatusEnum, {
    description:
      'Status: MET 已满足; OPEN / REFERRED / IN_PROGRESS / PARTIALLY_MET unmet so far; NO_RESOURCE 无资源; ' +
      'DECLINED, RESOLVED closed otherwise.',
  })
  status: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Needs; null when suppressed; for VIEWER rounded to a multiple of 5, null under 5.',
  })
  needs: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Households; null when suppressed; for VIEWER rounded to a multiple of 5, null under 5.',
  })
  households: number | null;
  @Field({ description: 'True when the cell has fewer than 5 households and the caller is a VIEWER.' })
  suppressed: boolean;
}

@Authorized('ADMIN', 'ADVISER', 'VIEWER')
@Resolver()
export class NeedStatisticsResolver {
  constructor(private readonly statistics: NeedStatisticsService) {}

  @Query(() => [NeedStatisticsCell], {
    description:
      'Needs by code and status (met, unmet, no resource …) over active households. ADVISER: own streets; ' +
      'VIEWER: cells under 5 households suppressed.',
  })
  needStatistics(
    @Arg('districtCode', () => String, { nullable: true, description: 'Only this district (区).' })
    districtCode: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.statistics.needs(viewer, districtCode);
  }
}
