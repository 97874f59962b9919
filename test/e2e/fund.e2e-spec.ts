// Funds and payments over HTTP (issue 18, first slice): dedicated use (专款专用, POL-FND-3), the
// small-amount ceiling at payment (POL-EMG-2), card custody (POL-INT-4), cash entered afterwards
// (POL-FND-7), a balance that never goes below zero under 50 concurrent payments, four eyes on case
// payments and plan approval (SUPERVISOR), role scoping, fund use by source and purpose with small
// cells withheld from a VIEWER, and the monthly report export (POL-FND-2/3).
import request from 'supertest';
import {
  ApprovePlanFourEyesDocument,
  AssessHouseholdDocument,
  CreateFundDocument,
  CreateHouseholdDocument,
  DecideFundPaymentDocument,
  DepositToFundDocument,
  FileCardCustodyDocument,
  FourEyesRulesDocument,
  FundByIdDocument,
  FundPaymentsDocument,
  FundsDocument,
  FundUseStatisticsDocument,
  GeneratePlanDocument,
  PayFromFundDocument,
  PlanByIdDocument,
  SetFourEyesRuleDocument,
} from '../__generated__/graphql';
import { CHANGNING, elderAloneInput, householdInput, XUHUI_STREET } from '../support/factories';
import { tokenFor, useTestApi } from '../support/test-api';

