import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys } from '../../common/by-keys';
import { Assessment } from './assessment.entity';
import { latestAssessments } from './assessment.service';
import { profilesOf } from './derived-profile';
import type { HardshipProfile } from '../../../scoring';

export function assessmentLoaders(db: DataSource) {
  return {
    /** An assessment's profile, derived from its facts and model when read (derived-profile.ts): re-scored once
     *  per assessment and request; the models not compiled yet in this process read in one query. */
    profileByAssessment: new DataLoader<Assessment, HardshipProfile, string>(
      (assessments) => profilesOf(db, assessments),
      {
        cacheKeyFn: (a) => a.id,
      },
    ),
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
