import { ObjectType } from 'type-graphql';
import { ListOf } from '../../graphql/pagination';
import { AccessAudit } from './audit.entity';

@ObjectType({ description: 'A page of access-audit rows, newest first.' })
export class AccessAuditList extends ListOf(AccessAudit, 'The rows on this page, newest first.') {}
