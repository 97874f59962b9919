// Reading and working leads: the list (a cursor connection on raised_at DESC, id DESC), an outcome
// recorded with its history row (one transaction; stale version → ConflictError; a move the lifecycle
// does not allow → InvalidTransitionError), and the statistics by street, group and status.
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { smallCell, streetScope } from '../../common/small-cells';
import { isUuid } from '../../common/text';
import { canSeeStreet, type Viewer } from '../../common/viewer';
import { readPage, type ListOrder, type PageRequest } from '../../db/keyset';
import { ConflictError, InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { Household } from '../household/household.entity';
import { OutreachLead } from './outreach.entity';
import { LEAD_TRANSITIONS } from './outreach.enums';
import { history } from './outreach-write';
import { OutreachLeadFilter, OutreachStatisticsCell, RecordOutreachOutcomeInput } from './outreach.types';

export const LEAD_ORDER: ListOrder = {
  list: 'outreachLeads',
  keys: [
    { column: 'l.raised_at', direction: 'DESC', type: 'timestamptz' },
    { column: 'l.id', direction: 'DESC', type: 'uuid' },
  ],
};
/** A city-wide lead count stops here (AT_LEAST): past it the index scan of the count costs more than the page. */
export const LEAD_COUNT_CAP = 1_000;
/** An 18-character mainland ID number anywhere in a note (never stored in free text). */
const ID_NUMBER = /\d{17}[\dXx]/;

export class OutreachService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(viewer: Viewer, filter: OutreachLeadFilter, page: PageRequest) {
    const qb = this.db.getRepository(OutreachLead).createQueryBuilder('l');
    if (viewer.role === 'ADVISER') qb.andWhere('l.street_code IN (:...streets)', { streets: viewer.streetCodes });
    if (filter.group != null) qb.andWhere('l.target_group = :group', { group: filter.group });
    if (filter.status) qb.andWhere('l.status = :status', { status: filter.status });
    if (filter.eligibility) qb.andWhere('l.eligibility = :eligibility', { eligibility: filter.eligibility });
    if (filter.streetCode) qb.andWhere('l.street_code = :street', { street: filter.streetCode });
    if (filter.adviserId)
      qb.andWhere('l.adviser_id = :adviser', { adviser: isUuid(filter.adviserId) ? filter.adviserId : null });
    if (filter.householdId)
      qb.andWhere('l.household_id = :household', { household: isUuid(filter.householdId) ? filter.householdId : null });
    // A count not limited to streets, an adviser or a household stops at the cap (AT_LEAST), like households'.
    const scoped = viewer.role === 'ADVISER' || !!(filter.streetCode || filter.adviserId || filter.householdId);
    return readPage(qb, LEAD_ORDER, page, scoped ? {} : { cap: LEAD_COUNT_CAP });
  }

  async recordOutcome(
    viewer: Viewer,
    input: RecordOutreachOutcomeInput,
  ): Promise<OutreachLead | NotFoundError | ConflictError | InvalidTransitionError | InputValidationError> {
    if (input.note && ID_NUMBER.test(input.note))
      return new InputValidationError([
        { field: 'input.note', reason: 'CONTAINS_ID_NUMBER', message: 'a note may not hold an ID number' },
      ]);
    return this.db.transaction(async (em) => {
      const lead = isUuid(input.leadId)
        ? await em.findOne(OutreachLead, { where: { id: input.leadId }, lock: { mode: 'pessimistic_write' } })
        : null;
      const household = lead ? await em.findOneBy(Household, { id: lead.householdId }) : null;
      if (!lead || !household || !canSeeStreet(viewer, household.streetCode))
        return new NotFoundError('OutreachLead', input.leadId);
      if (lead.version !== input.expectedVersion)
        return new ConflictError(`The lead changed since version ${input.expectedVersion} (now ${lead.version})`);
      if (!LEAD_TRANSITIONS[lead.status].includes(input.outcome))
        return new InvalidTransitionError(lead.status, input.outcome, 'the lead is closed or already past that step');
      const from = lead.status;
      const now = this.clock.now();
      Object.assign(lead, { status: input.outcome, statusChangedAt: now, version: lead.version + 1 });
      await em.save(lead);
      await history(
        em,
        [{ lead_id: lead.id, from_status: from, to_status: input.outcome, note: input.note ?? null }],
        viewer.id,
        now,
      );
      return lead;
    });
  }

  /** Leads by street, target group and status (SUPERSEDED left out: the lead that replaced it counts). */
  async statistics(viewer: Viewer, districtCode?: string): Promise<OutreachStatisticsCell[]> {
    const params: unknown[] = [];
    const where = [`l.status <> 'SUPERSEDED'`, ...streetScope(viewer, 'l.street_code', districtCode, params)];
    const rows: Array<{ street_code: string; target_group: number; status: string; leads: number }> =
      await this.db.query(
        `SELECT l.street_code, l.target_group, l.status, count(*)::int AS leads FROM outreach_lead l
          WHERE ${where.join(' AND ')} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        params,
      );
    return rows.map((r) => {
      const { suppressed, hide } = smallCell(viewer, r.leads);
      return Object.assign(new OutreachStatisticsCell(), {
        streetCode: r.street_code,
        group: r.target_group,
        status: r.status,
        leads: hide(r.leads),
        suppressed,
      });
    });
  }
}
