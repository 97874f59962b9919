import { GraphQLJSON } from '../../graphql/scalars';
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Household } from '../household/household.entity';
import { Need } from '../need/need.entity';
import { CLOSED_NEED_STATUSES } from '../need/need.enums';
import { Assessment } from './assessment.entity';
import { HardshipProfileView } from './profile.types';

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Household)
export class HouseholdAssessmentFieldsResolver {
  @FieldResolver(() => HardshipProfileView, {
    nullable: true,
    description: 'The latest hardship profile (困境画像); null until the household is assessed.',
  })
  async profile(@Root() h: Household, @Ctx() { loaders }: Context) {
    return (await loaders.latestAssessmentByHouseholdId.load(h.id))?.profile ?? null;
  }

  @FieldResolver(() => Assessment, { nullable: true, description: 'The latest assessment.' })
  latestAssessment(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.latestAssessmentByHouseholdId.load(h.id);
  }

  @FieldResolver(() => [Assessment], { description: 'Every assessment, newest first (for trend lines).' })
  assessments(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.assessmentsByHouseholdId.load(h.id);
  }

  @FieldResolver(() => [Need], {
    description: 'The needs list of this household (低收入人口需求清单): active needs, or all including closed ones.',
  })
  async needs(
    @Root() h: Household,
    @Ctx() { loaders }: Context,
    @Arg('includeClosed', () => Boolean, {
      defaultValue: false,
      description: 'Include MET, DECLINED and RESOLVED needs.',
    })
    includeClosed: boolean,
  ) {
    const needs = await loaders.needsByHouseholdId.load(h.id);
    return includeClosed ? needs : needs.filter((n) => !CLOSED_NEED_STATUSES.includes(n.status));
  }
}

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Assessment)
export class AssessmentFieldsResolver {
  @FieldResolver(() => HardshipProfileView, { description: 'The profile computed at the time.' })
  profile(@Root() a: Assessment) {
    return a.profile;
  }

  @FieldResolver(() => GraphQLJSON, {
    description: 'Snapshot of the facts the model read (HouseholdFacts), for audit.',
  })
  inputs(@Root() a: Assessment) {
    return a.facts;
  }
}
