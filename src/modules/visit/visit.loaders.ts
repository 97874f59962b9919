import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys, orderByKeys } from '../../common/by-keys';
import { AdviserServiceType, ServiceRecord } from '../service-record/service-record.entity';
import { Warning } from '../warning/warning.entity';
import { WarningType } from '../warning/warning-type.entity';
import { VisitSchedule } from './visit-schedule.entity';

export function visitLoaders(db: DataSource) {
  return {
    visitScheduleByHouseholdId: new DataLoader<string, VisitSchedule | null>(async (ids) =>
      orderByKeys(
        ids,
        await db.getRepository(VisitSchedule).findBy({ householdId: In([...ids]) }),
        (s) => s.householdId,
      ),
    ),
    // Keyed by "adviserId|until": one query per distinct `until` in the request.
    dueVisitsByAdviserUntil: new DataLoader<string, VisitSchedule[]>(async (keys) => {
      const byUntil = new Map<string, string[]>();
      for (const key of keys) {
        const [adviserId, until] = key.split('|');
        byUntil.set(until, [...(byUntil.get(until) ?? []), adviserId]);
      }
      const rows: VisitSchedule[] = [];
      for (const [until, adviserIds] of byUntil) {
        const found = await db
          .getRepository(VisitSchedule)
          .createQueryBuilder('s')
          .where('s.adviser_id IN (:...ids) AND s.next_due <= :until', { ids: adviserIds, until })
          .orderBy('s.next_due')
          .addOrderBy('s.household_id')
          .getMany();
        rows.push(...found.map((s) => Object.assign(s, { key: `${s.adviserId}|${until}` })));
      }
      return groupByKeys(keys, rows, (s) => (s as VisitSchedule & { key: string }).key);
    }),
    serviceRecordsByHouseholdId: new DataLoader<string, ServiceRecord[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(ServiceRecord)
          .find({ where: { householdId: In([...ids]) }, order: { occurredAt: 'DESC', id: 'ASC' } }),
        (r) => r.householdId,
      ),
    ),
    warningsByHouseholdId: new DataLoader<string, Warning[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(Warning)
          .find({ where: { householdId: In([...ids]) }, order: { receivedAt: 'DESC', line: 'ASC', id: 'ASC' } }),
        (w) => w.householdId!,
      ),
    ),
    warningTypeByCode: new DataLoader<string, WarningType | null>(async (codes) =>
      orderByKeys(codes, await db.getRepository(WarningType).findBy({ code: In([...codes]) }), (t) => t.code),
    ),
    adviserServiceByCode: new DataLoader<string, AdviserServiceType | null>(async (codes) =>
      orderByKeys(codes, await db.getRepository(AdviserServiceType).findBy({ code: In([...codes]) }), (s) => s.code),
    ),
  };
}
