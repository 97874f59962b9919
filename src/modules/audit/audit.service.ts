// Reading the access audit (ADMIN). Rows are written by audit.plugin.ts only, never changed.
import type { DataSource } from 'typeorm';
import { AccessAudit } from './audit.entity';
import type { AccessAuditFilter } from './audit.inputs';

const EQUALS = ['actorId', 'actorRole', 'action', 'objectType', 'objectId', 'requestId'] as const;

export class AuditService {
  constructor(private readonly db: DataSource) {}

  async list(filter: AccessAuditFilter, page: { skip: number; take: number }) {
    const qb = this.db.getRepository(AccessAudit).createQueryBuilder('a');
    for (const key of EQUALS) if (filter[key] != null) qb.andWhere(`a.${key} = :${key}`, { [key]: filter[key] });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    const [items, totalItems] = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id')
      .skip(page.skip)
      .take(page.take)
      .getManyAndCount();
    return { items, totalItems };
  }
}
