// The adviser service list (社区救助顾问服务清单): service records. A record may update household
// facts (through HouseholdService, so validation stays in one place), add needs and move needs on,
// all in one transaction; a rejected record writes nothing. The needs it reports and moves travel on
// ServiceRecorded (NeedUpdates), checked here first and applied by the need module. In-person records move the visit
// schedule forward and clear the warning visit flag.
import { DataSource, EntityManager } from 'typeorm';
import { shanghaiDate, type Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { FieldProblem } from '../../common/domain-error';
import { isUuid } from '../../common/text';
import { Viewer } from '../../common/viewer';
import { allOrNothing } from '../../db/all-or-nothing';
import { ConflictError, InputValidationError, NotFoundError } from '../../graphql/errors';
import { Adviser } from '../adviser/adviser.entity';
import { canSeeAdviser } from '../adviser/adviser.service';
import { AssistanceEvent, CategoryHolding } from '../household/assistance.entity';
import { Household } from '../household/household.entity';
import { HouseholdService } from '../household/household.service';
import { Member } from '../household/member.entity';
import { Need } from '../need/need.entity';
import type { NeedStatus } from '../need/need.enums';
import type { NeedMove, NeedReport } from '../need/need.events';
import { NeedService } from '../need/need.service';
import { AdviserServiceType, ServiceRecord } from './service-record.entity';
import { countsAsVisit } from './service-record.enums';
import { RecordServiceInput, ServiceRecordFilter } from './service-record.inputs';
import { FollowUpContinuesError } from './service-record.types';
import { standardInForce } from '../reference/reference.service';
import { exitDate, followUpMayEnd } from '../../../policy/exit';
import { stableIncome } from '../../../policy/stable-income';
import { ListOrder, PageRequest, readPage } from '../../db/keyset';

type RecordResult = ServiceRecord | InputValidationError | NotFoundError | ConflictError | FollowUpContinuesError;
const CLOCK_SKEW_MS = 5 * 60_000;
const FACT_GROUPS = [
  'housing',
  'economics',
  'observations',
  'consents',
  'categories',
  'assistanceEvents',
  'lifeEvents',
  'neighbourhood',
  'registeredElsewhere',
  'registeredAddress',
  'massOrganisationBeneficiary',
  'charityPriority',
  'foundByVisit',
] as const;

/** Newest first, the id (ascending) breaking ties. */
export const SERVICE_RECORD_ORDER: ListOrder = {
  list: 'serviceRecords',
  keys: [
    { column: 'r.occurred_at', direction: 'DESC', type: 'timestamptz' },
    { column: 'r.id', direction: 'ASC', type: 'uuid' },
  ],
};

export class ServiceRecordService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly needs: NeedService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  async record(viewer: Viewer, input: RecordServiceInput): Promise<RecordResult> {
    return allOrNothing(this.db, async (em): Promise<RecordResult> => {
      const household = await this.households.findVisible(viewer, input.householdId, em);
      if (!household || household.status !== 'ACTIVE') return new NotFoundError('Household', input.householdId);
      const problems = [...this.checkTimes(input), ...(await this.checkService(em, input))];
      const adviser = await this.resolveAdviser(em, viewer, input, household, problems);
      if (problems.length > 0) return new InputValidationError(problems);

      const factsUpdated: string[] = [];
      let facts = household; // as this record leaves them
      if (input.householdChanges) {
        const updated = await this.households.updateWithin(
          em,
          viewer,
          { ...input.householdChanges, id: household.id },
          'input.householdChanges',
        );
        if ('errorCode' in updated) return updated;
        facts = updated;
        factsUpdated.push(...FACT_GROUPS.filter((key) => input.householdChanges![key] !== undefined));
      }
      if (input.followUpCompleted) {
        const refused = await this.followUpContinues(em, facts, shanghaiDate(input.occurredAt));
        if (refused) return refused;
      }
      const addNeeds = input.addNeeds ?? [];
      for (const [i, need] of addNeeds.entries()) {
        const unknown = await this.needs.checkCode(em, need.code, `input.addNeeds.${i}`);
        if (unknown) return unknown;
      }
      const ids = await this.needs.needIdsForReports(
        em,
        household.id,
        addNeeds.map((n) => n.code),
      );
      const reports: NeedReport[] = addNeeds.map((n) => ({
        needId: ids.get(n.code)!,
        householdId: household.id,
        code: n.code,
        source: 'VISIT',
        urgency: n.urgency ?? 'ORDINARY',
        note: n.note,
      }));
      const moves: NeedMove[] = [];
      const statusAfter = new Map<string, NeedStatus>(); // as the moves before leave each need
      for (const [i, change] of (input.needStatusChanges ?? []).entries()) {
        const need = isUuid(change.needId) ? await em.findOneBy(Need, { id: change.needId }) : null;
        if (!need || need.householdId !== household.id) {
          return new InputValidationError([
            {
              field: `input.needStatusChanges.${i}.needId`,
              reason: 'NOT_A_NEED_OF_HOUSEHOLD',
              message: 'no such need on this household',
            },
          ]);
        }
        const status = statusAfter.get(need.id) ?? need.status;
        if (change.status === status) {
          return new InputValidationError([
            {
              field: `input.needStatusChanges.${i}.status`,
              reason: 'UNCHANGED',
              message: `the need is already ${status}`,
            },
          ]);
        }
        statusAfter.set(need.id, change.status);
        moves.push({ needId: need.id, to: change.status, reason: change.reason });
      }
      const needsAdded = reports.map((r) => r.needId);
      const needsClosed = moves.map((m) => m.needId);
      const record = await em.save(
        em.create(ServiceRecord, {
          householdId: household.id,
          adviserId: adviser!.id,
          serviceCode: input.serviceCode,
          mode: input.mode,
          occurredAt: input.occurredAt,
          countsAsVisit: countsAsVisit(input.serviceCode, input.mode),
          findings: input.findings,
          nextAction: input.nextAction ?? null,
          nextActionDue: input.nextActionDue ?? null,
          needsAdded,
          needsClosed,
          factsUpdated,
          followUpCompleted: input.followUpCompleted ?? false,
          recordedBy: viewer.id,
        }),
      );
      await this.events.publish(em, 'ServiceRecorded', {
        householdId: household.id,
        serviceRecordId: record.id,
        countsAsVisit: record.countsAsVisit,
        needs: { actorId: viewer.id, at: this.clock.now(), reports, moves },
      });
      return record;
    });
  }

  async list(viewer: Viewer, filter: ServiceRecordFilter, page: PageRequest) {
    const qb = this.db.getRepository(ServiceRecord).createQueryBuilder('r');
    // EXISTS, not a join: a joined page makes TypeORM page by DISTINCT ids, which reads every household.
    if (viewer.role === 'ADVISER')
      qb.andWhere('EXISTS (SELECT 1 FROM household h WHERE h.id = r.household_id AND h.street_code IN (:...streets))', {
        streets: viewer.streetCodes,
      });
    if (filter.householdId)
      qb.andWhere('r.household_id = :household', { household: isUuid(filter.householdId) ? filter.householdId : null });
    if (filter.adviserId)
      qb.andWhere('r.adviser_id = :adviser', { adviser: isUuid(filter.adviserId) ? filter.adviserId : null });
    if (filter.from)
      qb.andWhere(`r.occurred_at >= (:from::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, { from: filter.from });
    if (filter.to)
      qb.andWhere(`r.occurred_at < (:to::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`, { to: filter.to });
    return readPage(qb, SERVICE_RECORD_ORDER, page);
  }

  private checkTimes(input: RecordServiceInput): FieldProblem[] {
    const problems: FieldProblem[] = [];
    if (input.occurredAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS)
      problems.push({
        field: 'input.occurredAt',
        reason: 'DATE_IN_FUTURE',
        message: 'occurredAt must not be in the future',
      });
    if (input.nextActionDue && input.nextActionDue < shanghaiDate(input.occurredAt)) {
      problems.push({
        field: 'input.nextActionDue',
        reason: 'BEFORE_SERVICE',
        message: 'the next action cannot be due before the service took place',
      });
    }
    if (input.followUpCompleted && input.serviceCode !== 'ADV-FOLLOW') {
      problems.push({
        field: 'input.followUpCompleted',
        reason: 'NOT_A_FOLLOW_UP',
        message: 'only an exit follow-up (ADV-FOLLOW) can end the follow-up',
      });
    }
    return problems;
  }

  private async checkService(em: EntityManager, input: RecordServiceInput): Promise<FieldProblem[]> {
    if (await em.findOneBy(AdviserServiceType, { code: input.serviceCode })) return [];
    return [
      {
        field: 'input.serviceCode',
        reason: 'UNKNOWN_SERVICE',
        message: `"${input.serviceCode}" is not in the adviser service catalogue (ADV-BRIEF … ADV-EMERG)`,
      },
    ];
  }

  // An ADVISER records their own work; ADMIN records on an adviser's behalf. Either way the adviser
  // must be on the roster, active and serving the household's street.
  private async resolveAdviser(
    em: EntityManager,
    viewer: Viewer,
    input: RecordServiceInput,
    household: Household,
    problems: FieldProblem[],
  ): Promise<Adviser | null> {
    const field = 'input.adviserId';
    const id = viewer.role === 'ADVISER' ? (input.adviserId ?? viewer.id) : input.adviserId;
    if (!id) {
      problems.push({ field, reason: 'REQUIRED', message: 'ADMIN must say which adviser delivered the service' });
      return null;
    }
    if (viewer.role === 'ADVISER' && id !== viewer.id) {
      problems.push({ field, reason: 'NOT_YOURSELF', message: 'an adviser records their own services only' });
      return null;
    }
    const adviser = isUuid(id) ? await em.findOneBy(Adviser, { id }) : null;
    if (!adviser || !canSeeAdviser(viewer, adviser)) {
      problems.push({
        field,
        reason: 'NOT_ON_ROSTER',
        message:
          viewer.role === 'ADVISER'
            ? 'your token is not linked to a roster entry (mint one with npm run token -- --adviser <id>)'
            : 'no adviser with this id',
      });
      return null;
    }
    if (!adviser.active) problems.push({ field, reason: 'ADVISER_INACTIVE', message: 'the adviser is deactivated' });
    if (adviser.streetCode !== household.streetCode)
      problems.push({
        field,
        reason: 'STREET_MISMATCH',
        message: `the adviser serves street ${adviser.streetCode}, the household lives in ${household.streetCode}`,
      });
    return adviser;
  }

  // POL-CAD-9: follow-up ends only when the recorded facts — as this record leaves them — show the
  // household out of assistance more than a year AND a stable income (policy/exit.ts). The adviser's
  // word is not enough; a refusal names the condition and the facts to record.
  private async followUpContinues(em: EntityManager, household: Household, on: string) {
    const id = household.id;
    const holdings = await em.findBy(CategoryHolding, { householdId: id });
    const terminations = await em.findBy(AssistanceEvent, { householdId: id, kind: 'ASSISTANCE_TERMINATED' });
    const members = await em.find(Member, { where: { householdId: id }, order: { position: 'ASC' } });
    const exitOn = exitDate(
      holdings,
      terminations.map((e) => e.date),
      this.clock.today(),
    );
    const income = stableIncome({
      wages: household.economics?.incomeWages ?? null,
      pensions: household.economics?.incomePensions ?? null,
      employment: members.map((m) => m.employmentStatus),
      dibaoStandard: (await standardInForce(em, on)).dibaoStandard,
    });
    const verdict = followUpMayEnd(exitOn, on, income);
    return verdict.ends ? null : FollowUpContinuesError.of(verdict, exitOn, income.ratio);
  }
}
