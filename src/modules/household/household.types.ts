import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ConflictError, InputValidationError, NotFoundError } from '../../graphql/errors';
import { CountKind, ListOf } from '../../graphql/pagination';
import { Household } from './household.entity';
import { Member } from './member.entity';
import { HOUSEHOLD_COUNT_CAP, HOUSEHOLD_JOINED_COUNT_CAP } from './household.service';

@ObjectType({ description: 'A page of households.' })
export class HouseholdList extends ListOf(Household, 'The households on this page, newest first.') {
  @Field(() => CountKind, {
    deprecationReason: 'Use totalCountKind. Removed in the next release.',
    description:
      "EXACT when the list is limited to streets (an ADVISER's, or filter.streetCode); otherwise the count\n" +
      `stops at ${HOUSEHOLD_COUNT_CAP + 1}, and with a category or text filter at ${HOUSEHOLD_JOINED_COUNT_CAP + 1} ` +
      '(each household counted costs a probe of a second table), and says AT_LEAST when it got there, so that ' +
      'a page never counts the whole city (totalCountKind says the same).',
  })
  totalItemsKind: CountKind;
}

export const CreateHouseholdResult = createUnionType({
  name: 'CreateHouseholdResult',
  description: 'The created household, or why nothing was created.',
  types: () => [Household, InputValidationError] as const,
});

export const UpdateHouseholdResult = createUnionType({
  name: 'UpdateHouseholdResult',
  description: 'The updated household, or why nothing was changed.',
  types: () => [Household, InputValidationError, NotFoundError, ConflictError] as const,
});

export const ArchiveHouseholdResult = createUnionType({
  name: 'ArchiveHouseholdResult',
  description: 'The archived household, or why nothing was changed.',
  types: () => [Household, InputValidationError, NotFoundError] as const,
});

export const MemberResult = createUnionType({
  name: 'MemberResult',
  description: 'The added or updated member, or why nothing was changed.',
  types: () => [Member, InputValidationError, NotFoundError] as const,
});

export const RemoveMemberResult = createUnionType({
  name: 'RemoveMemberResult',
  description: 'The household after the member was removed, or why nothing was changed.',
  types: () => [Household, InputValidationError, NotFoundError] as const,
});
