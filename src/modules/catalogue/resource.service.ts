// Reading the resource list: who may see which resource, and the list filters.
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../../common/viewer';
import { Provider, Resource } from './catalogue.entity';
import { ResourceFilter } from './catalogue.inputs';
import { ResourceStatus, TIER_OF_PROVIDER } from './catalogue.enums';
import { containsPattern, isUuid } from '../../common/text';
import { ListOrder, PageRequest, readPage } from '../../db/keyset';

const PUBLIC_STATUSES: ResourceStatus[] = ['PUBLISHED', 'SUSPENDED', 'RETIRED'];
const TIER_SQL = `COALESCE(r.tier_override, CASE p.type ${Object.entries(TIER_OF_PROVIDER)
  .map(([type, tier]) => `WHEN '${type}' THEN '${tier}'`)
  .join(' ')} END)`;

/**
 * Published, suspended and retired resources are public; drafts and submissions belong to their organisation and ADMIN.
 */
export function canSeeResource(viewer: Viewer, resource: Pick<Resource, 'status' | 'providerId'>): boolean {
  return (
    PUBLIC_STATUSES.includes(resource.status) ||
    viewer.role === 'ADMIN' ||
    (viewer.role === 'PARTNER' && viewer.providerId === resource.providerId)
  );
}

/** The catalogue by its unique code. */
export const RESOURCE_ORDER: ListOrder = {
  list: 'resources',
  keys: [{ column: 'r.code', direction: 'ASC', type: 'text' }],
};

export class ResourceService {
  constructor(private readonly db: DataSource) {}

  async findVisible(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<Resource | null> {
    if (!isUuid(id)) return null;
    const resource = await em.findOneBy(Resource, { id });
    return resource && canSeeResource(viewer, resource) ? resource : null;
  }

  async list(viewer: Viewer, filter: ResourceFilter, page: PageRequest) {
    const status = filter.status ?? 'PUBLISHED';
    const qb = this.db
      .getRepository(Resource)
      .createQueryBuilder('r')
      .innerJoin(Provider, 'p', 'p.id = r.provider_id')
      .where('r.status = :status', { status });
    if (!PUBLIC_STATUSES.includes(status) && viewer.role !== 'ADMIN') {
      qb.andWhere('r.provider_id = :own', { own: viewer.role === 'PARTNER' ? viewer.providerId : '' });
    }
    if (filter.needCode) qb.andWhere(':need = ANY(r.need_codes)', { need: filter.needCode });
    if (filter.providerId) qb.andWhere('r.provider_id = :provider', { provider: filter.providerId });
    if (filter.tier) qb.andWhere(`${TIER_SQL} = :tier`, { tier: filter.tier });
    if (filter.streetCode) {
      qb.andWhere(
        `(r.geo_scope->>'level' = 'CITY'
        OR (r.geo_scope->>'level' = 'DISTRICT' AND r.geo_scope->'codes' @> jsonb_build_array(CAST(:district AS text)))
        OR (r.geo_scope->>'level' = 'STREET' AND r.geo_scope->'codes' @> jsonb_build_array(CAST(:street AS text))))`,
        { district: filter.streetCode.slice(0, 6), street: filter.streetCode },
      );
    }
    if (filter.text) {
      const text = containsPattern(filter.text);
      qb.andWhere(
        '(r.name_zh ILIKE :text OR r.name_en ILIKE :text OR r.description_zh ILIKE :text OR r.description_en ' +
          'ILIKE :text)',
        { text },
      );
    }
    return readPage(qb, RESOURCE_ORDER, page);
  }
}
