import { GraphQLJSON } from '../../graphql/scalars';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Household } from '../household/household.entity';
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
    const latest = await loaders.latestAssessmentByHouseholdId.load(h.id);
    return latest ? loaders.profileByAssessment.load(latest) : null;
  }

  @FieldResolver(() => Assessment, { nullable: true, description: 'The latest assessment.' })
  latestAssessment(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.latestAssessmentByHouseholdId.load(h.id);
  }

  @FieldResolver(() => [Assessment], { description: 'Every assessment, newest first (for trend lines).' })
  assessments(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.assessmentsByHouseholdId.load(h.id);
  }
}

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Assessment)
export class AssessmentFieldsResolver {
  @FieldResolver(() => HardshipProfileView, {
    description: 'The profile of the facts at the time under the model version used (derived from both when read).',
  })
  profile(@Root() a: Assessment, @Ctx() { loaders }: Context) {
    return loaders.profileByAssessment.load(a);
  }

  @FieldResolver(() => GraphQLJSON, {
    description: 'Snapshot of the facts the model read (HouseholdFacts), for audit.',
  })
  inputs(@Root() a: Assessment) {
    return a.facts;
  }
}
