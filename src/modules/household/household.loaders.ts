import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys, orderByKeys } from '../../common/by-keys';
import { AssistanceEvent, CategoryHolding, LifeEvent } from './assistance.entity';
import { Household } from './household.entity';
import { Member } from './member.entity';

export function householdLoaders(db: DataSource) {
  const householdById = new DataLoader<string, Household | null>(async (ids) =>
    orderByKeys(ids, await db.getRepository(Household).findBy({ id: In([...ids]) }), (h) => h.id),
  );

  const memberById = new DataLoader<string, Member | null>(async (ids) =>
    orderByKeys(ids, await db.getRepository(Member).findBy({ id: In([...ids]) }), (m) => m.id),
  );

  const membersByHouseholdId = new DataLoader<string, Member[]>(async (householdIds) => {
    const rows = await db
      .getRepository(Member)
      .find({ where: { householdId: In([...householdIds]) }, order: { position: 'ASC' } });
    for (const member of rows) memberById.prime(member.id, member);
    return groupByKeys(householdIds, rows, (m) => m.householdId);
  });

  const byHousehold = <T extends { householdId: string }>(entity: new () => T, order: Record<string, 'ASC' | 'DESC'>) =>
    new DataLoader<string, T[]>(async (householdIds) =>
      groupByKeys(
        householdIds,
        await db
          .getRepository(entity)
          .find({ where: { householdId: In([...householdIds]) } as never, order: order as never }),
        (r) => r.householdId,
      ),
    );

  return {
    householdById,
    memberById,
    membersByHouseholdId,
    categoriesByHouseholdId: byHousehold(CategoryHolding, { since: 'ASC', id: 'ASC' }),
    assistanceEventsByHouseholdId: byHousehold(AssistanceEvent, { date: 'ASC', id: 'ASC' }),
    lifeEventsByHouseholdId: byHousehold(LifeEvent, { date: 'ASC', id: 'ASC' }),
  };
}
