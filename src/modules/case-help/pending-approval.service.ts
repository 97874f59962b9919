// 待审批: what waits for a second person in the viewer's streets (ADMIN: everywhere), oldest first, a keyset
// page at a time over the pending_approval view. A draft plan counts only where the district asks for a
// second person on plans (its setting, else policy/four-eyes.ts's default); a pending panel outcome or
// payment always waits. Whether the viewer may take it is judged by policy/four-eyes.ts (judgeFourEyes).
import type { DataSource } from 'typeorm';
import { FOUR_EYES_DEFAULTS, judgeFourEyes } from '../../../policy/four-eyes';
import type { Viewer } from '../../common/viewer';
import { readPage, type ListOrder, type PageRequest } from '../../db/keyset';
import { PendingApprovalFilter } from './pending-approval.types';
import { PendingApproval } from './pending-approval.entity';

export const PENDING_APPROVAL_ORDER: ListOrder = {
  list: 'pendingApprovals',
  keys: [
    { column: 'a.waiting_since', direction: 'ASC', type: 'timestamptz' },
    { column: 'a.subject_id', direction: 'ASC', type: 'uuid' },
  ],
};
/** ADMIN's city-wide count stops here (AT_LEAST), like the other city-wide lists. */
export const PENDING_APPROVAL_COUNT_CAP = 1_000;

/** May the viewer take this decision (four eyes), and if not, why: shown on each row. */
export function approvalVerdict(viewer: Viewer, item: Pick<PendingApproval, 'draftedBy'>) {
  const verdict = judgeFourEyes(true, viewer, item.draftedBy);
  return {
    draftedByYou: item.draftedBy.includes(viewer.id),
    mayApprove: verdict.allowed,
    reason: verdict.allowed ? (verdict.override ? 'FOUR_EYES_OVERRIDE' : null) : verdict.reason,
  };
}

export class PendingApprovalService {
  constructor(private readonly db: DataSource) {}

  list(viewer: Viewer, filter: PendingApprovalFilter, page: PageRequest) {
    const qb = this.db.getRepository(PendingApproval).createQueryBuilder('a');
    // Through the streets' households (by their street index), not the view's street of every waiting row.
    if (viewer.role !== 'ADMIN')
      qb.andWhere('a.household_id IN (SELECT s.id FROM household s WHERE s.street_code IN (:...streets))', {
        streets: [...viewer.streetCodes, ''],
      });
    if (filter.kind) qb.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter.streetCode)
      qb.andWhere('a.household_id IN (SELECT s.id FROM household s WHERE s.street_code = :street)', {
        street: filter.streetCode,
      });
    qb.andWhere(
      `(a.kind <> 'PLAN_APPROVAL' OR COALESCE((SELECT s.second_person FROM four_eyes_setting s
         WHERE s.district_code = left(a.street_code, 6) AND s.decision = 'PLAN_APPROVAL'), :planDefault))`,
      { planDefault: FOUR_EYES_DEFAULTS.PLAN_APPROVAL },
    );
    const scoped = viewer.role !== 'ADMIN' || !!filter.streetCode;
    return readPage(qb, PENDING_APPROVAL_ORDER, page, scoped ? {} : { cap: PENDING_APPROVAL_COUNT_CAP });
  }
}
