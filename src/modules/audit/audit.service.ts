// Reading the access audit (ADMIN). Rows are written by audit.plugin.ts only, never changed.
import type { DataSource } from 'typeorm';
import { AccessAudit } from './audit.entity';
import type { AccessAuditFilter } from './audit.inputs';
import { ListOrder, PageRequest, readPage } from '../../db/keyset';

const EQUALS = ['actorId', 'actorRole', 'action', 'objectType', 'objectId', 'requestId'] as const;

/** Newest first, the id (ascending) breaking ties. */
export const AUDIT_ORDER: ListOrder = {
  list: 'accessAudit',
  keys: [
    { column: 'a.at', direction: 'DESC', type: 'timestamptz' },
    { column: 'a.id', direction: 'ASC', type: 'uuid' },
  ],
};

export class AuditService {
  constructor(private readonly db: DataSource) {}

  async list(filter: AccessAuditFilter, page: PageRequest) {
    const qb = this.db.getRepository(AccessAudit).createQueryBuilder('a');
    for (const key of EQUALS) if (filter[key] != null) qb.andWhere(`a.${key} = :${key}`, { [key]: filter[key] });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    return readPage(qb, AUDIT_ORDER, page);
  }
}
