import { Authorized, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { District, Street } from '../geo/geo.entity';
import { AssistanceEvent, CategoryHolding, LifeEvent } from './assistance.entity';
import { Category } from './household.enums';
import { Household } from './household.entity';
import { Member } from './member.entity';
import type { CategoryCode } from '../../../scoring/facts';
import { heldCategories } from '../../../policy/held-categories';

const INCOME_KEYS = ['incomeWages', 'incomePensions', 'incomeBenefits', 'incomeMaintenance', 'incomeOther'] as const;

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Household)
export class HouseholdFieldsResolver {
  @FieldResolver(() => Street, { description: 'The street (街镇) of the actual residence.' })
  street(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.streetByCode.load(h.streetCode);
  }

  @FieldResolver(() => District, { description: 'The district (区) of the actual residence.' })
  district(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.districtByCode.load(h.streetCode.slice(0, 6));
  }

  @FieldResolver(() => [Member], { description: 'Members, head first.' })
  members(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.membersByHouseholdId.load(h.id);
  }

  @FieldResolver(() => Int, { description: 'Number of members (家庭人口).' })
  async memberCount(@Root() h: Household, @Ctx() { loaders }: Context) {
    return (await loaders.membersByHouseholdId.load(h.id)).length;
  }

  @FieldResolver(() => [CategoryHolding], { description: 'Every category held now or before, with dates.' })
  categories(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.categoriesByHouseholdId.load(h.id);
  }

  @FieldResolver(() => [Category], {
    description:
      'Categories held today: since on or before today, and no end date or an end date after today (the end date ' +
      'is the first day no longer held).',
  })
  async currentCategories(@Root() h: Household, @Ctx() { loaders, today }: Context): Promise<CategoryCode[]> {
    return heldCategories(await loaders.categoriesByHouseholdId.load(h.id), today);
  }

  @FieldResolver(() => [AssistanceEvent], {
    description: 'Temporary assistance, refusals and terminations, oldest first.',
  })
  assistanceEvents(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.assistanceEventsByHouseholdId.load(h.id);
  }

  @FieldResolver(() => [LifeEvent], { description: 'Major life events, oldest first.' })
  lifeEvents(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.lifeEventsByHouseholdId.load(h.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Total monthly income, yuan: the sum of the known sources; null when no source is known.',
  })
  monthlyIncomeTotal(@Root() h: Household) {
    const known = INCOME_KEYS.map((k) => h.economics?.[k]).filter((v): v is number => v !== null && v !== undefined);
    return known.length === 0 ? null : Math.round(known.reduce((a, b) => a + b, 0) * 100) / 100;
  }
}
