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
      'The PUBLISHED catalogue as HSDS 3.0 JSON: an array of organizations (one per provider) with their services; need codes are taxonomy terms of "four-lists-needs".',
  })
  hsdsExport() {
    return this.hsds.export();
  }

  @Authorized('ADMIN', 'PARTNER')
  @Mutation(() => ImportHsdsResult, {
    description:
      'Import an HSDS 3.0 dataset (a service, an organization with services, a list page or a package) as DRAFT resources of one provider, in one transaction. A PARTNER imports into its own organisation only.',
  })
  importHsds(
    @Arg('providerId', () => String, {
      nullable: true,
      description: 'The provider that will own the resources; required for ADMIN, defaults to their own for PARTNER.',
    })
    providerId: string | undefined,
    @Arg('dataset', () => GraphQLJSON, { description: 'The HSDS 3.0 JSON.' }) dataset: unknown,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.hsds.import(viewer, providerId ?? undefined, dataset);
  }
}
