// The needs list on a household (Household.needs): here, not in assessment, so assessment never imports need.
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Household } from '../household/household.entity';
import { Need } from './need.entity';
import { CLOSED_NEED_STATUSES } from './need.enums';

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Household)
export class HouseholdNeedFieldsResolver {
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
