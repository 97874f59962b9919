import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { quotaPeriodOf } from '../../../policy/quota-period';
import type { Context } from '../../graphql/context';
import { Resource } from '../catalogue/catalogue.entity';
import { placesOpen } from './places';
import { QuotaPeriod } from './quota-period.entity';

// The quota periods of a resource (issue 15 §2), added to the catalogue's Resource here because the
// period counting lives in this module.
@Authorized()
@Resolver(() => Resource)
export class ResourceQuotaFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The quota period (名额周期) today falls in, e.g. 2026; null for an entitlement.',
  })
  currentPeriod(@Root() r: Resource, @Ctx() { today }: Context) {
    return r.capacityKind === 'QUOTA' ? quotaPeriodOf(r.period, today).key : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Places left in the current period (本期剩余名额): `remaining`, or the whole quota once a new period has begun; ' +
      'null for an entitlement or an unpublished number.',
  })
  placesLeft(@Root() r: Resource, @Ctx() { today }: Context) {
    if (r.capacityKind !== 'QUOTA') return null;
    const key = quotaPeriodOf(r.period, today).key;
    return placesOpen(r, key, key);
  }

  @FieldResolver(() => [QuotaPeriod], {
    description: 'History of its quota periods (名额周期记录): places opened with and taken, oldest first.',
  })
  quotaPeriods(@Root() r: Resource, @Ctx() { loaders }: Context) {
    return loaders.quotaPeriodsByResourceId.load(r.id);
  }
}
