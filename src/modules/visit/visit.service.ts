// Visits and reassessments due, read from the maintained schedule through its (adviser_id | street_code,
// next_due | reassess_on) indexes. ADVISER: own streets; ADMIN: all.
import { DataSource } from 'typeorm';
import { addDays } from '../../../policy/calendar';
import type { Clock } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import { isUuid } from '../../common/text';
import { Viewer } from '../../common/viewer';
import { AdviserService } from '../adviser/adviser.service';
import { VisitSchedule } from './visit-schedule.entity';
import { ListOrder, PageRequest, readPage } from '../../db/keyset';

export interface VisitScope {
  adviserId?: string;
  streetCode?: string;
}

/** Earliest due first; one schedule per household, so the household id makes it unique. */
const dueOrder = (column: 'next_due' | 'reassess_on'): ListOrder => ({
  list: column === 'next_due' ? 'dueVisits' : 'dueReassessments',
  keys: [
    { column: `s.${column}`, direction: 'ASC', type: 'date' },
    { column: 's.household_id', direction: 'ASC', type: 'uuid' },
  ],
});
export const DUE_VISIT_ORDER = dueOrder('next_due');
export const DUE_REASSESSMENT_ORDER = dueOrder('reassess_on');

export class VisitService {
  constructor(
    private readonly db: DataSource,
    private readonly advisers: AdviserService,
    private readonly clock: Clock,
  ) {}

  /** Households whose next visit is due on or before `until` (overdue ones first), for one adviser or one street. */
  due(viewer: Viewer, scope: VisitScope, until: string, page: PageRequest) {
    return this.dueBy('next_due', viewer, scope, until, page);
  }

  /** Households whose next reassessment is due on or before `until`, earliest first (each with its reason). */
  dueReassessments(viewer: Viewer, scope: VisitScope, until: string, page: PageRequest) {
    return this.dueBy('reassess_on', viewer, scope, until, page);
  }

  private async dueBy(
    column: 'next_due' | 'reassess_on',
    viewer: Viewer,
    scope: VisitScope,
    until: string,
    page: PageRequest,
  ) {
    const qb = this.db.getRepository(VisitSchedule).createQueryBuilder('s').where(`s.${column} <= :until`, { until });
    await this.applyScope(viewer, scope, qb);
    return readPage(qb, column === 'next_due' ? DUE_VISIT_ORDER : DUE_REASSESSMENT_ORDER, page);
  }

  /** Visits due before today. */
  overdue(viewer: Viewer, scope: VisitScope, page: PageRequest) {
    return this.due(viewer, scope, addDays(this.clock.today(), -1), page);
  }

  private async applyScope(viewer: Viewer, scope: VisitScope, qb: ReturnType<DataSource['createQueryBuilder']>) {
    if ((scope.adviserId ? 1 : 0) + (scope.streetCode ? 1 : 0) !== 1)
      throw new DomainError('BAD_USER_INPUT', 'Give exactly one of adviserId or streetCode');
    if (scope.adviserId) {
      // A colleague outside your streets is NOT_FOUND, exactly like one that does not exist.
      if (!isUuid(scope.adviserId) || !(await this.advisers.findVisible(viewer, scope.adviserId)))
        throw new DomainError('NOT_FOUND', `Adviser ${scope.adviserId} not found`);
      qb.andWhere('s.adviser_id = :adviser', { adviser: scope.adviserId });
    } else {
      if (!/^\d{9}$/.test(scope.streetCode!)) throw new DomainError('BAD_USER_INPUT', 'streetCode must be 9 digits');
      if (viewer.role !== 'ADMIN' && !viewer.streetCodes.includes(scope.streetCode!))
        throw new DomainError('FORBIDDEN', `Street ${scope.streetCode} is outside your streets`);
      qb.andWhere('s.street_code = :street', { street: scope.streetCode });
    }
  }
}
