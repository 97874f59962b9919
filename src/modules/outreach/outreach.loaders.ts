import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys } from '../../common/by-keys';
import { OutreachLeadChange } from './outreach.entity';

export function outreachLoaders(db: DataSource) {
  return {
    /** A lead's history, oldest first: one query for every lead of a page. */
    outreachChangesByLeadId: new DataLoader<string, OutreachLeadChange[]>(async (ids) =>
      groupByKeys(
        ids,
        await db
          .getRepository(OutreachLeadChange)
          .find({ where: { leadId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
        (c) => c.leadId,
      ),
    ),
  };
}
