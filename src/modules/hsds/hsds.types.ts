import { createUnionType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { InputValidationError } from '../../graphql/errors';

export const ImportOutcome = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  MATCHED: 'MATCHED',
  NOT_APPLIED: 'NOT_APPLIED',
} as const;
export type ImportOutcome = keyof typeof ImportOutcome;
registerEnumType(ImportOutcome, {
  name: 'HsdsImportOutcome',
  description: 'What an HSDS import did with one organization or service (导入结果).',
  valuesConfig: {
    CREATED: { description: '新建 a new provider or DRAFT resource' },
    UPDATED: { description: '更新 the provider or DRAFT imported before from the same HSDS id, updated' },
    MATCHED: { description: '匹配 an existing provider named by our own export; its record was kept' },
    NOT_APPLIED: {
      description: '未应用 the organization record was read but not applied (the import named a provider)',
    },
  },
});

@ObjectType({ description: 'One HSDS service imported as a DRAFT resource.' })
export class HsdsImportedService {
  @Field({ description: 'JSON path of the service in the dataset, e.g. dataset.contents.0.' }) path: string;
  @Field(() => ID, { description: 'The resource id.' }) resourceId: string;
  @Field({ description: 'The resource code, e.g. H-3F9A2C.' }) code: string;
  @Field({ description: 'The provider that owns it.' }) providerId: string;
  @Field(() => ImportOutcome, { description: 'CREATED, or UPDATED when the same HSDS id was imported before.' })
  outcome: ImportOutcome;
  @Field({ description: 'The id the service has in the HSDS dataset.' }) hsdsServiceId: string;
  @Field({ description: 'The service name.' }) name: string;
  @Field(() => [String], { description: 'Need codes of the resource.' }) needCodes: string[];
  @Field(() => [String], { description: 'Taxonomy terms ("code: name") that map to no need code.' })
  unmappedTerms: string[];
  @Field({
    description:
      'True when no term mapped and the placeholder N25 (help applying) was set: review the needs before submitting.',
  })
  placeholderNeed: boolean;
  @Field(() => [String], {
    description:
      'Fields of the service (paths inside it, e.g. wait_time, phones.0.languages) that hold data and were not ' +
      'imported.',
  })
  unmappedFields: string[];
  @Field(() => [String], { description: 'What needs a human look, e.g. free-text service areas.' })
  warnings: string[];
}

@ObjectType({ description: 'One HSDS organization of the dataset and the provider it went to.' })
export class HsdsImportedOrganization {
  @Field({ description: 'JSON path of the organization in the dataset.' }) path: string;
  @Field({ description: 'The id the organization has in the HSDS dataset.' }) hsdsOrganizationId: string;
  @Field({ description: 'Its name in the dataset.' }) name: string;
  @Field({ description: 'The provider (救助资源提供方) its services went to.' }) providerId: string;
  @Field(() => ImportOutcome, { description: 'CREATED, UPDATED, MATCHED or NOT_APPLIED.' }) outcome: ImportOutcome;
  @Field(() => [String], {
    description: 'Fields of the organization (paths inside it) that hold data and were not imported or not applied.',
  })
  unmappedFields: string[];
  @Field(() => [String], { description: 'What needs a human look, e.g. the placeholder type of a new provider.' })
  warnings: string[];
}

@ObjectType({
  description: 'What an HSDS import did. Resources are DRAFT and each has an IMPORTED history entry.',
})
export class HsdsImportReport {
  @Field(() => String, {
    nullable: true,
    description: 'The provider named (or the PARTNER’s own); null when organizations became providers.',
  })
  providerId: string | null;
  @Field(() => [HsdsImportedOrganization], { description: 'The organizations of the dataset, in dataset order.' })
  organizations: HsdsImportedOrganization[];
  @Field(() => [HsdsImportedService], { description: 'The services imported, in dataset order.' })
  services: HsdsImportedService[];
  @Field(() => [String], {
    description: 'Dataset paths of fields outside any organization or service that were not imported.',
  })
  unmappedFields: string[];
}

export const ImportHsdsResult = createUnionType({
  name: 'ImportHsdsResult',
  description: 'The import report, or why nothing was imported (fieldErrors name dataset.<json path>).',
  types: () => [HsdsImportReport, InputValidationError] as const,
});
