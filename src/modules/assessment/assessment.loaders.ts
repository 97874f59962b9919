import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys } from '../../common/by-keys';
import { Assessment } from './assessment.entity';
import { latestAssessments } from './assessment.service';

export function assessmentLoaders(db: DataSource) {
  return {
    latestAssessmentByHouseholdId: new DataLoader<string, Assessment | null>(async (ids) => {
      const latest = await latestAssessments(db, ids);
      return ids.map((id) => latest.get(id) ?? null);
    }),
    assessmentsByHouseholdId: new DataLoader<string, Assessment[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(Assessment)
          .find({ where: { householdId: In([...ids]) }, order: { assessedAt: 'DESC', id: 'DESC' } }),
        (a) => a.householdId,
      ),
    ),
  };
}
