// The in-memory database the plan benchmarks use when no DATABASE_URL is given: a demo population,
// every household assessed (in chunks of 500, as npm run assess does).
import type { DataSource } from 'typeorm';
import { seedDemo } from '../../../../seeds/demo.seed';
import { createServices } from '../../../graphql/schema';
import { systemClock } from '../../../common/clock';
import { Household } from '../../household/household.entity';

export async function seedAssessedDemo(db: DataSource, size: number): Promise<void> {
  const s = createServices(db, systemClock);
  await seedDemo(db, size);
  const households = await db.getRepository(Household).find();
  for (let i = 0; i < households.length; i += 500)
    await db.transaction((em) =>
      s.assessments.assessHouseholds(em, households.slice(i, i + 500), 'bench', { force: false }),
    );
}
