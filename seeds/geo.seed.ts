// Shanghai's districts and streets (国家统计局 统计用区划代码), loaded idempotently by upsert.
import { DataSource } from 'typeorm';
import { District, Street } from '../src/modules/geo/geo.entity';
import divisions from './data/shanghai-divisions.json';

export async function seedGeo(db: DataSource): Promise<{ districts: number; streets: number }> {
  const districts = divisions.districts.map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn }));
  const streets = divisions.districts.flatMap((d) =>
    d.streets.map((s) => ({ code: s.code, districtCode: d.code, nameZh: s.nameZh, nameEn: s.nameEn, kind: s.kind })),
  );
  await db.transaction(async (em) => {
    await em.getRepository(District).upsert(districts, ['code']);
    await em.getRepository(Street).upsert(streets, ['code']);
  });
  return { districts: districts.length, streets: streets.length };
}
