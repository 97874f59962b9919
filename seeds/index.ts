// Reference data every installation needs, in dependency order. Idempotent: safe on every start.
import { DataSource } from 'typeorm';
import { seedGeo } from './geo.seed';

export async function seedReferenceData(db: DataSource) {
  const geo = await seedGeo(db);
  return { ...geo };
}
