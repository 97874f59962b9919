import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys, orderByKeys } from '../../common/by-keys';
import { Assessment } from '../assessment/assessment.entity';
import { Need } from '../need/need.entity';
import { Plan, PlanItem } from './plan.entity';

/** The needs of an item or referral, in its order, through the request's needById loader (one batch for all). */
export async function loadNeeds(
  loaders: { needById: DataLoader<string, Need | null> },
  ids: readonly string[],
): Promise<Need[]> {
  return (await loaders.needById.loadMany(ids)).filter((n): n is Need => n instanceof Need);
}

export function planLoaders(db: DataSource) {
  const planById = new DataLoader<string, Plan | null>(async (ids) =>
    orderByKeys(ids, await db.getRepository(Plan).findBy({ id: In([...ids]) }), (p) => p.id),
  );
  const plansByHouseholdId = new DataLoader<string, Plan[]>(async (ids) => {
    const rows = await db
      .getRepository(Plan)
      .find({ where: { householdId: In([...ids]) }, order: { version: 'DESC' } });
    for (const plan of rows) planById.prime(plan.id, plan);
    return groupByKeys(ids, rows, (p) => p.householdId);
  });
  const planItemById = new DataLoader<string, PlanItem | null>(async (ids) =>
    orderByKeys(ids, await db.getRepository(PlanItem).findBy({ id: In([...ids]) }), (i) => i.id),
  );
  const planItemsByPlanId = new DataLoader<string, PlanItem[]>(async (ids) => {
    const rows = await db.getRepository(PlanItem).find({ where: { planId: In([...ids]) }, order: { position: 'ASC' } });
    for (const item of rows) planItemById.prime(item.id, item);
    return groupByKeys(ids, rows, (i) => i.planId);
  });
  return {
    planById,
    plansByHouseholdId,
    planItemById,
    planItemsByPlanId,
    needById: new DataLoader<string, Need | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Need).findBy({ id: In([...ids]) }), (n) => n.id),
    ),
    assessmentById: new DataLoader<string, Assessment | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Assessment).findBy({ id: In([...ids]) }), (a) => a.id),
    ),
  };
}
