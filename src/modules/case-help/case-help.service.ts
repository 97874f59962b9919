// 个案帮扶 cases (POL-CH-1…8): each write is one transaction on the case row (locked), judged by
// policy/case-help.ts, with its history row. Every person acting on the case is checked against the
// near-relative filings (POL-INT-9): the opener and whoever records a step (ADVISER), the assessor
// (ASSESSOR), every panel member (PANEL_MEMBER: each given by roster id, register id or ID number) and the
// second person (APPROVER), from the adviser roster and the register of people acting on cases alike.
// The dishonesty list (POL-INT-10) is checked at application and at review and shown, never a refusal.
// Disbursement links a fund payment (purpose CASE_HELP, PAID, of the household, of no other case):
// the fund module knows nothing of cases. Follow-up is scheduled by CaseFollowUpDue (the visit module
// handles it) and a visit recorded afterwards closes the case (recordCaseFollowUps, called by visit/).
import { In, type DataSource, type EntityManager } from 'typeorm';
import { addDays } from '../../../policy/calendar';
import {
  FOLLOW_UP_DAYS,
  helpFirstTasks,
  judgeAssessment,
  judgeClose,
  judgeDisbursementAmount,
  judgeHelpFirst,
  judgePanel,
  type CaseTask,
} from '../../../policy/case-help';
import { heldCategories } from '../../../policy/held-categories';
import type { Clock } from '../../common/clock';
import type { IdHasher } from '../../common/id-hash';
import type { FieldProblem } from '../../common/domain-error';
import type { EventBus } from '../../common/events';
import { smallCell, streetScope } from '../../common/small-cells';
import { isUuid } from '../../common/text';
import { canSeeStreet, type Viewer } from '../../common/viewer';
import { readPage, type ListOrder, type PageRequest } from '../../db/keyset';
import { InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { callerConflict, caseActorConflicts, type CaseActor } from '../adviser/near-relative';
import { ActingPerson } from '../adviser/acting-person.entity';
import { Adviser } from '../adviser/adviser.entity';
import { checkFourEyes, districtOfStreet, needsSecondPerson, SecondPersonRequiredError } from '../auth/four-eyes';
import { FundPayment } from '../fund/fund.entity';
import { CategoryHolding } from '../household/assistance.entity';
import type { HouseholdService } from '../household/household.service';
import { parseIdNumber, ID_PROBLEM_MESSAGES, maskIdNumber } from '../../common/id-number';
import { OutreachLead } from '../outreach/outreach.entity';
import { Plan, PlanItem } from '../plan/plan.entity';
import { CaseHelp, CaseHelpHistory, CasePanelMember, DishonestyRecord, type DishonestyHit } from './case-help.entity';
import type { CaseEventKind, CaseStep } from './case-help.enums';
import {
  AcceptCaseInput,
  CaseActorInput,
  CaseFilter,
  CloseCaseInput,
  DecideCaseInput,
  OpenCaseInput,
  PanelMemberInput,
  RecordCaseAssessmentInput,
  RecordCaseDisbursementInput,
  RecordCasePanelInput,
  RecordDishonestyInput,
} from './case-help.inputs';
import {
  CaseStatisticsCell,
  CaseConflictOfInterestError,
  DishonestyRecordView,
  type CaseActingRole,
} from './case-help.types';
import { dishonestyHits } from './dishonesty';
import './case-help.events';

export const CASE_ORDER: ListOrder = {
  list: 'cases',
  keys: [
    { column: 'c.opened_at', direction: 'DESC', type: 'timestamptz' },
    { column: 'c.id', direction: 'DESC', type: 'uuid' },
  ],
};
/** A count not limited to streets or a household stops here (AT_LEAST), like the other city-wide lists. */
export const CASE_COUNT_CAP = 1_000;
/** An 18-character mainland ID number anywhere in free text (never stored there). */
const ID_NUMBER = /\d{17}[\dXx]/;

type StepFailure = InputValidationError | NotFoundError | InvalidTransitionError | CaseConflictOfInterestError;

const problem = (field: string, reason: string, message: string) =>
  new InputValidationError([{ field, reason, message }]);

export class CaseHelpService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly hasher: IdHasher,
  ) {}

  async list(viewer: Viewer, filter: CaseFilter, page: PageRequest) {
    const qb = this.db.getRepository(CaseHelp).createQueryBuilder('c');
    if (viewer.role !== 'ADMIN')
      qb.andWhere('c.street_code IN (:...streets)', { streets: [...viewer.streetCodes, ''] });
    if (filter.step) qb.andWhere('c.step = :step', { step: filter.step });
    if (filter.streetCode) qb.andWhere('c.street_code = :street', { street: filter.streetCode });
    if (filter.householdId)
      qb.andWhere('c.household_id = :household', { household: isUuid(filter.householdId) ? filter.householdId : null });
    const scoped = viewer.role !== 'ADMIN' || !!(filter.streetCode || filter.householdId);
    return readPage(qb, CASE_ORDER, page, scoped ? {} : { cap: CASE_COUNT_CAP });
  }

  async byId(viewer: Viewer, id: string): Promise<CaseHelp | null> {
    const found = isUuid(id) ? await this.db.getRepository(CaseHelp).findOneBy({ id }) : null;
    return found && canSeeStreet(viewer, found.streetCode) ? found : null;
  }

  /** Cases by street and step; VIEWER cells under 5 withheld, counts rounded (src/common/small-cells.ts). */
  async statistics(viewer: Viewer, districtCode?: string): Promise<CaseStatisticsCell[]> {
    const params: unknown[] = [];
    const where = streetScope(viewer, 'c.street_code', districtCode, params);
    const rows: Array<{ street_code: string; step: CaseStep; cases: number }> = await this.db.query(
      `SELECT c.street_code, c.step, count(*)::int AS cases FROM case_help c
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    return rows.map((r) => {
      const cell = smallCell(viewer, r.cases);
      return { streetCode: r.street_code, step: r.step, cases: cell.hide(r.cases), suppressed: cell.suppressed };
    });
  }

  async open(
    viewer: Viewer,
    input: OpenCaseInput,
  ): Promise<CaseHelp | InputValidationError | NotFoundError | CaseConflictOfInterestError> {
    if (ID_NUMBER.test(input.difficulty))
      return problem('input.difficulty', 'CONTAINS_ID_NUMBER', 'free text may not hold an ID number');
    return this.db.transaction(async (em) => {
      const household = await this.households.findVisible(viewer, input.householdId, em);
      if (!household) return new NotFoundError('Household', input.householdId);
      const problems = await this.checkOrigin(em, input, household.id);
      if (problems.length) return new InputValidationError(problems);
      const conflict = await this.conflictOf(em, viewer, household.id, 'ADVISER');
      if (conflict) return conflict;
      const now = this.clock.now();
      const created = em.create(CaseHelp, {
        householdId: household.id,
        streetCode: household.streetCode,
        step: 'APPLICATION',
        origin: input.origin,
        planItemId: input.planItemId ?? null,
        outreachLeadId: input.outreachLeadId ?? null,
        difficulty: input.difficulty,
        requestedAmount: input.requestedAmount ?? null,
        helpFirst: false,
        fastTrack: false,
        openTasks: [],
        dishonestyHits: await dishonestyHits(em, this.hasher, household.id, 'APPLICATION'), // POL-INT-10
        openedBy: viewer.id,
        openedRole: viewer.role,
        openedAt: now,
        stepChangedAt: now,
        version: 1,
      });
      const saved = await em.save(created);
      await this.history(em, viewer, saved, null, 'OPENED', null);
      return saved;
    });
  }

  /** APPLICATION → ASSESSMENT, or with help-first (POL-CH-4) → DISBURSEMENT with the skipped steps as tasks. */
  accept(viewer: Viewer, input: AcceptCaseInput) {
    return this.step(viewer, input.caseId, 'ADVISER', async (em, c) => {
      const to: CaseStep = input.helpFirst ? 'DISBURSEMENT' : 'ASSESSMENT';
      if (c.step !== 'APPLICATION')
        return new InvalidTransitionError(c.step, to, 'only an application (个人申请) is accepted');
      if (input.helpFirst) {
        const verdict = judgeHelpFirst(input);
        if (!verdict.allowed) return problem('input.helpFirst', verdict.reason, verdict.why);
        Object.assign(c, { helpFirst: true, helpFirstReason: input.note ?? null, openTasks: helpFirstTasks() });
      }
      return this.move(em, viewer, c, to, input.helpFirst ? 'HELP_FIRST' : 'APPLICATION_ACCEPTED', input.note);
    });
  }

  /** ASSESSMENT → PANEL_REVIEW (or the ASSESSMENT task of help-first): a home visit unless fast-tracked. */
  assess(viewer: Viewer, input: RecordCaseAssessmentInput) {
    return this.step(viewer, input.caseId, 'ASSESSOR', async (em, c) => {
      const owed = c.openTasks.includes('ASSESSMENT');
      if (c.step !== 'ASSESSMENT' && !owed)
        return new InvalidTransitionError(c.step, 'PANEL_REVIEW', 'the case is not being assessed (评估审核)');
      if (ID_NUMBER.test(input.findings))
        return problem('input.findings', 'CONTAINS_ID_NUMBER', 'free text may not hold an ID number');
      const assessor = await this.identifyAssessor(em, input.assessor ?? null);
      if (assessor instanceof InputValidationError) return assessor;
      if (assessor) {
        const [f] = await caseActorConflicts(em, this.hasher, c.householdId, [assessor]); // POL-INT-9, ASSESSOR
        if (f)
          return new CaseConflictOfInterestError('ASSESSOR', f.filingId, f.adviserId, 'input.assessor', f.personId);
      }
      const holdings = await em.findBy(CategoryHolding, { householdId: c.householdId });
      const verdict = judgeAssessment({
        fastTrack: input.fastTrack,
        homeVisitOn: input.homeVisitOn ?? null,
        heldCategories: heldCategories(holdings, this.clock.today()),
      });
      if (!verdict.allowed)
        return problem(
          verdict.reason === 'HOME_VISIT_REQUIRED' ? 'input.homeVisitOn' : 'input.fastTrack',
          verdict.reason,
          verdict.why,
        );
      Object.assign(c, {
        fastTrack: input.fastTrack,
        homeVisitOn: input.fastTrack ? null : input.homeVisitOn,
        assessmentFindings: input.findings,
        proposedAmount: input.proposedAmount ?? null,
        assessedBy: assessor?.adviserId ?? assessor?.personId ?? viewer.id,
        assessedAt: this.clock.now(),
      });
      const kind: CaseEventKind = input.fastTrack ? 'FAST_TRACK' : 'ASSESSED';
      if (owed) return this.taskDone(em, viewer, c, 'ASSESSMENT', kind);
      return this.move(em, viewer, c, 'PANEL_REVIEW', kind, null);
    });
  }

  /** The review panel (POL-CH-3): a cadre chair, no conflicted member; its outcome then waits for a second person. */
  panel(viewer: Viewer, input: RecordCasePanelInput) {
    return this.step(viewer, input.caseId, 'ADVISER', async (em, c) => {
      const owed = c.openTasks.includes('PANEL_REVIEW');
      const sitting = c.step === 'PANEL_REVIEW' && c.decisionStatus !== 'PENDING';
      if (!sitting && !owed)
        return new InvalidTransitionError(c.step, 'DISBURSEMENT', 'the case is not before the panel (民主评议)');
      const verdict = judgePanel(input.members);
      if (!verdict.allowed) return problem('input.members', verdict.reason, verdict.why);
      if (ID_NUMBER.test(input.opinion))
        return problem('input.opinion', 'CONTAINS_ID_NUMBER', 'free text may not hold an ID number');
      if (input.outcome === 'APPROVED' && !(input.approvedAmount != null && input.approvedAmount > 0))
        return problem('input.approvedAmount', 'REQUIRED', 'an approved case states the amount approved');
      const members = await this.identifyMembers(em, input.members);
      if (members instanceof InputValidationError) return members;
      const found = await caseActorConflicts(em, this.hasher, c.householdId, members); // POL-INT-9, each member
      const conflicted = found.findIndex((f) => f !== null);
      if (conflicted >= 0) {
        const f = found[conflicted]!;
        return new CaseConflictOfInterestError(
          'PANEL_MEMBER',
          f.filingId,
          f.adviserId,
          `input.members.${conflicted}`,
          f.personId,
        );
      }
      await em.delete(CasePanelMember, { caseId: c.id });
      await em.insert(
        CasePanelMember,
        input.members.map((m, position) => ({
          position,
          caseId: c.id,
          name: m.name,
          role: m.role,
          chair: m.chair,
          adviserId: members[position].adviserId ?? null,
          personId: members[position].personId ?? null,
          idNumberHash: members[position].idNumberHash ?? null,
          idNumberMasked: members[position].idNumberMasked ?? null,
        })),
      );
      Object.assign(c, {
        hearingOn: input.hearingOn,
        panelOpinion: input.opinion,
        panelOutcome: input.outcome,
        panelRecordedBy: viewer.id,
        approvedAmount: input.outcome === 'APPROVED' ? input.approvedAmount : null,
        dishonestyHits: mergeHits(
          c.dishonestyHits,
          await dishonestyHits(em, this.hasher, c.householdId, 'PANEL_REVIEW'),
        ),
      });
      if (owed) return this.taskDone(em, viewer, c, 'PANEL_REVIEW', 'PANEL_REVIEWED');
      if (input.outcome === 'REJECTED') {
        c.decisionStatus = null;
        return this.move(em, viewer, c, 'CLOSED', 'PANEL_REVIEWED', 'the panel refused (评议不同意)');
      }
      const pending = await needsSecondPerson(em, districtOfStreet(c.streetCode), 'CASE_DECISION');
      if (pending) {
        c.decisionStatus = 'PENDING';
        return this.stay(em, viewer, c, 'PANEL_REVIEWED', 'waiting for a second person (四眼原则)');
      }
      Object.assign(c, {
        decisionStatus: 'APPROVED',
        decidedBy: viewer.id,
        decidedRole: viewer.role,
        decidedAt: this.clock.now(),
      });
      return this.move(em, viewer, c, 'DISBURSEMENT', 'PANEL_REVIEWED', null);
    });
  }

  /** The second person (CASE_DECISION): not the opener nor the panel's recorder; SUPERVISOR of the street or ADMIN. */
  decide(viewer: Viewer, input: DecideCaseInput): Promise<CaseHelp | StepFailure | SecondPersonRequiredError> {
    return this.step(viewer, input.caseId, 'APPROVER', async (em, c) => {
      const to: CaseStep = input.approve ? 'DISBURSEMENT' : 'PANEL_REVIEW';
      if (c.step !== 'PANEL_REVIEW' || c.decisionStatus !== 'PENDING')
        return new InvalidTransitionError(c.step, to, 'only a panel outcome waiting for a second person is decided');
      const refused = await checkFourEyes(em, viewer, {
        decision: 'CASE_DECISION',
        streetCode: c.streetCode,
        drafters: [c.openedBy, c.panelRecordedBy],
        subject: c,
      });
      if (refused) return refused;
      Object.assign(c, {
        decisionStatus: input.approve ? 'APPROVED' : 'REFUSED',
        decidedBy: viewer.id,
        decidedRole: viewer.role,
        decidedAt: this.clock.now(),
        fourEyesOverride: viewer.role === 'ADMIN' && [c.openedBy, c.panelRecordedBy].includes(viewer.id),
      });
      const kind: CaseEventKind = input.approve ? 'DECISION_APPROVED' : 'DECISION_REFUSED';
      return input.approve
        ? this.move(em, viewer, c, to, kind, input.note)
        : this.stay(em, viewer, c, kind, input.note);
    });
  }

  /** DISBURSEMENT → FOLLOW_UP: the fund payment that paid it; the follow-up visit is then due (CaseFollowUpDue). */
  disburse(viewer: Viewer, input: RecordCaseDisbursementInput) {
    return this.step(viewer, input.caseId, 'ADVISER', async (em, c) => {
      if (c.step !== 'DISBURSEMENT')
        return new InvalidTransitionError(c.step, 'FOLLOW_UP', 'the case is not approved for disbursement (资金发放)');
      const payment = isUuid(input.paymentId) ? await em.findOneBy(FundPayment, { id: input.paymentId }) : null;
      const field = 'input.paymentId';
      if (!payment || payment.householdId !== c.householdId)
        return problem(field, 'NOT_A_PAYMENT_OF_HOUSEHOLD', 'not a fund payment to this household');
      if (payment.purpose !== 'CASE_HELP')
        return problem(field, 'NOT_CASE_HELP', `a ${payment.purpose} payment does not disburse a case (CASE_HELP)`);
      if (payment.status === 'REJECTED') return problem(field, 'PAYMENT_REFUSED', 'the payment was refused');
      if (payment.status !== 'PAID')
        return problem(field, 'PAYMENT_NOT_APPROVED', 'the payment waits for its second person (四眼原则)');
      if (await em.existsBy(CaseHelp, { paymentId: payment.id }))
        return problem(field, 'ALREADY_LINKED', 'the payment disbursed another case');
      const amount = judgeDisbursementAmount(payment.amount, c.approvedAmount);
      if (!amount.allowed) return problem(field, amount.reason, amount.why);
      Object.assign(c, {
        paymentId: payment.id,
        followUpDueOn: addDays(payment.paidOn ?? this.clock.today(), FOLLOW_UP_DAYS),
      });
      const moved = await this.move(em, viewer, c, 'FOLLOW_UP', 'DISBURSED', null);
      await this.events.publish(em, 'CaseFollowUpDue', {
        caseId: c.id,
        householdId: c.householdId,
        dueOn: c.followUpDueOn!,
      });
      return moved;
    });
  }

  /** FOLLOW_UP → CLOSED when followed up and nothing is owed (help-first tasks block it, POL-CH-4). */
  close(viewer: Viewer, input: CloseCaseInput) {
    return this.step(viewer, input.caseId, 'ADVISER', async (em, c) => {
      const verdict = judgeClose({ step: c.step, followUpDone: c.followUpDoneAt !== null, openTasks: c.openTasks });
      if (!verdict.allowed) return new InvalidTransitionError(c.step, 'CLOSED', verdict.why);
      return this.move(em, viewer, c, 'CLOSED', 'CLOSED', input.note);
    });
  }

  async recordDishonesty(
    viewer: Viewer,
    input: RecordDishonestyInput,
  ): Promise<DishonestyRecordView | InputValidationError | NotFoundError> {
    const given = [input.householdId, input.idNumber].filter((v) => v != null).length;
    if (given !== 1)
      return problem('input.householdId', 'ONE_SUBJECT', 'give either householdId or idNumber, exactly one');
    let hash: string | null = null;
    if (input.idNumber != null) {
      const parsed = parseIdNumber(input.idNumber, this.clock.today());
      if ('problem' in parsed)
        return problem('input.idNumber', parsed.problem, `the ID number ${ID_PROBLEM_MESSAGES[parsed.problem]}`);
      hash = this.hasher.hash('dishonesty', parsed.idNumber);
    }
    return this.db.transaction(async (em) => {
      if (input.householdId != null && !(await this.households.findVisible(viewer, input.householdId, em)))
        return new NotFoundError('Household', input.householdId);
      const record = em.create(DishonestyRecord, {
        householdId: input.householdId ?? null,
        idNumberHash: hash,
        reason: input.reason,
        source: input.source,
        recordedOn: input.recordedOn,
        recordedBy: viewer.id,
        recordedAt: this.clock.now(),
      });
      const saved = await em.save(record);
      return Object.assign(new DishonestyRecordView(), {
        id: saved.id,
        subject: saved.householdId ? 'HOUSEHOLD' : 'PERSON',
        reason: saved.reason,
        source: saved.source,
        recordedOn: saved.recordedOn,
        recordedBy: saved.recordedBy,
        recordedAt: saved.recordedAt,
        ...(saved.householdId ? { householdId: saved.householdId } : {}),
      });
    });
  }

  // ---- helpers ----

  /** One step: the case locked and visible, the acting person not conflicted, then `work`. */
  private step<R>(
    viewer: Viewer,
    caseId: string,
    actingAs: CaseActingRole,
    work: (em: EntityManager, c: CaseHelp) => Promise<R>,
  ): Promise<R | NotFoundError | CaseConflictOfInterestError> {
    return this.db.transaction(async (em) => {
      const c = isUuid(caseId)
        ? await em.findOne(CaseHelp, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!c || !canSeeStreet(viewer, c.streetCode)) return new NotFoundError('Case', caseId);
      const conflict = await this.conflictOf(em, viewer, c.householdId, actingAs);
      if (conflict) return conflict;
      return work(em, c);
    });
  }

  /** POL-INT-9 for the caller (callerConflict), as the error of the step they act in. */
  private async conflictOf(em: EntityManager, viewer: Viewer, householdId: string, actingAs: CaseActingRole) {
    const f = await callerConflict(em, this.hasher, viewer, householdId);
    return f ? new CaseConflictOfInterestError(actingAs, f.filingId, f.adviserId, null, f.personId) : null;
  }

  /**
   * Who each panel member is (POL-INT-9 checks every one): exactly one of a roster id, a register id or their ID
   * number (kept as a keyed hash and masked). Every problem at once, each naming the member.
   */
  private async identifyMembers(
    em: EntityManager,
    members: PanelMemberInput[],
  ): Promise<Array<CaseActor & { idNumberMasked?: string }> | InputValidationError> {
    const problems: FieldProblem[] = [];
    const at = (i: number, key?: string) => `input.members.${i}${key ? `.${key}` : ''}`;
    const ids = (key: 'adviserId' | 'personId') => members.map((m) => m[key]).filter((id): id is string => !!id);
    const [advisers, people] = await Promise.all([
      em.findBy(Adviser, { id: In(ids('adviserId').filter(isUuid)) }),
      em.findBy(ActingPerson, { id: In(ids('personId').filter(isUuid)) }),
    ]);
    const knownAdvisers = new Set(advisers.map((a) => a.id));
    const knownPeople = new Set(people.map((p) => p.id));
    const identified = members.map((m, i) => {
      const given = [m.adviserId, m.personId, m.idNumber].filter((v) => v != null && v !== '').length;
      if (given !== 1) {
        problems.push({
          field: at(i),
          reason: given === 0 ? 'IDENTITY_REQUIRED' : 'ONE_IDENTITY',
          message: 'give exactly one of adviserId, personId and idNumber, so that near relatives can be checked',
        });
        return {};
      }
      if (m.adviserId) {
        if (!knownAdvisers.has(m.adviserId))
          problems.push({ field: at(i, 'adviserId'), reason: 'UNKNOWN_ADVISER', message: 'no such adviser' });
        return { adviserId: m.adviserId };
      }
      if (m.personId) {
        if (!knownPeople.has(m.personId))
          problems.push({ field: at(i, 'personId'), reason: 'UNKNOWN_PERSON', message: 'no such registered person' });
        return { personId: m.personId };
      }
      const parsed = parseIdNumber(m.idNumber!, this.clock.today());
      if ('problem' in parsed) {
        problems.push({
          field: at(i, 'idNumber'),
          reason: parsed.problem,
          message: `the ID number ${ID_PROBLEM_MESSAGES[parsed.problem]}`,
        });
        return {};
      }
      return {
        idNumberHash: this.hasher.hash('person', parsed.idNumber),
        idNumberMasked: maskIdNumber(parsed.idNumber),
      };
    });
    return problems.length ? new InputValidationError(problems) : identified;
  }

  /** The assessor named in the input, if any: one known roster or register entry. */
  private async identifyAssessor(
    em: EntityManager,
    given: CaseActorInput | null,
  ): Promise<CaseActor | null | InputValidationError> {
    if (!given) return null;
    const { adviserId, personId } = given;
    if ((adviserId ? 1 : 0) + (personId ? 1 : 0) !== 1)
      return problem('input.assessor', 'ONE_IDENTITY', 'give exactly one of adviserId and personId');
    if (adviserId && !(isUuid(adviserId) && (await em.existsBy(Adviser, { id: adviserId }))))
      return problem('input.assessor.adviserId', 'UNKNOWN_ADVISER', 'no such adviser');
    if (personId && !(isUuid(personId) && (await em.existsBy(ActingPerson, { id: personId }))))
      return problem('input.assessor.personId', 'UNKNOWN_PERSON', 'no such registered person');
    return adviserId ? { adviserId } : { personId };
  }

  private async checkOrigin(em: EntityManager, input: OpenCaseInput, householdId: string): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const wants = { planItemId: input.origin === 'PLAN_ITEM', outreachLeadId: input.origin === 'OUTREACH_LEAD' };
    for (const [key, wanted] of Object.entries(wants) as Array<[keyof typeof wants, boolean]>) {
      const given = input[key] != null;
      if (wanted && !given)
        problems.push({
          field: `input.${key}`,
          reason: 'REQUIRED',
          message: `required when origin is ${input.origin}`,
        });
      if (!wanted && given)
        problems.push({ field: `input.${key}`, reason: 'NOT_FOR_ORIGIN', message: `not for origin ${input.origin}` });
    }
    if (problems.length) return problems;
    if (input.origin === 'PLAN_ITEM') {
      const item = isUuid(input.planItemId!) ? await em.findOneBy(PlanItem, { id: input.planItemId! }) : null;
      const plan = item && (await em.findOneBy(Plan, { id: item.planId }));
      if (!item || !plan || plan.householdId !== householdId || item.removedAt)
        problems.push({
          field: 'input.planItemId',
          reason: 'NOT_AN_ITEM_OF_HOUSEHOLD',
          message: 'not a plan item of this household',
        });
      else if (item.kind !== 'CASE_PROPOSAL')
        problems.push({
          field: 'input.planItemId',
          reason: 'NOT_A_CASE_PROPOSAL',
          message: `a ${item.kind} item opens no case`,
        });
    }
    if (input.origin === 'OUTREACH_LEAD') {
      const lead = isUuid(input.outreachLeadId!)
        ? await em.findOneBy(OutreachLead, { id: input.outreachLeadId! })
        : null;
      if (!lead || lead.householdId !== householdId)
        problems.push({
          field: 'input.outreachLeadId',
          reason: 'NOT_A_LEAD_OF_HOUSEHOLD',
          message: 'not a lead of this household',
        });
    }
    return problems;
  }

  private async move(
    em: EntityManager,
    viewer: Viewer,
    c: CaseHelp,
    to: CaseStep,
    kind: CaseEventKind,
    note?: string | null,
  ) {
    const from = c.step;
    const now = this.clock.now();
    Object.assign(c, { step: to, stepChangedAt: now, closedAt: to === 'CLOSED' ? now : c.closedAt });
    return this.save(em, viewer, c, from, kind, note ?? null);
  }

  private stay(em: EntityManager, viewer: Viewer, c: CaseHelp, kind: CaseEventKind, note?: string | null) {
    return this.save(em, viewer, c, c.step, kind, note ?? null);
  }

  private taskDone(em: EntityManager, viewer: Viewer, c: CaseHelp, task: CaseTask, kind: CaseEventKind) {
    c.openTasks = c.openTasks.filter((t) => t !== task);
    return this.save(em, viewer, c, c.step, 'TASK_DONE', `${task} (${kind}) recorded afterwards (POL-CH-4)`);
  }

  private async save(
    em: EntityManager,
    viewer: Viewer,
    c: CaseHelp,
    from: CaseStep,
    kind: CaseEventKind,
    note: string | null,
  ) {
    c.version += 1;
    const saved = await em.save(c);
    await this.history(em, viewer, saved, from, kind, note);
    return saved;
  }

  private history(
    em: EntityManager,
    viewer: Viewer,
    c: CaseHelp,
    from: CaseStep | null,
    kind: CaseEventKind,
    note: string | null,
  ) {
    return em.insert(CaseHelpHistory, {
      caseId: c.id,
      fromStep: from,
      toStep: c.step,
      kind,
      note,
      actorId: viewer.id,
      actorRole: viewer.role,
      at: this.clock.now(),
    });
  }
}

/** Hits of a later check added to the earlier ones (a record found at both steps is shown at both). */
function mergeHits(before: DishonestyHit[], found: DishonestyHit[]): DishonestyHit[] {
  const seen = new Set(before.map((h) => `${h.recordId}:${h.checkedAt}`));
  return [...before, ...found.filter((h) => !seen.has(`${h.recordId}:${h.checkedAt}`))];
}

/**
 * A visit recorded for the household (the visit module calls this on ServiceRecorded with countsAsVisit):
 * every case of it in FOLLOW_UP paid on or before the visit's day is followed up, and closes unless help-first still
 * owes a step (POL-CH-4).
 */
export async function recordCaseFollowUps(
  em: EntityManager,
  visit: { householdId: string; serviceRecordId: string; recordedBy: string; occurredOn: string },
  clock: Clock,
): Promise<void> {
  const cases = await em.find(CaseHelp, {
    where: { householdId: visit.householdId, step: 'FOLLOW_UP' },
    lock: { mode: 'pessimistic_write' },
  });
  const now = clock.now();
  const payments = cases.length
    ? await em.findBy(FundPayment, { id: In(cases.map((c) => c.paymentId).filter((id): id is string => !!id)) })
    : [];
  for (const c of cases) {
    if (c.followUpDoneAt !== null) continue;
    // 回访 follows the payment: a visit that took place before the money went out follows nothing up.
    const paidOn = payments.find((p) => p.id === c.paymentId)?.paidOn ?? null;
    if (paidOn === null || visit.occurredOn < paidOn) continue;
    const closes = judgeClose({ step: c.step, followUpDone: true, openTasks: c.openTasks }).allowed;
    Object.assign(c, {
      followUpRecordId: visit.serviceRecordId,
      followUpDoneAt: now,
      version: c.version + 1,
      ...(closes ? { step: 'CLOSED', stepChangedAt: now, closedAt: now } : {}),
    });
    await em.save(c);
    const row = {
      caseId: c.id,
      fromStep: 'FOLLOW_UP' as CaseStep,
      actorId: visit.recordedBy,
      actorRole: 'SERVICE_RECORD',
      at: now,
    };
    await em.insert(CaseHelpHistory, {
      ...row,
      toStep: 'FOLLOW_UP',
      kind: 'FOLLOWED_UP',
      note: `service record ${visit.serviceRecordId}`,
    });
    if (closes)
      await em.insert(CaseHelpHistory, { ...row, toStep: 'CLOSED', kind: 'CLOSED', note: 'followed up (回访)' });
  }
}
