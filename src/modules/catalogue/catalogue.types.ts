import { createUnionType, ObjectType } from 'type-graphql';
import { ConflictError, InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { ListOf } from '../../graphql/pagination';
import { Provider, Resource } from './catalogue.entity';

@ObjectType({ description: 'A page of resources.' })
export class ResourceList extends ListOf(Resource, 'The resources on this page, by code.') {}

export const CreateResourceResult = createUnionType({
  name: 'CreateResourceResult',
  description: 'The new DRAFT resource, or why nothing was created.',
  types: () => [Resource, InputValidationError] as const,
});

export const ResourceResult = createUnionType({
  name: 'ResourceResult',
  description: 'The resource after the change, or why nothing changed.',
  types: () => [Resource, InputValidationError, NotFoundError, ConflictError, InvalidTransitionError] as const,
});

export const ProviderResult = createUnionType({
  name: 'ProviderResult',
  description: 'The provider after the change, or why nothing changed.',
  types: () => [Provider, InputValidationError] as const,
});
