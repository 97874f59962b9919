// The referrals of a plan and of its items: resolved in referral/, so plan never imports referral.
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Plan, PlanItem } from '../plan/plan.entity';
import { Referral } from './referral.entity';

@Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
@Resolver(() => Plan)
export class PlanReferralFieldsResolver {
  @FieldResolver(() => [Referral], { description: 'Referrals issued when it was approved (empty for a draft).' })
  referrals(@Root() p: Plan, @Ctx() { loaders }: Context) {
    return loaders.referralsByPlanId.load(p.id);
  }
}

@Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
@Resolver(() => PlanItem)
export class PlanItemReferralFieldsResolver {
  @FieldResolver(() => Referral, { nullable: true, description: 'Its referral once the plan is approved.' })
  referral(@Root() i: PlanItem, @Ctx() { loaders }: Context) {
    return loaders.referralByPlanItemId.load(i.id);
  }
}
