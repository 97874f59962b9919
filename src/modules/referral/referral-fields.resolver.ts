import { Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Provider, Resource } from '../catalogue/catalogue.entity';
import { EligibilityTraceLine } from '../catalogue/resource-eligibility.types';
import { Household } from '../household/household.entity';
import { Need } from '../need/need.entity';
import { Plan } from '../plan/plan.entity';
import { DEPRECATED_ONE_NEED } from '../plan/plan.enums';
import { loadNeeds } from '../plan/plan.loaders';
import { NeedCode } from '../reference/reference.entity';
import { Referral, ReferralChange } from './referral.entity';
import { ReferralSubject } from './referral.types';

@Authorized('ADMIN', 'ADVISER', 'SUPERVISOR', 'PARTNER')
@Resolver(() => Referral)
export class ReferralFieldsResolver {
  @FieldResolver(() => Resource, { nullable: true, description: 'The resource referred to.' })
  resource(@Root() r: Referral, @Ctx() { loaders }: Context) {
    return loaders.resourceById.load(r.resourceId);
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The provider organisation.' })
  provider(@Root() r: Referral, @Ctx() { loaders }: Context) {
    return loaders.providerById.load(r.providerId);
  }

  @FieldResolver(() => NeedCode, {
    nullable: true,
    description: 'The lead need code with its names.',
    deprecationReason: 'a referral works on several needs: use needCodeInfos',
  })
  needCodeInfo(@Root() r: Referral, @Ctx() { loaders }: Context) {
    return loaders.needCodeByCode.load(r.needCode);
  }

  @FieldResolver(() => [NeedCode], { description: 'Every need code it works on with its names, lead need first.' })
  async needCodeInfos(@Root() r: Referral, @Ctx() { loaders }: Context) {
    return (await loaders.needCodeByCode.loadMany(r.needCodes)).filter((n): n is NeedCode => n instanceof NeedCode);
  }

  @FieldResolver(() => Boolean, {
    description: "PENDING past answerDueAt: no answer within the resource's processing time.",
  })
  overdue(@Root() r: Referral, @Ctx() { now }: Context) {
    return r.status === 'PENDING' && r.answerDueAt.getTime() < now.getTime();
  }

  @FieldResolver(() => [ReferralChange], { description: 'Every transition, oldest first: who, when, from, to, why.' })
  history(@Root() r: Referral, @Ctx() { loaders }: Context) {
    return loaders.referralChangesByReferralId.load(r.id);
  }

  @FieldResolver(() => ReferralSubject, {
    description:
      "The household as a provider may see it: street, neighbourhood, size, and only the facts the resource's rule " +
      'requires. No names, ID numbers or other health facts.',
  })
  async subject(@Root() r: Referral, @Ctx() { loaders }: Context): Promise<ReferralSubject> {
    const [household, members, item] = await Promise.all([
      loaders.householdById.load(r.householdId),
      loaders.membersByHouseholdId.load(r.householdId),
      loaders.planItemById.load(r.planItemId),
    ]);
    const requiredFacts = (item?.eligibility ?? [])
      .filter((l) => l.kind === 'comparison' && l.result === 'ELIGIBLE')
      .map((l) =>
        Object.assign(new EligibilityTraceLine(), {
          depth: l.depth,
          path: l.path,
          member: l.member,
          result: l.result,
          zh: l.zh,
          en: l.en,
        }),
      );
    return Object.assign(new ReferralSubject(), {
      streetCode: r.streetCode,
      neighbourhood: household?.neighbourhood ?? null,
      memberCount: members.length,
      requiredFacts,
      expectedBenefit: item?.expectedBenefit ?? null,
      referredBy: r.issuedBy,
    });
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @FieldResolver(() => Household, {
    nullable: true,
    description: 'The household (ADMIN and ADVISER only; a PARTNER gets subject instead).',
  })
  household(@Root() r: Referral, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(r.householdId);
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @FieldResolver(() => Need, {
    nullable: true,
    description: 'The lead need row it works on (ADMIN and ADVISER only).',
    deprecationReason: DEPRECATED_ONE_NEED,
  })
  need(@Root() r: Referral, @Ctx() { loaders }: Context) {
    return loaders.needById.load(r.needId);
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @FieldResolver(() => [ID], { description: 'Every need it works on, lead need first (ADMIN and ADVISER only).' })
  needIds(@Root() r: Referral) {
    return r.needIds;
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @FieldResolver(() => [Need], { description: 'The need rows it works on, lead need first (ADMIN and ADVISER only).' })
  needs(@Root() r: Referral, @Ctx() { loaders }: Context) {
    return loadNeeds(loaders, r.needIds);
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @FieldResolver(() => Plan, { nullable: true, description: 'The plan that issued it (ADMIN and ADVISER only).' })
  plan(@Root() r: Referral, @Ctx() { loaders }: Context) {
    return loaders.planById.load(r.planId);
  }
}
