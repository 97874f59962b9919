import { GraphQLJSON } from '../../graphql/scalars';
import { Arg, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { ImportHsdsResult } from './hsds.types';
import { HsdsService } from './hsds.service';

// HSDS 3.0 (Open Referral) interchange of the resource list.
@Authorized()
@Resolver()
export class HsdsResolver {
  constructor(private readonly hsds: HsdsService) {}

  @Query(() => GraphQLJSON, {
    description:
      'The published catalogue as HSDS 3.0 JSON (an organization package: one organization per provider, with ' +
      'its services; PUBLISHED is active, SUSPENDED temporarily closed). Need codes are terms of "four-lists-needs"; ' +
      'the rule, scope, benefit and other catalogue fields are "four-lists-extensions" attributes. Also at /hsds.',
  })
  hsdsExport() {
    return this.hsds.export();
  }

  @Authorized('ADMIN', 'PARTNER')
  @Mutation(() => ImportHsdsResult, {
    description:
      'Import an HSDS 3.0 dataset (a service, an organization, a list page, a package, a service_at_location) ' +
      'as DRAFT resources, all or nothing. A PARTNER imports into its own organisation; ADMIN into providerId, or ' +
      'without it each organization becomes a provider. The same HSDS id again updates its draft.',
  })
  importHsds(
    @Arg('providerId', () => String, {
      nullable: true,
      description:
        'The provider that will own the resources: a PARTNER’s own by default; for ADMIN, omit it to import ' +
        'organizations as providers.',
    })
    providerId: string | undefined,
    @Arg('dataset', () => GraphQLJSON, { description: 'The HSDS 3.0 JSON.' }) dataset: unknown,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.hsds.import(viewer, providerId ?? undefined, dataset);
  }
}
