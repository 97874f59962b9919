import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { maskIdNumber } from '../../common/id-number';
import type { Context } from '../../graphql/context';
import { Household } from './household.entity';
import { Member } from './member.entity';

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Member)
export class MemberFieldsResolver {
  @FieldResolver(() => String, {
    description: 'Resident ID number, masked (e.g. 3101**********1234): safe for lists and screens.',
  })
  idNumberMasked(@Root() m: Member) {
    return maskIdNumber(m.idNumber);
  }

  // Deliberately a separate field: front ends ask for the full number only where a task needs it.
  @Authorized('ADMIN', 'ADVISER')
  @FieldResolver(() => String, {
    description:
      "Resident ID number in full (身份证号码). Only ADMIN and the ADVISER of the household's street may read it; " +
      'never logged.',
  })
  idNumber(@Root() m: Member) {
    return m.idNumber;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Age in whole years today; null when the birth date is unknown.',
  })
  age(@Root() m: Member, @Ctx() { today }: Context) {
    if (!m.birthDate) return null;
    const years = Number(today.slice(0, 4)) - Number(m.birthDate.slice(0, 4));
    return today.slice(5) < m.birthDate.slice(5) ? years - 1 : years;
  }

  @FieldResolver(() => Household, { description: 'The household the member belongs to.' })
  household(@Root() m: Member, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(m.householdId);
  }
}
