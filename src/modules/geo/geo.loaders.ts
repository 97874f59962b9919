import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys, orderByKeys } from '../../common/by-keys';
import { District, Street } from './geo.entity';

export function geoLoaders(db: DataSource) {
  return {
    districtByCode: new DataLoader<string, District | null>(async (codes) =>
      orderByKeys(codes, await db.getRepository(District).findBy({ code: In([...codes]) }), (d) => d.code),
    ),
    streetByCode: new DataLoader<string, Street | null>(async (codes) =>
      orderByKeys(codes, await db.getRepository(Street).findBy({ code: In([...codes]) }), (s) => s.code),
    ),
    streetsByDistrictCode: new DataLoader<string, Street[]>(async (codes) =>
      groupByKeys(
        codes,
        await db.getRepository(Street).find({ where: { districtCode: In([...codes]) }, order: { code: 'ASC' } }),
        (s) => s.districtCode,
      ),
    ),
  };
}
