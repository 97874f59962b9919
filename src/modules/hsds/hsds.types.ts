import { createUnionType, Field, ID, ObjectType } from 'type-graphql';
import { InputValidationError } from '../../graphql/errors';

@ObjectType({ description: 'One HSDS service imported as a DRAFT resource.' })
export class HsdsImportedService {
  @Field(() => ID, { description: 'The new resource id.' }) resourceId: string;
  @Field({ description: 'The new resource code, e.g. H-3F9A2C.' }) code: string;
  @Field({ description: 'The id the service had in the HSDS dataset.' }) hsdsServiceId: string;
  @Field({ description: 'The service name.' }) name: string;
  @Field(() => [String], { description: 'Need codes given to the resource.' }) needCodes: string[];
  @Field(() => [String], { description: 'Taxonomy terms ("code: name") that map to no need code.' })
  unmappedTerms: string[];
  @Field({
    description:
      'True when no term mapped and the placeholder N25 (help applying) was set: review the needs before submitting.',
  })
  placeholderNeed: boolean;
  @Field(() => [String], {
    description: 'What was not carried over and needs a human look, e.g. free-text service areas.',
  })
  warnings: string[];
}

@ObjectType({ description: 'What an HSDS import created. Everything is DRAFT and has an IMPORTED history entry.' })
export class HsdsImportReport {
  @Field({ description: 'The provider the resources belong to.' }) providerId: string;
  @Field(() => [HsdsImportedService], { description: 'The services imported, in dataset order.' })
  created: HsdsImportedService[];
}

export const ImportHsdsResult = createUnionType({
  name: 'ImportHsdsResult',
  description: 'The import report, or why nothing was imported (fieldErrors name dataset.<json path>).',
  types: () => [HsdsImportReport, InputValidationError] as const,
});
