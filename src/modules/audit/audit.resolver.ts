import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Query, Resolver, Info } from 'type-graphql';
import { ConnectionArgs, PAGE_DEPRECATION, PAGE_DESCRIPTION, PageInput, pageRequest } from '../../graphql/pagination';
import { AccessAuditFilter } from './audit.inputs';
import { AuditService } from './audit.service';
import { AccessAuditList } from './audit.types';

@Authorized('ADMIN')
@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AccessAuditList, {
    description:
      'ADMIN: the access audit (访问审计): reads of full ID numbers and health facts, exports and every write, ' +
      'newest first.',
  })
  accessAudit(
    @Arg('filter', () => AccessAuditFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: AccessAuditFilter | undefined,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: PAGE_DESCRIPTION,
      deprecationReason: PAGE_DEPRECATION,
    })
    page: PageInput | undefined,
    @Args(() => ConnectionArgs) window: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.audit.list(filter ?? {}, pageRequest(page, window, info));
  }
}
