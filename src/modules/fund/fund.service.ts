// Funds and payments (资金与发放, POL-FND-*): who sees which fund, the ledger, and the checks every
// payment passes, in one transaction each:
// - the fund serves the purpose (专款专用, POL-FND-3) and the household's street;
// - a plan item paid belongs to the household and matches the purpose (SMALL_AMOUNT_AID ↔
//   SMALL_AMOUNT_AID, CASE_PROPOSAL ↔ CASE_HELP);
// - small-amount aid stays within 500 yuan × members per emergency (POL-EMG-2, policy/small-amount-ceiling.ts),
//   the emergency being the plan item, else the household's small-amount payments of that day; the
//   household row is locked so two such payments at once cannot both pass;
// - a HELD_CARD payment names the household's card-custody filing (POL-INT-4);
// - a cash payment made outside the platform is entered afterwards and flagged (POL-FND-7);
// - the balance never goes below zero: one conditional UPDATE … WHERE balance >= amount, so of 50
//   payments at once on a fund that covers 10, exactly 10 pass (PostgreSQL re-evaluates the WHERE on
//   the committed row; the embedded database runs writers one after another);
// - any purpose but SMALL_AMOUNT_AID is committed and waits for a second person where the district
//   requires it (CASE_PAYMENT, policy/four-eyes.ts); the approver is not the person who entered it.
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../db/in-transaction';
import { judgeSmallAmount, toFen, toYuan } from '../../../policy/small-amount-ceiling';
import type { Clock } from '../../common/clock';
import { DomainError, type FieldProblem } from '../../common/domain-error';
import { isUuid } from '../../common/text';
import { isStreetScoped, type Viewer } from '../../common/viewer';
import { InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import type { IdHasher } from '../../common/id-hash';
import { callerConflict } from '../adviser/near-relative';
import { ConflictOfInterestError } from '../plan/plan.types';
import { checkFourEyes, districtOfStreet, needsSecondPerson, SecondPersonRequiredError } from '../auth/four-eyes';
import { District, Street } from '../geo/geo.entity';
import { Household } from '../household/household.entity';
import { Member } from '../household/member.entity';
import type { HouseholdService } from '../household/household.service';
import { Plan, PlanItem } from '../plan/plan.entity';
import { CardCustodyFiling, Fund, FundEntry, FundPayment } from './fund.entity';
import type { FundEntryKind, FundPurpose, PaymentStatus } from './fund.enums';
import {
  CreateFundInput,
  DecideFundPaymentInput,
  DepositToFundInput,
  FileCardCustodyInput,
  PayFromFundInput,
} from './fund.inputs';
import { InsufficientFundsError } from './fund.types';

/** The plan-item kind each purpose may pay. */
const ITEM_KIND_FOR: Partial<Record<FundPurpose, string>> = {
  SMALL_AMOUNT_AID: 'SMALL_AMOUNT_AID',
  CASE_HELP: 'CASE_PROPOSAL',
};

const WRITERS = ['ADMIN', 'ADVISER', 'SUPERVISOR'];

/** May this viewer see the fund? ADMIN all; ADVISER and SUPERVISOR their streets' funds and their districts' funds. */
export function canSeeFund(viewer: Viewer, fund: Pick<Fund, 'level' | 'districtCode' | 'streetCode'>): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (!isStreetScoped(viewer)) return false;
  return fund.level === 'STREET'
    ? viewer.streetCodes.includes(fund.streetCode!)
    : viewer.streetCodes.some((s) => districtOfStreet(s) === fund.districtCode);
}

/** Does the fund cover a household of this street? */
const coversStreet = (fund: Fund, streetCode: string) =>
  fund.level === 'STREET' ? fund.streetCode === streetCode : districtOfStreet(streetCode) === fund.districtCode;

