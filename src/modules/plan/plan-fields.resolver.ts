import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Assessment } from '../assessment/assessment.entity';
import { Resource } from '../catalogue/catalogue.entity';
import { Household } from '../household/household.entity';
import { Need } from '../need/need.entity';
import { Plan, PlanItem } from './plan.entity';
import { DEPRECATED_ONE_NEED } from './plan.enums';
import { loadNeeds } from './plan.loaders';

@Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
@Resolver(() => Household)
export class HouseholdPlanFieldsResolver {
  @FieldResolver(() => Plan, {
    nullable: true,
    description:
      'The current plan (一户一策): the latest version, draft or approved; null before the first is generated.',
  })
  async plan(@Root() h: Household, @Ctx() { loaders }: Context) {
    return (await loaders.plansByHouseholdId.load(h.id))[0] ?? null;
  }

  @FieldResolver(() => [Plan], { description: 'Every plan version, newest first.' })
  plans(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.plansByHouseholdId.load(h.id);
  }
}

@Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
@Resolver(() => Plan)
export class PlanFieldsResolver {
  @FieldResolver(() => Household, { description: 'The household.' })
  household(@Root() p: Plan, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(p.householdId);
  }

  @FieldResolver(() => Assessment, { nullable: true, description: 'The assessment it was based on.' })
  assessment(@Root() p: Plan, @Ctx() { loaders }: Context) {
    return p.assessmentId ? loaders.assessmentById.load(p.assessmentId) : null;
  }

  @FieldResolver(() => [PlanItem], { description: 'The items in order (statutory first), without removed ones.' })
  async items(@Root() p: Plan, @Ctx() { loaders }: Context) {
    return (await loaders.planItemsByPlanId.load(p.id)).filter((i) => !i.removedAt);
  }

  @FieldResolver(() => [PlanItem], { description: 'Items the adviser removed from the draft, with who and why.' })
  async removedItems(@Root() p: Plan, @Ctx() { loaders }: Context) {
    return (await loaders.planItemsByPlanId.load(p.id)).filter((i) => i.removedAt);
  }
}

@Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
@Resolver(() => PlanItem)
export class PlanItemFieldsResolver {
  @FieldResolver(() => Need, {
    nullable: true,
    description: 'The lead need (the first of needs).',
    deprecationReason: DEPRECATED_ONE_NEED,
  })
  need(@Root() i: PlanItem, @Ctx() { loaders }: Context) {
    return loaders.needById.load(i.needId);
  }

  @FieldResolver(() => [Need], { description: 'Every need this resource meets for the household, lead need first.' })
  needs(@Root() i: PlanItem, @Ctx() { loaders }: Context) {
    return loadNeeds(loaders, i.needIds);
  }

  @FieldResolver(() => Resource, { nullable: true, description: 'The resource.' })
  resource(@Root() i: PlanItem, @Ctx() { loaders }: Context) {
    return loaders.resourceById.load(i.resourceId);
  }
}
