// Reading the published catalogue for HSDS: pages of services and organizations with the filters
// of the HSDS 3.0 OpenAPI, and the context their records need (providers, need names, area names,
// last_modified from the history), in a fixed number of queries per page whatever its size.
import { Brackets, DataSource, In, SelectQueryBuilder } from 'typeorm';
import { containsPattern, isUuid } from '../../common/text';
import { Provider, Resource, ResourceChange } from '../catalogue/catalogue.entity';
import type { ResourceStatus } from '../catalogue/catalogue.enums';
import { District, Street } from '../geo/geo.entity';
import { NeedCode } from '../reference/reference.entity';
import type { ExportContext } from './hsds-export';
import { EXTENSION_TERMS } from './hsds-extensions';
import {
  EXTENSIONS_TAXONOMY,
  extensionTermUuid,
  NEEDS_TAXONOMY,
  needTermUuid,
  organizationUuid,
  taxonomyUuid,
} from './hsds-ids';

/** The published catalogue: active and temporarily closed services. */
const LISTED: ResourceStatus[] = ['PUBLISHED', 'SUSPENDED'];
/** With modified_after (a sync), retired services are listed too, as defunct, so a copy learns they ended. */
const LISTED_SINCE: ResourceStatus[] = [...LISTED, 'RETIRED'];

export interface Paging {
  /** 1-based. */
  page: number;
  perPage: number;
}
export interface ServiceQuery extends Paging {
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: Date;
}
export interface Page<T> {
  items: T[];
  total: number;
}

export class HsdsCatalogueService {
  constructor(private readonly db: DataSource) {}

  async services(q: ServiceQuery): Promise<Page<Resource> & { providers: Map<string, Provider>; ctx: ExportContext }> {
    const qb = this.db
      .getRepository(Resource)
      .createQueryBuilder('r')
      .where('r.status IN (:...statuses)', { statuses: q.modifiedAfter ? LISTED_SINCE : LISTED });
    if (q.search) matchText(qb, q.search, ['r.name_zh', 'r.name_en', 'r.description_zh', 'r.description_en']);
    if (q.organizationId) {
      const providerId = (await this.providerIdsByUuid()).get(q.organizationId);
      qb.andWhere('r.provider_id = :providerId', { providerId: providerId ?? '' });
    }
    if (q.taxonomyId && !this.knownTaxonomy(q.taxonomyId)) qb.andWhere('false');
    if (q.taxonomyTermId) {
      const code = (await this.needCodesByTermUuid()).get(q.taxonomyTermId);
      if (code) qb.andWhere(':code = ANY(r.need_codes)', { code });
      // Every service carries every extension attribute, so an extension term filters nothing.
      else if (!this.isExtensionTerm(q.taxonomyTermId)) qb.andWhere('false');
    }
    if (q.modifiedAfter)
      qb.andWhere(
        `COALESCE((SELECT max(c.at) FROM resource_change c WHERE c.resource_id = r.id), r.updated_at) >= :after`,
        {
          after: q.modifiedAfter,
        },
      );
    const [items, total] = await qb
      .orderBy('r.code', 'ASC')
      .skip((q.page - 1) * q.perPage)
      .take(q.perPage)
      .getManyAndCount();
    const providers = await this.db.getRepository(Provider).findBy({ id: In(unique(items.map((r) => r.providerId))) });
    return { items, total, providers: new Map(providers.map((p) => [p.id, p])), ctx: await this.context(items) };
  }

  /** One service, also when retired (as defunct); null when it is not in the published catalogue. */
  async service(id: string) {
    if (!isUuid(id)) return null;
    const resource = await this.db.getRepository(Resource).findOneBy({ id, status: In(LISTED_SINCE) });
    if (!resource) return null;
    const provider = await this.db.getRepository(Provider).findOneByOrFail({ id: resource.providerId });
    return { resource, provider, ctx: await this.context([resource]) };
  }