export class FundService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly clock: Clock,
    private readonly hasher: IdHasher,
  ) {}

  async list(viewer: Viewer, districtCode?: string): Promise<Fund[]> {
    if (districtCode !== undefined && !/^\d{6}$/.test(districtCode))
      throw new DomainError('BAD_USER_INPUT', 'districtCode must be 6 digits', [
        { field: 'districtCode', reason: 'INVALID_FORMAT', message: 'must be 6 digits' },
      ]);
    const funds = await this.db.getRepository(Fund).find({
      where: districtCode ? { districtCode } : {},
      order: { districtCode: 'ASC', code: 'ASC' },
    });
    return funds.filter((f) => canSeeFund(viewer, f));
  }

  async byId(viewer: Viewer, id: string, em: EntityManager = this.db.manager): Promise<Fund | null> {
    const fund = isUuid(id) ? await em.findOneBy(Fund, { id }) : null;
    return fund && canSeeFund(viewer, fund) ? fund : null;
  }

  /** `outer`: a caller's transaction to write in (a project sets up its fund with its resource, project/). */
  async create(viewer: Viewer, input: CreateFundInput, outer?: EntityManager): Promise<Fund | InputValidationError> {
    return inTransaction(this.db, outer, async (em) => {
      const problems: FieldProblem[] = [];
      const district = /^\d{6}$/.test(input.districtCode)
        ? await em.findOneBy(District, { code: input.districtCode })
        : null;
      if (!district)
        problems.push({ field: 'input.districtCode', reason: 'UNKNOWN_DISTRICT', message: 'no such district' });
      if (input.streetCode != null) {
        const street = /^\d{9}$/.test(input.streetCode) ? await em.findOneBy(Street, { code: input.streetCode }) : null;
        if (!street) problems.push({ field: 'input.streetCode', reason: 'UNKNOWN_STREET', message: 'no such street' });
        else if (street.districtCode !== input.districtCode)
          problems.push({
            field: 'input.streetCode',
            reason: 'NOT_IN_DISTRICT',
            message: `the street belongs to district ${street.districtCode}`,
          });
      }
      if (new Set(input.purposes).size !== input.purposes.length)
        problems.push({ field: 'input.purposes', reason: 'DUPLICATE', message: 'a purpose is listed twice' });
      if (await em.existsBy(Fund, { code: input.code }))
        problems.push({ field: 'input.code', reason: 'ALREADY_EXISTS', message: 'another fund has this code' });
      if (problems.length) return new InputValidationError(problems);
      const fund = em.create(Fund, {
        code: input.code,
        nameZh: input.nameZh,
        level: input.streetCode != null ? 'STREET' : 'DISTRICT',
        districtCode: input.districtCode,
        streetCode: input.streetCode ?? null,
        source: input.source,
        purposes: input.purposes,
        balance: 0,
        committed: 0,
        paid: 0,
        createdBy: viewer.id,
        createdAt: this.clock.now(),
      });
      await em.insert(Fund, fund);
      return fund;
    });
  }

  async deposit(viewer: Viewer, input: DepositToFundInput): Promise<Fund | InputValidationError | NotFoundError> {
    if (!(input.amount > 0))
      return new InputValidationError([
        { field: 'input.amount', reason: 'NOT_POSITIVE', message: 'must be more than 0' },
      ]);
    return this.db.transaction(async (em) => {
      const fund = await this.byId(viewer, input.fundId, em);
      if (!fund) return new NotFoundError('Fund', input.fundId);
      await em.query(`UPDATE "fund" SET "balance" = "balance" + $2 WHERE "id" = $1`, [fund.id, input.amount]);
      await this.entry(em, viewer, fund.id, 'DEPOSIT', input.amount, null, input.note ?? null);
      return (await em.findOneBy(Fund, { id: fund.id }))!;
    });
  }

  async pay(
    viewer: Viewer,
    input: PayFromFundInput,
  ): Promise<FundPayment | InputValidationError | NotFoundError | InsufficientFundsError> {
    if (!WRITERS.includes(viewer.role)) throw new DomainError('FORBIDDEN', `Role ${viewer.role} may not pay`);
    return this.db.transaction(async (em) => {
      const fund = await this.byId(viewer, input.fundId, em);
      if (!fund) return new NotFoundError('Fund', input.fundId);
      const household = await this.households.findVisible(viewer, input.householdId, em);
      if (!household) return new NotFoundError('Household', input.householdId);
      const today = this.clock.today();
      const problems: FieldProblem[] = [];
      if (!(input.amount > 0))
        problems.push({ field: 'input.amount', reason: 'NOT_POSITIVE', message: 'must be more than 0' });
      if (!coversStreet(fund, household.streetCode))
        problems.push({
          field: 'input.fundId',
          reason: 'OUTSIDE_FUND_AREA',
          message: fund.level === 'STREET' ? "the household is not of the fund's street" : 'not of its district',
        });
      if (!fund.purposes.includes(input.purpose))
        problems.push({
          field: 'input.purpose',
          reason: 'PURPOSE_NOT_SERVED',
          message: `专款专用: the fund pays only ${fund.purposes.join(', ')} (POL-FND-3)`,
        });
      if (input.planItemId != null) problems.push(...(await this.checkPlanItem(em, input, household.id)));
      const offline = input.paidOutsidePlatformOn != null;
      if (offline && input.method !== 'CASH')
        problems.push({
          field: 'input.method',
          reason: 'OFFLINE_ONLY_CASH',
          message: 'a payment entered afterwards is an emergency cash payment (POL-FND-7)',
        });
      if (input.method === 'HELD_CARD') {
        const filing =
          input.cardCustodyFilingId != null && isUuid(input.cardCustodyFilingId)
            ? await em.findOneBy(CardCustodyFiling, { id: input.cardCustodyFilingId })
            : null;
        if (!filing || filing.householdId !== household.id)
          problems.push({
            field: 'input.cardCustodyFilingId',
            reason: 'CARD_CUSTODY_NOT_FILED',
            message: '代管卡折须先备案: file the held card for this household first (POL-INT-4)',
          });
      } else if (input.cardCustodyFilingId != null)
        problems.push({
          field: 'input.cardCustodyFilingId',
          reason: 'ONLY_FOR_HELD_CARD',
          message: 'a custody filing goes with a HELD_CARD payment only',
        });
      if (problems.length) return new InputValidationError(problems);

      const paidOn = input.paidOutsidePlatformOn ?? today;
      if (input.purpose === 'SMALL_AMOUNT_AID') {
        // One emergency at a time per household: concurrent small-amount payments wait here.
        await em.query(`SELECT "id" FROM "household" WHERE "id" = $1 FOR UPDATE`, [household.id]);
        const [members, already] = [
          await em.countBy(Member, { householdId: household.id }),
          await this.smallAmountPaid(em, household.id, input.planItemId ?? null, paidOn),
        ];
        const verdict = judgeSmallAmount(members, already, input.amount);
        if (!verdict.allowed)
          return new InputValidationError([
            {
              field: 'input.amount',
              reason: 'ABOVE_SMALL_AMOUNT_CEILING',
              message:
                `小金额救助每人不超过500元 at most ${verdict.ceiling} yuan for this emergency (500 × ${members} ` +
                `members, POL-EMG-2); ${verdict.remaining} yuan remain`,
            },
          ]);
      }
      const pending =
        input.purpose !== 'SMALL_AMOUNT_AID' &&
        (await needsSecondPerson(em, districtOfStreet(household.streetCode), 'CASE_PAYMENT'));
      const debited = await this.debit(em, fund.id, input.amount, pending ? 'COMMIT' : 'PAY');
      if (debited !== true) return new InsufficientFundsError(fund.id, input.amount, debited);
      const now = this.clock.now();
      const payment = em.create(FundPayment, {
        fundId: fund.id,
        householdId: household.id,
        planItemId: input.planItemId ?? null,
        purpose: input.purpose,
        amount: input.amount,
        method: input.method,
        cardCustodyFilingId: input.cardCustodyFilingId ?? null,
        enteredAfterwards: offline,
        // A payment entered afterwards keeps the day the cash went out, approved or not yet.
        paidOn: pending && !offline ? null : paidOn,
        status: pending ? 'PENDING_APPROVAL' : 'PAID',
        requestedBy: viewer.id,
        requestedRole: viewer.role,
        requestedAt: now,
        decidedBy: null,
        decidedRole: null,
        decidedAt: null,
        decisionNote: null,
        fourEyesOverride: false,
        note: input.note ?? null,
      });
      await em.insert(FundPayment, payment);
      await this.entry(em, viewer, fund.id, pending ? 'COMMIT' : 'PAY', input.amount, payment.id, null);
      return payment;
    });
  }

  async decide(
    viewer: Viewer,
    input: DecideFundPaymentInput,
  ): Promise<
    FundPayment | NotFoundError | InvalidTransitionError | SecondPersonRequiredError | ConflictOfInterestError
  > {
    if (viewer.role !== 'ADMIN' && viewer.role !== 'SUPERVISOR')
      throw new DomainError('FORBIDDEN', `Role ${viewer.role} may not decide payments`);
    return this.db.transaction(async (em) => {
      const payment = isUuid(input.paymentId)
        ? await em
            .getRepository(FundPayment)
            .createQueryBuilder('p')
            .where('p.id = :id', { id: input.paymentId })
            .setLock('pessimistic_write')
            .getOne()
        : null;
      const household = payment && (await this.households.findVisible(viewer, payment.householdId, em));
      if (!payment || !household) return new NotFoundError('FundPayment', input.paymentId);
      const to: PaymentStatus = input.approve ? 'PAID' : 'REJECTED';
      if (payment.status !== 'PENDING_APPROVAL')
        return new InvalidTransitionError(payment.status, to, 'only a payment waiting for approval is decided');
      // POL-INT-9: an approver whose roster or register entry filed a member of the household as a near relative
      if (await callerConflict(em, this.hasher, viewer, payment.householdId)) return new ConflictOfInterestError(1);
      const refused = await checkFourEyes(em, viewer, {
        decision: 'CASE_PAYMENT',
        streetCode: household.streetCode,
        drafters: [payment.requestedBy],
        subject: payment,
      });
      if (refused) return refused;
      const now = this.clock.now();
      const override = viewer.role === 'ADMIN' && payment.requestedBy === viewer.id;
      if (input.approve) {
        await em.query(`UPDATE "fund" SET "committed" = "committed" - $2, "paid" = "paid" + $2 WHERE "id" = $1`, [
          payment.fundId,
          payment.amount,
        ]);
      } else {
        await em.query(`UPDATE "fund" SET "committed" = "committed" - $2, "balance" = "balance" + $2 WHERE "id" = $1`, [
          payment.fundId,
          payment.amount,
        ]);
      }
      await this.entry(em, viewer, payment.fundId, input.approve ? 'PAY' : 'RELEASE', payment.amount, payment.id, null);
      Object.assign(payment, {
        status: to,
        paidOn: input.approve ? (payment.paidOn ?? this.clock.today()) : payment.paidOn,
        decidedBy: viewer.id,
        decidedRole: viewer.role,
        decidedAt: now,
        decisionNote: input.note ?? null,
        fourEyesOverride: override,
      });
      await em.update(
        FundPayment,
        { id: payment.id },
        {
          status: payment.status,
          paidOn: payment.paidOn,
          decidedBy: payment.decidedBy,
          decidedRole: payment.decidedRole,
          decidedAt: now,
          decisionNote: payment.decisionNote,
          fourEyesOverride: override,
        },
      );
      return payment;
    });
  }

  async fileCustody(
    viewer: Viewer,
    input: FileCardCustodyInput,
  ): Promise<CardCustodyFiling | InputValidationError | NotFoundError> {
    return this.db.transaction(async (em) => {
      const household = await this.households.findVisible(viewer, input.householdId, em);
      if (!household) return new NotFoundError('Household', input.householdId);
      const filing = em.create(CardCustodyFiling, {
        householdId: household.id,
        holderKind: input.holderKind,
        cardLast4: input.cardLast4,
        reason: input.reason,
        filedBy: viewer.id,
        filedAt: this.clock.now(),
      });
      await em.insert(CardCustodyFiling, filing);
      return filing;
    });
  }

  async custodyFilings(viewer: Viewer, householdId: string): Promise<CardCustodyFiling[]> {
    const household = await this.households.findVisible(viewer, householdId);
    if (!household) throw new DomainError('NOT_FOUND', `Household ${householdId} not found`);
    return this.db.getRepository(CardCustodyFiling).find({ where: { householdId }, order: { filedAt: 'ASC' } });
  }

  /** Payments of a fund or a household the viewer may see, newest first (at most 500). */
  async payments(
    viewer: Viewer,
    filter: { fundId?: string | null; householdId?: string | null; status?: PaymentStatus | null },
  ): Promise<FundPayment[]> {
    if (!filter.fundId && !filter.householdId)
      throw new DomainError('BAD_USER_INPUT', 'name a fundId or a householdId', [
        { field: 'fundId', reason: 'REQUIRED', message: 'name a fundId or a householdId' },
      ]);
    if (filter.fundId && !(await this.byId(viewer, filter.fundId)))
      throw new DomainError('NOT_FOUND', `Fund ${filter.fundId} not found`);
    if (filter.householdId && !(await this.households.findVisible(viewer, filter.householdId)))
      throw new DomainError('NOT_FOUND', `Household ${filter.householdId} not found`);
    const qb = this.db
      .getRepository(FundPayment)
      .createQueryBuilder('p')
      .innerJoin(Household, 'h', 'h.id = p.household_id');
    if (filter.fundId) qb.andWhere('p.fund_id = :fundId', { fundId: filter.fundId });
    if (filter.householdId) qb.andWhere('p.household_id = :householdId', { householdId: filter.householdId });
    if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (viewer.role !== 'ADMIN')
      qb.andWhere('h.street_code IN (:...streets)', { streets: [...viewer.streetCodes, ''] });
    return qb.orderBy('p.requested_at', 'DESC').addOrderBy('p.id', 'DESC').limit(500).getMany();
  }

  private async checkPlanItem(
    em: EntityManager,
    input: PayFromFundInput,
    householdId: string,
  ): Promise<FieldProblem[]> {
    const item = isUuid(input.planItemId!) ? await em.findOneBy(PlanItem, { id: input.planItemId! }) : null;
    const plan = item && (await em.findOneBy(Plan, { id: item.planId }));
    if (!item || !plan || plan.householdId !== householdId)
      return [
        { field: 'input.planItemId', reason: 'NOT_AN_ITEM_OF_HOUSEHOLD', message: 'not a plan item of this household' },
      ];
    if (item.removedAt)
      return [{ field: 'input.planItemId', reason: 'ITEM_REMOVED', message: 'the item was removed from the plan' }];
    if (ITEM_KIND_FOR[input.purpose] !== item.kind)
      return [
        {
          field: 'input.planItemId',
          reason: 'ITEM_DOES_NOT_MATCH_PURPOSE',
          message: `a ${item.kind} item is not paid as ${input.purpose}`,
        },
      ];
    return [];
  }

  /** Small-amount aid already given for this emergency (not refused), yuan. */
  private async smallAmountPaid(em: EntityManager, householdId: string, planItemId: string | null, day: string) {
    const [row] = await em.query(
      `SELECT coalesce(sum("amount"), 0)::text AS total FROM "fund_payment"
        WHERE "household_id" = $1 AND "purpose" = 'SMALL_AMOUNT_AID' AND "status" <> 'REJECTED'
          AND (CASE WHEN $2::uuid IS NULL THEN "plan_item_id" IS NULL AND "paid_on" = $3::date
                    ELSE "plan_item_id" = $2::uuid END)`,
      [householdId, planItemId, day],
    );
    return toYuan(toFen(Number(row.total)));
  }

  /** Takes `amount` from the available balance if it covers it (true), else the balance it had. */
  private async debit(em: EntityManager, fundId: string, amount: number, as: 'COMMIT' | 'PAY'): Promise<true | number> {
    const [rows] = await em.query(
      `UPDATE "fund" SET "balance" = "balance" - $2,
         "committed" = "committed" + (CASE WHEN $3 = 'COMMIT' THEN $2 ELSE 0 END)::numeric,
         "paid" = "paid" + (CASE WHEN $3 = 'PAY' THEN $2 ELSE 0 END)::numeric
       WHERE "id" = $1 AND "balance" >= $2 RETURNING "id"`,
      [fundId, amount, as],
    );
    if (rows.length === 1) return true;
    const [fund] = await em.query(`SELECT "balance"::text AS balance FROM "fund" WHERE "id" = $1`, [fundId]);
    return Number(fund.balance);
  }

  private entry(
    em: EntityManager,
    viewer: Viewer,
    fundId: string,
    kind: FundEntryKind,
    amount: number,
    paymentId: string | null,
    note: string | null,
  ) {
    return em.insert(FundEntry, { fundId, kind, amount, paymentId, note, actorId: viewer.id, at: this.clock.now() });
  }
}
