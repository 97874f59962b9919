import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys, orderByKeys } from '../../common/by-keys';
import { CaseHelp, CaseHelpHistory, CasePanelMember } from './case-help.entity';

export function caseHelpLoaders(db: DataSource) {
  return {
    /** Cases by id: one query for every case of a page (待审批's caseHelp field). */
    caseHelpById: new DataLoader<string, CaseHelp | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(CaseHelp).findBy({ id: In([...ids]) }), (c) => c.id),
    ),
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