  /** Providers with at least one listed service, by code, a page of them or all; with those services when asked. */
  async organizations(q: { search?: string; withServices: boolean }, page: Paging | null) {
    const qb = this.db
      .getRepository(Provider)
      .createQueryBuilder('p')
      .where(`EXISTS (SELECT 1 FROM resource r WHERE r.provider_id = p.id AND r.status IN (:...statuses))`, {
        statuses: LISTED,
      });
    if (q.search) matchText(qb, q.search, ['p.name_zh', 'p.name_en']);
    qb.orderBy('p.id', 'ASC');
    if (page) qb.skip((page.page - 1) * page.perPage).take(page.perPage);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, ...(await this.servicesOf(items, q.withServices)) };
  }

  /** One provider of the published catalogue with its listed services; null when it has none. */
  async organization(id: string) {
    const providerId = (await this.providerIdsByUuid()).get(id);
    const provider = providerId ? await this.db.getRepository(Provider).findOneBy({ id: providerId }) : null;
    if (!provider) return null;
    const { services, ctx } = await this.servicesOf([provider], true);
    const own = services.get(provider.id)!;
    return own.length ? { provider, services: own, ctx } : null;
  }

  /** The listed services of these providers (none when not asked), grouped by provider, with their context. */
  private async servicesOf(providers: Provider[], withServices: boolean) {
    const resources =
      withServices && providers.length
        ? await this.db.getRepository(Resource).find({
            where: { providerId: In(providers.map((p) => p.id)), status: In(LISTED) },
            order: { code: 'ASC' },
          })
        : [];
    const services = new Map<string, Resource[]>(providers.map((p) => [p.id, []]));
    for (const r of resources) services.get(r.providerId)!.push(r);
    return { services, ctx: await this.context(resources) };
  }

  /** Names, areas and last_modified for a set of resources: three queries at most, none when empty. */
  async context(resources: Resource[]): Promise<ExportContext> {
    const ids = resources.map((r) => r.id);
    const codes = unique(resources.flatMap((r) => (r.geoScope.level === 'CITY' ? [] : r.geoScope.codes)));
    const [needs, changes, districts, streets] = await Promise.all([
      resources.length ? this.db.getRepository(NeedCode).find() : [],
      ids.length
        ? this.db
            .getRepository(ResourceChange)
            .createQueryBuilder('c')
            .select('c.resource_id', 'resourceId')
            .addSelect('max(c.at)', 'at')
            .where('c.resource_id IN (:...ids)', { ids })
            .groupBy('c.resource_id')
            .getRawMany<{ resourceId: string; at: Date | string }>()
        : [],
      codes.some((c) => c.length === 6) ? this.db.getRepository(District).findBy({ code: In(codes) }) : [],
      codes.some((c) => c.length === 9) ? this.db.getRepository(Street).findBy({ code: In(codes) }) : [],
    ]);
    return {
      needs: new Map(needs.map((n) => [n.code, n])),
      lastModified: new Map(changes.map((c) => [c.resourceId, new Date(c.at)])),
      areas: new Map([...districts, ...streets].map((a) => [a.code, a])),
    };
  }

  needCodes(): Promise<NeedCode[]> {
    return this.db.getRepository(NeedCode).find({ order: { code: 'ASC' } });
  }

  private knownTaxonomy(id: string) {
    return id === taxonomyUuid(NEEDS_TAXONOMY) || id === taxonomyUuid(EXTENSIONS_TAXONOMY);
  }

  private async needCodesByTermUuid() {
    return new Map((await this.needCodes()).map((n) => [needTermUuid(n.code), n.code]));
  }

  private isExtensionTerm(id: string) {
    return Object.keys(EXTENSION_TERMS).some((code) => extensionTermUuid(code) === id);
  }

  /** Organization ids are derived from provider codes (hsds-ids.ts): map them back over the provider table. */
  private async providerIdsByUuid() {
    const rows = await this.db.getRepository(Provider).find({ select: { id: true } });
    return new Map(rows.map((p) => [organizationUuid(p.id), p.id]));
  }
}

function matchText<T extends object>(qb: SelectQueryBuilder<T>, text: string, columns: string[]) {
  qb.andWhere(
    new Brackets((w) => columns.forEach((c) => w.orWhere(`${c} ILIKE :text`, { text: containsPattern(text) }))),
  );
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
