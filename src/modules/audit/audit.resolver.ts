import { Arg, Authorized, Query, Resolver } from 'type-graphql';
import { PageInput } from '../../graphql/pagination';
import { AccessAuditFilter } from './audit.inputs';
import { AuditService } from './audit.service';
import { AccessAuditList } from './audit.types';

@Authorized('ADMIN')
@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AccessAuditList, {
    description:
      'ADMIN: the access audit (访问审计): reads of full ID numbers and health facts, exports and every write, newest first.',
  })
  accessAudit(
    @Arg('filter', () => AccessAuditFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: AccessAuditFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true, description: 'Page; defaults to the first 20.' })
    page: PageInput | undefined,
  ) {
    return this.audit.list(filter ?? {}, page ?? new PageInput());
  }
}