describe('funds and payments (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN', sub: 'admin-1' });
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang], sub: 'adviser-1' });
  const supervisor = (sub = 'supervisor-1') => api.as({ role: 'SUPERVISOR', streets: [CHANGNING.huayang], sub });
  let code = 0;

  async function fund(purposes: string[], deposit: number, streetCode: string | null = CHANGNING.huayang) {
    const created = await admin().exec(CreateFundDocument, {
      input: {
        code: `T-${++code}`,
        nameZh: '华阳路街道市民综合帮扶专项资金',
        districtCode: '310105',
        streetCode,
        source: 'CHARITY_DONATION',
        purposes: purposes as never,
      },
    });
    if (created.data?.createFund.__typename !== 'Fund') throw new Error(JSON.stringify(created));
    if (deposit > 0) {
      const d = await admin().exec(DepositToFundDocument, {
        input: { fundId: created.data.createFund.id, amount: deposit },
      });
      expect(d.data?.depositToFund).toMatchObject({ __typename: 'Fund', balance: deposit });
    }
    return created.data.createFund.id;
  }

  /** A household of two members in Huayang. */
  async function household(address: string) {
    const { data } = await adviser().exec(CreateHouseholdDocument, { input: householdInput({ address }) as never });
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
    return data.createHousehold.id;
  }

  const balanceOf = async (id: string) => (await admin().exec(FundByIdDocument, { id })).data!.fund;
  const pay = (caller: ReturnType<typeof adviser>, input: Record<string, unknown>) =>
    caller.exec(PayFromFundDocument, { input: { method: 'BANK_TRANSFER', ...input } as never });

  it('pays only the purposes a fund is for (专款专用, POL-FND-3), and nothing is written when refused', async () => {
    const fundId = await fund(['SMALL_AMOUNT_AID'], 1000);
    const householdId = await household('资金测试路1号');
    const refused = await pay(adviser(), { fundId, householdId, purpose: 'CASE_HELP', amount: 100 });
    expect(refused.data!.payFromFund).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.purpose', reason: 'PURPOSE_NOT_SERVED' }],
    });
    expect(await balanceOf(fundId)).toMatchObject({ balance: 1000, committed: 0, paid: 0 });
    expect((await admin().exec(FundPaymentsDocument, { fundId })).data!.fundPayments).toEqual([]);
  });

  it('enforces 500 yuan × members per emergency at payment (POL-EMG-2)', async () => {
    const fundId = await fund(['SMALL_AMOUNT_AID'], 5000);
    const householdId = await household('资金测试路2号'); // 2 members → ceiling 1000 yuan (POL-EMG-2)
    const first = await pay(adviser(), { fundId, householdId, purpose: 'SMALL_AMOUNT_AID', amount: 600 });
    expect(first.data!.payFromFund).toMatchObject({ __typename: 'FundPayment', status: 'PAID', amount: 600 });
    const over = await pay(adviser(), { fundId, householdId, purpose: 'SMALL_AMOUNT_AID', amount: 400.01 });
    expect(over.data!.payFromFund).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.amount', reason: 'ABOVE_SMALL_AMOUNT_CEILING' }],
    });
    const rest = await pay(adviser(), { fundId, householdId, purpose: 'SMALL_AMOUNT_AID', amount: 400 });
    expect(rest.data!.payFromFund).toMatchObject({ __typename: 'FundPayment', status: 'PAID' });
    // 5000 − 600 − 400; small-amount aid needs no second person (POL-EMG-2: the 街镇 pays first)
    expect(await balanceOf(fundId)).toMatchObject({ balance: 4000, committed: 0, paid: 1000 });
  });

  it('pays a held card only with its custody filing (POL-INT-4)', async () => {
    const fundId = await fund(['SMALL_AMOUNT_AID'], 1000);
    const householdId = await household('资金测试路3号');
    const input = { fundId, householdId, purpose: 'SMALL_AMOUNT_AID', amount: 200, method: 'HELD_CARD' };
    const refused = await pay(adviser(), input);
    expect(refused.data!.payFromFund).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.cardCustodyFilingId', reason: 'CARD_CUSTODY_NOT_FILED' }],
    });
    const filed = await adviser().exec(FileCardCustodyDocument, {
      input: { householdId, holderKind: 'RESIDENTS_COMMITTEE', cardLast4: '1234', reason: '老人独居，卡由居委代管' },
    });
    if (filed.data?.fileCardCustody.__typename !== 'CardCustodyFiling') throw new Error(JSON.stringify(filed));
    const paid = await pay(adviser(), { ...input, cardCustodyFilingId: filed.data.fileCardCustody.id });
    expect(paid.data!.payFromFund).toMatchObject({ __typename: 'FundPayment', method: 'HELD_CARD', status: 'PAID' });
  });

  it('enters an emergency cash payment afterwards, flagged (POL-FND-7)', async () => {
    const fundId = await fund(['SMALL_AMOUNT_AID'], 1000);
    const householdId = await household('资金测试路4号');
    const paidOn = api.clock.today();
    const notCash = await pay(adviser(), {
      fundId,
      householdId,
      purpose: 'SMALL_AMOUNT_AID',
      amount: 300,
      paidOutsidePlatformOn: paidOn,
    });
    expect(notCash.data!.payFromFund).toMatchObject({
      fieldErrors: [{ field: 'input.method', reason: 'OFFLINE_ONLY_CASH' }],
    });
    const cash = await pay(adviser(), {
      fundId,
      householdId,
      purpose: 'SMALL_AMOUNT_AID',
      amount: 300,
      method: 'CASH',
      paidOutsidePlatformOn: paidOn,
    });
    expect(cash.data!.payFromFund).toMatchObject({ __typename: 'FundPayment', enteredAfterwards: true, paidOn });
  });

  it('never overspends: 50 concurrent payments on a fund that covers 10', async () => {
    const fundId = await fund(['CASE_HELP'], 3000); // 10 × 300
    const householdId = await household('资金测试路5号');
    const results = await Promise.all(
      Array.from({ length: 50 }, () => pay(adviser(), { fundId, householdId, purpose: 'CASE_HELP', amount: 300 })),
    );
    const kinds = results.map((r) => r.data?.payFromFund.__typename ?? JSON.stringify(r.errors));
    expect(kinds.filter((k) => k === 'FundPayment')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'InsufficientFundsError')).toHaveLength(40);
    const refusal = results.find((r) => r.data?.payFromFund.__typename === 'InsufficientFundsError')!;
    expect(refusal.data!.payFromFund).toMatchObject({ errorCode: 'INSUFFICIENT_FUNDS', requested: 300 });
    // CASE_HELP waits for a second person by default: the 10 are committed, nothing is left
    expect(await balanceOf(fundId)).toMatchObject({ balance: 0, committed: 3000, paid: 0 });
    const [{ total }] = await api.db.query(
      `SELECT count(*)::int AS total FROM fund_payment WHERE fund_id = $1 AND status = 'PENDING_APPROVAL'`,
      [fundId],
    );
    expect(total).toBe(10);
  });

  it('case payments wait for a second person: not the one who entered it; ADMIN may, and it is audited', async () => {
    const fundId = await fund(['CASE_HELP'], 10000);
    const householdId = await household('资金测试路6号');
    const byAdviser = await pay(adviser(), { fundId, householdId, purpose: 'CASE_HELP', amount: 2000 });
    if (byAdviser.data?.payFromFund.__typename !== 'FundPayment') throw new Error(JSON.stringify(byAdviser));
    const paymentId = byAdviser.data.payFromFund.id;
    expect(byAdviser.data.payFromFund).toMatchObject({ status: 'PENDING_APPROVAL', paidOn: null });
    expect(await balanceOf(fundId)).toMatchObject({ balance: 8000, committed: 2000 });

    const asAdviser = await adviser().exec(DecideFundPaymentDocument, { input: { paymentId, approve: true } });
    expect(asAdviser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A supervisor's own payment: refused to the same supervisor, approved by another.
    const bySupervisor = await pay(supervisor(), { fundId, householdId, purpose: 'CASE_HELP', amount: 1000 });
    const ownId = (bySupervisor.data!.payFromFund as { id: string }).id;
    const own = await supervisor().exec(DecideFundPaymentDocument, { input: { paymentId: ownId, approve: true } });
    expect(own.data!.decideFundPayment).toMatchObject({
      __typename: 'SecondPersonRequiredError',
      errorCode: 'RULE_NOT_MET',
      decision: 'CASE_PAYMENT',
      reason: 'DRAFTER_CANNOT_APPROVE',
    });
    const refused = await supervisor('supervisor-2').exec(DecideFundPaymentDocument, {
      input: { paymentId: ownId, approve: false, note: '材料不全' },
    });
    expect(refused.data!.decideFundPayment).toMatchObject({ __typename: 'FundPayment', status: 'REJECTED' });

    const approved = await supervisor().exec(DecideFundPaymentDocument, { input: { paymentId, approve: true } });
    expect(approved.data!.decideFundPayment).toMatchObject({
      __typename: 'FundPayment',
      status: 'PAID',
      decidedBy: 'supervisor-1',
      decidedRole: 'SUPERVISOR',
      fourEyesOverride: false,
      paidOn: api.clock.today(),
    });
    const again = await supervisor().exec(DecideFundPaymentDocument, { input: { paymentId, approve: true } });
    expect(again.data!.decideFundPayment).toMatchObject({ __typename: 'InvalidTransitionError' });
    // 10000 − 2000 paid; the refused 1000 went back
    expect(await balanceOf(fundId)).toMatchObject({ balance: 8000, committed: 0, paid: 2000 });

    const byAdmin = await pay(admin(), { fundId, householdId, purpose: 'CASE_HELP', amount: 500 });
    const adminId = (byAdmin.data!.payFromFund as { id: string }).id;
    const override = await admin().exec(DecideFundPaymentDocument, { input: { paymentId: adminId, approve: true } });
    expect(override.data!.decideFundPayment).toMatchObject({ status: 'PAID', fourEyesOverride: true });
    const [row] = await api.db.query(
      `SELECT outcome FROM access_audit WHERE operation = 'decideFundPayment' AND object_id = $1`,
      [adminId],
    );
    expect(row.outcome).toBe('FundPayment:FOUR_EYES_OVERRIDE');
  });

  it('a district may turn four eyes off for case payments: then they are paid at once', async () => {
    const set = await admin().exec(SetFourEyesRuleDocument, {
      input: { districtCode: '310104', decision: 'CASE_PAYMENT', secondPerson: false },
    });
    expect(set.data!.setFourEyesRule).toMatchObject({
      __typename: 'FourEyesRule',
      secondPerson: false,
      isDefault: false,
    });
    const rules = await admin().exec(FourEyesRulesDocument, { districtCode: '310104' });
    expect(rules.data!.fourEyesRules).toEqual([
      { decision: 'PLAN_APPROVAL', secondPerson: true, isDefault: true },
      { decision: 'CASE_PAYMENT', secondPerson: false, isDefault: false },
      { decision: 'CASE_DECISION', secondPerson: true, isDefault: true }, // issue 18: case decisions, by default
    ]);
    const created = await admin().exec(CreateFundDocument, {
      input: {
        code: 'XH-CASE',
        nameZh: '徐汇测试专项资金',
        districtCode: '310104',
        source: 'FISCAL',
        purposes: ['CASE_HELP'],
      },
    });
    const fundId = (created.data!.createFund as { id: string }).id;
    await admin().exec(DepositToFundDocument, { input: { fundId, amount: 1000 } });
    const xuhui = api.as({ role: 'ADVISER', streets: [XUHUI_STREET], sub: 'adviser-x' });
    const { data } = await xuhui.exec(CreateHouseholdDocument, {
      input: householdInput({ streetCode: XUHUI_STREET, address: '徐汇测试路1号' }) as never,
    });
    const householdId = (data!.createHousehold as { id: string }).id;
    const paid = await pay(xuhui, { fundId, householdId, purpose: 'CASE_HELP', amount: 700 });
    expect(paid.data!.payFromFund).toMatchObject({ __typename: 'FundPayment', status: 'PAID' });
    expect(await balanceOf(fundId)).toMatchObject({ balance: 300, committed: 0, paid: 700 });
    // A Huayang fund is not the Xuhui adviser's: invisible, and not payable
    const huayangFund = await fund(['CASE_HELP'], 100);
    expect((await xuhui.exec(FundsDocument, { districtCode: '310105' })).data!.funds).toEqual([]);
    expect((await xuhui.exec(FundByIdDocument, { id: huayangFund })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const foreign = await pay(xuhui, { fundId: huayangFund, householdId, purpose: 'CASE_HELP', amount: 1 });
    expect(foreign.data!.payFromFund).toMatchObject({ __typename: 'NotFoundError', entity: 'Fund' });
  });

  it('approves plans with four eyes: a supervisor, not the drafter; ADMIN on its own draft is audited', async () => {
    const { data } = await adviser().exec(CreateHouseholdDocument, {
      input: elderAloneInput({ address: '资金测试路7号' }) as never,
    });
    const householdId = (data!.createHousehold as { id: string }).id;
    await adviser().exec(AssessHouseholdDocument, { householdId });
    const plan = (await adviser().exec(GeneratePlanDocument, { householdId })).data!.generatePlan as { id: string };
    const own = await adviser().exec(ApprovePlanFourEyesDocument, { planId: plan.id });
    expect(own.data!.approvePlan).toMatchObject({
      __typename: 'SecondPersonRequiredError',
      decision: 'PLAN_APPROVAL',
      reason: 'SUPERVISOR_REQUIRED',
    });
    // The supervisor reads the draft it is asked to approve
    expect((await supervisor().exec(PlanByIdDocument, { id: plan.id })).data!.plan).toMatchObject({ status: 'DRAFT' });
    const approved = await supervisor().exec(ApprovePlanFourEyesDocument, { planId: plan.id });
    expect(approved.data!.approvePlan).toMatchObject({
      __typename: 'Plan',
      status: 'APPROVED',
      approvedBy: 'supervisor-1',
      approvedRole: 'SUPERVISOR',
    });

    const { data: second } = await admin().exec(CreateHouseholdDocument, {
      input: elderAloneInput({ address: '资金测试路8号' }) as never,
    });
    const secondId = (second!.createHousehold as { id: string }).id;
    await admin().exec(AssessHouseholdDocument, { householdId: secondId });
    const adminPlan = (await admin().exec(GeneratePlanDocument, { householdId: secondId })).data!.generatePlan as {
      id: string;
    };
    const byAdmin = await admin().exec(ApprovePlanFourEyesDocument, { planId: adminPlan.id });
    expect(byAdmin.data!.approvePlan).toMatchObject({ __typename: 'Plan', approvedRole: 'ADMIN' });
    const [row] = await api.db.query(
      `SELECT outcome FROM access_audit WHERE operation = 'approvePlan' AND object_id = $1`,
      [adminPlan.id],
    );
    expect(row.outcome).toBe('Plan:FOUR_EYES_OVERRIDE');
  });

  it('scopes by role: PARTNER nothing, VIEWER only fund use with small cells withheld', async () => {
    const partner = api.as({ role: 'PARTNER', providerId: 'P-CN-MZJ' });
    expect((await partner.exec(FundsDocument, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viewer = api.as({ role: 'VIEWER' });
    expect((await viewer.exec(FundsDocument, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const month = api.clock.today().slice(0, 7);
    const exact = (await admin().exec(FundUseStatisticsDocument, { month, districtCode: '310105' })).data!
      .fundUseStatistics;
    // Paid this month in Changning by the tests above, all from CHARITY_DONATION funds:
    // SMALL_AMOUNT_AID 600 + 400 + 200 + 300 to 3 households (资金测试路2/3/4号);
    // CASE_HELP 2000 + 500 to one household (资金测试路6号).
    expect(exact).toEqual([
      { source: 'CHARITY_DONATION', purpose: 'CASE_HELP', payments: 2, households: 1, amount: 2500, suppressed: false },
      {
        source: 'CHARITY_DONATION',
        purpose: 'SMALL_AMOUNT_AID',
        payments: 4,
        households: 3,
        amount: 1500,
        suppressed: false,
      },
    ]);
    // A VIEWER: both cells have fewer than 5 households (MIN_CELL_FOR_VIEWER), so both are withheld
    const seen = (await viewer.exec(FundUseStatisticsDocument, { month, districtCode: '310105' })).data!
      .fundUseStatistics;
    expect(seen.map((c) => [c.purpose, c.payments, c.households, c.amount, c.suppressed])).toEqual([
      ['CASE_HELP', null, null, null, true],
      ['SMALL_AMOUNT_AID', null, null, null, true],
    ]);
    const bad = await viewer.exec(FundUseStatisticsDocument, { month: '2026-13' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports the monthly report of business and fund use (POL-FND-2/3)', async () => {
    const month = api.clock.today().slice(0, 7);
    const res = await request(api.server)
      .get(`/exports/funds.csv?month=${month}`)
      .set('authorization', `Bearer ${tokenFor({ role: 'ADMIN' })}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('发放金额(元) paid (yuan)');
    // The fund of the dedicated-use test (T-1): nothing paid, 1000 available
    expect(lines.find((l) => l.startsWith('T-1,'))).toContain(',SMALL_AMOUNT_AID,0,0,0,0,0,0,1000');
    const xlsx = await request(api.server)
      .get(`/exports/funds.xlsx?month=${month}`)
      .set('authorization', `Bearer ${tokenFor({ role: 'SUPERVISOR', streets: [CHANGNING.huayang] })}`);
    expect(xlsx.status).toBe(200);
    const badMonth = await request(api.server)
      .get('/exports/funds.csv?month=11-2026')
      .set('authorization', `Bearer ${tokenFor({ role: 'ADMIN' })}`);
    expect(badMonth.status).toBe(400);
    expect(badMonth.body.errors[0].extensions.fieldErrors[0]).toMatchObject({
      field: 'month',
      reason: 'INVALID_FORMAT',
    });
    const partner = await request(api.server)
      .get(`/exports/funds.csv?month=${month}`)
      .set('authorization', `Bearer ${tokenFor({ role: 'PARTNER', providerId: 'P-CN-MZJ' })}`);
    expect(partner.status).toBe(403);
  });

  it('cash entered afterwards keeps the day it was paid through approval (POL-FND-7)', async () => {
    const fundId = await fund(['CASE_HELP'], 1000);
    const householdId = await household('资金测试路9号');
    const paidOn = `${api.clock.today().slice(0, 7)}-01`;
    const entered = await pay(adviser(), {
      fundId,
      householdId,
      purpose: 'CASE_HELP',
      amount: 800,
      method: 'CASH',
      paidOutsidePlatformOn: paidOn,
    });
    expect(entered.data!.payFromFund).toMatchObject({ status: 'PENDING_APPROVAL', enteredAfterwards: true, paidOn });
    const paymentId = (entered.data!.payFromFund as { id: string }).id;
    const approved = await supervisor().exec(DecideFundPaymentDocument, { input: { paymentId, approve: true } });
    expect(approved.data!.decideFundPayment).toMatchObject({ status: 'PAID', enteredAfterwards: true, paidOn });
  });
});
