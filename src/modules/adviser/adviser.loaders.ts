import DataLoader from 'dataloader';
import { DataSource, In, IsNull } from 'typeorm';
import { groupByKeys, orderByKeys } from '../../common/by-keys';
import { PersonNearRelativeFiling } from './acting-person.entity';
import { Adviser, HouseholdAssignment, NearRelativeFiling } from './adviser.entity';

export function adviserLoaders(db: DataSource) {
  const adviserById = new DataLoader<string, Adviser | null>(async (ids) =>
    orderByKeys(ids, await db.getRepository(Adviser).findBy({ id: In([...ids]) }), (a) => a.id),
  );
  return {
    adviserById,
    currentAssignmentByHouseholdId: new DataLoader<string, HouseholdAssignment | null>(async (ids) =>
      orderByKeys(
        ids,
        await db.getRepository(HouseholdAssignment).findBy({ householdId: In([...ids]), assignedUntil: IsNull() }),
        (a) => a.householdId,
      ),
    ),
    assignmentsByHouseholdId: new DataLoader<string, HouseholdAssignment[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(HouseholdAssignment)
          .find({ where: { householdId: In([...ids]) }, order: { assignedFrom: 'ASC', id: 'ASC' } }),
        (a) => a.householdId,
      ),
    ),
    currentAssignmentsByAdviserId: new DataLoader<string, HouseholdAssignment[]>(async (ids) =>
      groupByKeys(
        ids,
        await db.getRepository(HouseholdAssignment).find({
          where: { adviserId: In([...ids]), assignedUntil: IsNull() },
          order: { assignedFrom: 'ASC', id: 'ASC' },
        }),
        (a) => a.adviserId,
      ),
    ),
    nearRelativeFilingsByAdviserId: new DataLoader<string, NearRelativeFiling[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(NearRelativeFiling)
          .find({ where: { adviserId: In([...ids]) }, order: { filedOn: 'ASC', id: 'ASC' } }),
        (f) => f.adviserId,
      ),
    ),
    personFilingsByPersonId: new DataLoader<string, PersonNearRelativeFiling[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(PersonNearRelativeFiling)
          .find({ where: { personId: In([...ids]) }, order: { filedOn: 'ASC', id: 'ASC' } }),
        (f) => f.personId,
      ),
    ),
  };
}
