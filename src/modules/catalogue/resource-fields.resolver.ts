import { Authorized, Ctx, FieldResolver, Int, ObjectType, Field, Resolver, Root } from 'type-graphql';
import { ageBounds, describeRule, Rule } from '../eligibility';
import type { Context } from '../../graphql/context';
import { NeedCode } from '../reference/reference.entity';
import { Provider, Resource, ResourceChange } from './catalogue.entity';
import { Tier, TIER_OF_PROVIDER } from './catalogue.enums';

@ObjectType({ description: 'A rule summarised in Chinese and English, with the age bounds it implies.' })
export class EligibilitySummary {
  @Field({ description: 'Chinese.' }) zh: string;
  @Field({ description: 'English.' }) en: string;
  @Field(() => Int, { nullable: true, description: 'Minimum age of a member the rule requires, when it says so.' })
  minimumAge: number | null;
  @Field(() => Int, { nullable: true, description: 'Maximum age of a member the rule allows, when it says so.' })
  maximumAge: number | null;
}

@Authorized()
@Resolver(() => Resource)
export class ResourceFieldsResolver {
  @FieldResolver(() => Provider, { description: 'The organisation that runs it.' })
  provider(@Root() r: Resource, @Ctx() { loaders }: Context) {
    return loaders.providerById.load(r.providerId);
  }

  @FieldResolver(() => Tier, {
    description: 'Layer in the order of help: the override, or derived from the provider type.',
  })
  async tier(@Root() r: Resource, @Ctx() { loaders }: Context) {
    if (r.tierOverride) return r.tierOverride;
    const provider = await loaders.providerById.load(r.providerId);
    return provider ? TIER_OF_PROVIDER[provider.type] : 'CHARITY_COMMUNITY';
  }

  @FieldResolver(() => [NeedCode], { description: 'The needs it meets, with their names.' })
  async needs(@Root() r: Resource, @Ctx() { loaders }: Context) {
    return (await loaders.needCodeByCode.loadMany(r.needCodes)).filter((n): n is NeedCode => n instanceof NeedCode);
  }

  @FieldResolver(() => EligibilitySummary, {
    description: 'The eligibility rule in plain Chinese and English (资格条件说明).',
  })
  eligibilitySummary(@Root() r: Resource): EligibilitySummary {
    return { ...describeRule(r.eligibility as Rule), ...ageBounds(r.eligibility as Rule) };
  }

  @FieldResolver(() => [ResourceChange], { description: 'Every recorded change, oldest first: who, when, what.' })
  history(@Root() r: Resource, @Ctx() { loaders }: Context) {
    return loaders.changesByResourceId.load(r.id);
  }
}
