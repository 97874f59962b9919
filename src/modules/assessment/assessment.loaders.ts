import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys } from '../../graphql/loader-utils';
import { Need, NeedChange } from '../need/need.entity';
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
    needsByHouseholdId: new DataLoader<string, Need[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(Need)
          .find({ where: { householdId: In([...ids]) }, order: { openedAt: 'ASC', code: 'ASC', id: 'ASC' } }),
        (n) => n.householdId,
      ),
    ),
    needChangesByNeedId: new DataLoader<string, NeedChange[]>(async (ids) =>
      groupByKeys(
        ids,
        await db.getRepository(NeedChange).find({ where: { needId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
        (c) => c.needId,
      ),
    ),
  };
}
