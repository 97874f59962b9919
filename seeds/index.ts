// Reference data every installation needs, in dependency order. Idempotent: safe on every start.
import { DataSource } from 'typeorm';
import { seedAdviserServices } from './adviser-service.seed';
import { seedCatalogue } from './catalogue.seed';
import { seedGeo } from './geo.seed';
import { seedBuiltInModel } from '../src/modules/assessment/model.service';

export async function seedReferenceData(db: DataSource) {
  const geo = await seedGeo(db);
  const catalogue = await seedCatalogue(db);
  const model = await seedBuiltInModel(db);
  const adviserServices = await seedAdviserServices(db);
  return { ...geo, ...catalogue, ...model, ...adviserServices };
}
