import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys, orderByKeys } from '../../common/by-keys';
import { NeedCode } from '../reference/reference.entity';
import { Provider, Resource, ResourceChange } from './catalogue.entity';

export function catalogueLoaders(db: DataSource) {
  return {
    providerById: new DataLoader<string, Provider | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Provider).findBy({ id: In([...ids]) }), (p) => p.id),
    ),
    resourceById: new DataLoader<string, Resource | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Resource).findBy({ id: In([...ids]) }), (r) => r.id),
    ),
    needCodeByCode: new DataLoader<string, NeedCode | null>(async (codes) =>
      orderByKeys(codes, await db.getRepository(NeedCode).findBy({ code: In([...codes]) }), (n) => n.code),
    ),
    changesByResourceId: new DataLoader<string, ResourceChange[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(ResourceChange)
          .find({ where: { resourceId: In([...ids]) }, order: { at: 'ASC', resourceVersion: 'ASC' } }),
        (c) => c.resourceId,
      ),
    ),
  };
}
