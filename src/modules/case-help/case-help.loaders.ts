import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys } from '../../common/by-keys';
import { CaseHelpHistory, CasePanelMember } from './case-help.entity';

export function caseHelpLoaders(db: DataSource) {
  return {
    /** A case's history, oldest first: one query for every case of a page. */
    caseHistoryByCaseId: new DataLoader<string, CaseHelpHistory[]>(async (ids) =>
      groupByKeys(
        ids,
        await db.getRepository(CaseHelpHistory).find({ where: { caseId: In([...ids]) }, order: { seq: 'ASC' } }),
        (h) => h.caseId,
      ),
    ),
    /** A case's review panel, in the order entered: one query for every case of a page. */
    casePanelMembersByCaseId: new DataLoader<string, CasePanelMember[]>(async (ids) =>
      groupByKeys(
        ids,
        await db.getRepository(CasePanelMember).find({ where: { caseId: In([...ids]) }, order: { position: 'ASC' } }),
        (m) => m.caseId,
      ),
    ),
  };
}
