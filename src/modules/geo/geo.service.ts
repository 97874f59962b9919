// The districts (区) and streets (街镇) of Shanghai: reference data any signed-in role reads.
import type { DataSource } from 'typeorm';
import { District, Street } from './geo.entity';

export class GeoService {
  constructor(private readonly db: DataSource) {}

  /** Every district, by code. */
  districts(): Promise<District[]> {
    return this.db.getRepository(District).find({ order: { code: 'ASC' } });
  }

  /** Every street and town, by code; of one district when `districtCode` is given. */
  streets(districtCode?: string): Promise<Street[]> {
    return this.db.getRepository(Street).find({ where: districtCode ? { districtCode } : {}, order: { code: 'ASC' } });
  }
}
