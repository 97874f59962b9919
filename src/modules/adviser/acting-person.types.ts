import { createUnionType, ObjectType } from 'type-graphql';
import { InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { ListOf } from '../../graphql/pagination';
import { ActingPerson, PersonNearRelativeFiling } from './acting-person.entity';

@ObjectType({ description: 'A page of the register of people acting on cases (经办及评议人员).' })
export class ActingPersonList extends ListOf(ActingPerson, 'Registered people on this page, newest first.') {}

export const ActingPersonResult = createUnionType({
  name: 'ActingPersonResult',
  description: 'The registered person, or why nothing was written.',
  types: () => [ActingPerson, InputValidationError, NotFoundError] as const,
});

export const PersonNearRelativeFilingResult = createUnionType({
  name: 'PersonNearRelativeFilingResult',
  description: 'The filing after the change, or why nothing was written.',
  types: () => [PersonNearRelativeFiling, InputValidationError, NotFoundError, InvalidTransitionError] as const,
});
