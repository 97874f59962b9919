import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { LocalDate } from '../../graphql/scalars';
import { VisitStatisticsService } from './visit-statistics.service';

@ObjectType({ description: "One adviser's work in a period: caseload, visits done, visits due and overdue." })
export class AdviserWorkCell {
  @Field({ description: 'Roster id.' }) adviserId: string;
  @Field(() => String, { nullable: true, description: 'Name; null for VIEWER.' }) adviserName: string | null;
  @Field({ description: 'Street (街镇) served.' }) streetCode: string;
  @Field(() => Int, { description: 'Caseload limit.' }) caseloadMax: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Households responsible for now; null when suppressed; for VIEWER rounded to a multiple of 5, null under 5.',
  })
  caseload: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'In-person visits recorded in the period; null when suppressed; for VIEWER rounded to a multiple of 5, ' +
      'null under 5.',
  })
  visitsDone: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Distinct households visited in the period; null when suppressed; for VIEWER rounded to a multiple of 5, ' +
      'null under 5.',
  })
  householdsVisited: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Households with a visit due by the end of the period (overdue included); null when suppressed; for VIEWER ' +
      'rounded to a multiple of 5, null under 5.',
  })
  dueByEnd: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Households whose visit is overdue today; null when suppressed; for VIEWER rounded to a multiple of 5, ' +
      'null under 5.',
  })
  overdue: number | null;
  @Field({
    description: 'True when the caller is a VIEWER and the adviser has fewer than 5 households: counts withheld.',
  })
  suppressed: boolean;
}

@Authorized('ADMIN', 'ADVISER', 'VIEWER')
@Resolver()
export class AdviserStatisticsResolver {
  constructor(private readonly work: VisitStatisticsService) {}

  @Query(() => [AdviserWorkCell], {
    description:
      'Per active adviser: caseload, visits done in [from, to], visits due by `to` and overdue today. ADVISER: ' +
      'own streets; VIEWER: no names, counts withheld for advisers with fewer than 5 households.',
  })
  adviserWorkStatistics(
    @Arg('from', () => LocalDate, {
      nullable: true,
      description: 'First day of the period; the first of this month when omitted.',
    })
    from: string | undefined,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Last day of the period; today when omitted.' })
    to: string | undefined,
    @Arg('streetCode', () => String, { nullable: true, description: 'Only this street.' })
    streetCode: string | undefined,
    @Arg('districtCode', () => String, { nullable: true, description: 'Only this district.' })
    districtCode: string | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { today }: Context,
  ) {
    return this.work.adviserWork(viewer, {
      from: from ?? `${today.slice(0, 8)}01`,
      to: to ?? today,
      streetCode,
      districtCode,
    });
  }
}
