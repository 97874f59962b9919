// Case help (个案帮扶, issue 18) over HTTP: an emergency household gets small-amount aid first, then a case
// through application, assessment, a review panel with one conflicted member refused and replaced
// (POL-INT-9), a supervisor's approval (four eyes, CASE_DECISION), a CASE_HELP payment, and a follow-up
// visit that closes it (POL-CH-1); help-first with its open tasks blocking close (POL-CH-4); the fast
// track refused without DB/BY/GX (POL-CH-5); the dishonesty list shown, never rejecting (POL-INT-10);
// role scoping and small cells for a VIEWER.
import { addDays } from '../../policy/calendar';
import {
  AcceptCaseDocument,
  AddPlanItemDocument,
  AssessHouseholdDocument,
  CatalogueResourcesDocument,
  GeneratePlanDocument,
  CaseByIdDocument,
  CasesDocument,
  CaseStatisticsDocument,
  CaseVisitScheduleDocument,
  CloseCaseDocument,
  CreateAdviserDocument,
  CreateFundDocument,
  CreateHouseholdDocument,
  DecideCaseDocument,
  DecideFundPaymentDocument,
  DepositToFundDocument,
  FileNearRelativeDocument,
  OpenCaseDocument,
  OutreachLeadsDocument,
  PayFromFundDocument,
  RecordCaseAssessmentDocument,
  RecordCaseDisbursementDocument,
  RecordCasePanelDocument,
  RecordDishonestyDocument,
  RecordServiceDocument,
  RunOutreachSweepDocument,
  UpdateHouseholdDocument,
} from '../__generated__/graphql';
import { CHANGNING, elderAloneInput, freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('case help (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN', sub: 'admin-1' });
  const supervisor = (sub = 'supervisor-1') => api.as({ role: 'SUPERVISOR', streets: [CHANGNING.huayang], sub });
  const asAdviser = (id: string, street: string = CHANGNING.huayang) =>
    api.as({ role: 'ADVISER', streets: [street], sub: id });
  let adviserId = '';
  let fundId = '';
  let n = 0;

  async function newAdviser(name: string, streetCode: string = CHANGNING.huayang) {
    const { data } = await admin().exec(CreateAdviserDocument, {
      input: { name, streetCode, roleType: 'SOCIAL_WORKER', caseloadMax: 40 } as never,
    });
    if (data?.createAdviser.__typename !== 'Adviser') throw new Error(JSON.stringify(data));
    return data.createAdviser.id;
  }

  async function household(overrides: Record<string, unknown> = {}) {
    const input = householdInput({ address: `个案测试路${++n}号`, ...overrides });
    const { data, errors } = await admin().exec(CreateHouseholdDocument, { input: input as never });
    if (data?.createHousehold.__typename !== 'Household')
      throw new Error(JSON.stringify(data?.createHousehold ?? errors));
    return { id: data.createHousehold.id, idNumbers: input.members.map((m) => m.idNumber) };
  }

  beforeAll(async () => {
    adviserId = await newAdviser('顾问个案');
    const created = await admin().exec(CreateFundDocument, {
      input: {
        code: 'CN-HY-CASE',
        nameZh: '华阳路街道市民综合帮扶专项资金',
        districtCode: '310105',
        streetCode: CHANGNING.huayang,
        source: 'WELFARE_LOTTERY',
        purposes: ['SMALL_AMOUNT_AID', 'CASE_HELP'],
      },
    });
    if (created.data?.createFund.__typename !== 'Fund') throw new Error(JSON.stringify(created));
    fundId = created.data.createFund.id;
    await admin().exec(DepositToFundDocument, { input: { fundId, amount: 50_000 } });
  });

  const me = () => asAdviser(adviserId);
  const open = (householdId: string, caller = me()) =>
    caller.exec(OpenCaseDocument, {
      input: {
        householdId,
        origin: 'ADVISER',
        difficulty: '突发重病，医疗费用自付部分难以承担',
        requestedAmount: 3000,
      },
    });
  async function opened(householdId: string) {
    const r = await open(householdId);
    if (r.data?.openCase.__typename !== 'CaseHelp') throw new Error(JSON.stringify(r));
    return r.data.openCase;
  }
  const caseOf = async (id: string) => (await admin().exec(CaseByIdDocument, { id })).data!.caseHelp;
  const accept = (caseId: string, extra: Record<string, unknown> = {}) =>
    me().exec(AcceptCaseDocument, { input: { caseId, ...extra } });
  const assess = (caseId: string, extra: Record<string, unknown> = {}) =>
    me().exec(RecordCaseAssessmentDocument, {
      input: { caseId, findings: '入户核查属实，医疗自付部分超出家庭承受能力', proposedAmount: 2000, ...extra },
    });
  // Every member is identified (by ID number here) so that near relatives can be checked (POL-INT-9)
  const goodPanel = [
    { name: '街镇救助所干部', role: 'STREET_CADRE' as const, chair: true, idNumber: freshIdNumber('1975-01-01') },
    { name: '居委干部', role: 'NEIGHBOURHOOD_CADRE' as const, idNumber: freshIdNumber('1976-01-01') },
    { name: '楼组长', role: 'BUILDING_HEAD' as const, idNumber: freshIdNumber('1977-01-01') },
    { name: '居民代表', role: 'RESIDENT_REPRESENTATIVE' as const, idNumber: freshIdNumber('1978-01-01') },
  ];
  const panel = (caseId: string, members: Array<Record<string, unknown>> = goodPanel, outcome = 'APPROVED') =>
    me().exec(RecordCasePanelDocument, {
      input: {
        caseId,
        hearingOn: api.clock.today(),
        members: members as never,
        opinion: '经评议，情况属实，同意给予个案帮扶',
        outcome: outcome as never,
        approvedAmount: outcome === 'APPROVED' ? 2000 : null,
      },
    });
  async function paid(householdId: string, amount: number) {
    const r = await me().exec(PayFromFundDocument, {
      input: { fundId, householdId, purpose: 'CASE_HELP', amount, method: 'BANK_TRANSFER' },
    });
    if (r.data?.payFromFund.__typename !== 'FundPayment') throw new Error(JSON.stringify(r));
    const payment = r.data.payFromFund;
    // CASE_PAYMENT needs a second person by default (policy/four-eyes.ts)
    expect(payment.status).toBe('PENDING_APPROVAL');
    return payment.id;
  }
  const approvePayment = (paymentId: string) =>
    supervisor().exec(DecideFundPaymentDocument, { input: { paymentId, approve: true } });
  const visit = (householdId: string, occurredAt = api.clock.now()) =>
    me().exec(RecordServiceDocument, {
      input: {
        householdId,
        serviceCode: 'ADV-VISIT',
        mode: 'HOME_VISIT',
        occurredAt: occurredAt.toISOString(),
        findings: '回访：帮扶资金已到账，治疗进行中',
      },
    });

  it('takes an emergency household from small-amount aid through panel, approval, payment and follow-up', async () => {
    const h = await household(); // 2 members, 低保 (DB) since 2023
    // POL-EMG-2: small-amount aid first, at most 500 × 2 members, no second person
    const aid = await me().exec(PayFromFundDocument, {
      input: { fundId, householdId: h.id, purpose: 'SMALL_AMOUNT_AID', amount: 1000, method: 'CASH' },
    });
    expect(aid.data!.payFromFund).toMatchObject({ __typename: 'FundPayment', status: 'PAID' });
    const aidId = (aid.data!.payFromFund as { id: string }).id;

    // 失信记录 on a member (POL-INT-2): shown at application and at review, never a rejection (POL-INT-10)
    const record = await supervisor().exec(RecordDishonestyDocument, {
      input: {
        idNumber: h.idNumbers[1],
        reason: '2024年虚报收入',
        source: '区联席会议办公室',
        recordedOn: '2024-06-01',
      },
    });
    if (!record.data) throw new Error(JSON.stringify(record.errors));
    expect(record.data!.recordDishonesty).toMatchObject({ __typename: 'DishonestyRecord', subject: 'PERSON' });
    const recordId = (record.data!.recordDishonesty as { id: string }).id;

    const c = await opened(h.id);
    expect(c).toMatchObject({
      step: 'APPLICATION',
      origin: 'ADVISER',
      dishonestyHits: [{ recordId, subject: 'MEMBER', reason: '2024年虚报收入', checkedAt: 'APPLICATION' }],
    });
    expect((await accept(c.id)).data!.acceptCase).toMatchObject({ __typename: 'CaseHelp', step: 'ASSESSMENT' });
    // An assessment without fast track needs its home visit (POL-CH-5 skips it only on the fast track)
    expect((await assess(c.id)).data!.recordCaseAssessment).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.homeVisitOn', reason: 'HOME_VISIT_REQUIRED' }],
    });
    expect((await assess(c.id, { homeVisitOn: api.clock.today() })).data!.recordCaseAssessment).toMatchObject({
      step: 'PANEL_REVIEW',
      fastTrack: false,
      homeVisitOn: api.clock.today(),
    });

    // A panel member filed a member of the household as a near relative (POL-INT-9): refused, filing named
    const related = await newAdviser('评议志愿者');
    const filing = await admin().exec(FileNearRelativeDocument, {
      input: {
        adviserId: related,
        relativeName: '表姐',
        idNumber: h.idNumbers[0],
        relation: 'OTHER',
        filedOn: '2025-01-02',
      },
    });
    if (filing.data?.fileNearRelative.__typename !== 'NearRelativeFiling') throw new Error(JSON.stringify(filing));
    const filingId = filing.data.fileNearRelative.id;
    const before = await caseOf(c.id);
    const conflicted = [...goodPanel, { name: '志愿者', role: 'VOLUNTEER', adviserId: related }];
    const refused = (await panel(c.id, conflicted)).data!.recordCasePanel;
    expect(refused).toMatchObject({
      __typename: 'CaseConflictOfInterestError',
      errorCode: 'RULE_NOT_MET',
      actingAs: 'PANEL_MEMBER',
      filingId,
      adviserId: related,
      field: 'input.members.4',
    });
    // No names or ID numbers of household members in the message
    const message = (refused as { message: string }).message;
    expect(message).toContain(filingId);
    for (const secret of ['测试甲', '测试乙', '表姐', ...h.idNumbers]) expect(message).not.toContain(secret);
    expect(await caseOf(c.id)).toEqual(before); // nothing written

    // Replaced by another volunteer: the panel sits; its outcome waits for a second person
    const replaced = [...goodPanel, { name: '另一志愿者', role: 'VOLUNTEER', idNumber: freshIdNumber('1990-02-02') }];
    expect((await panel(c.id, replaced)).data!.recordCasePanel).toMatchObject({
      step: 'PANEL_REVIEW',
      panelOutcome: 'APPROVED',
      approvedAmount: 2000,
      decisionStatus: 'PENDING',
      dishonestyHits: [
        { recordId, checkedAt: 'APPLICATION' },
        { recordId, checkedAt: 'PANEL_REVIEW' },
      ],
    });

    // Four eyes: an ADVISER may not decide; the SUPERVISOR of the street does
    const byAdviser = await me().exec(DecideCaseDocument, { input: { caseId: c.id, approve: true } });
    expect(byAdviser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await supervisor().exec(DecideCaseDocument, { input: { caseId: c.id, approve: true } })).data!.decideCase,
    ).toMatchObject({
      step: 'DISBURSEMENT',
      decisionStatus: 'APPROVED',
      decidedBy: 'supervisor-1',
      decidedRole: 'SUPERVISOR',
    });

    // The payment: purpose CASE_HELP, approved by the second person, within what the panel approved
    const disburse = (paymentId: string) =>
      me().exec(RecordCaseDisbursementDocument, { input: { caseId: c.id, paymentId } });
    expect((await disburse(aidId)).data!.recordCaseDisbursement).toMatchObject({
      fieldErrors: [{ field: 'input.paymentId', reason: 'NOT_CASE_HELP' }],
    });
    const tooMuch = await paid(h.id, 2500);
    expect((await approvePayment(tooMuch)).data!.decideFundPayment).toMatchObject({ status: 'PAID' });
    expect((await disburse(tooMuch)).data!.recordCaseDisbursement).toMatchObject({
      fieldErrors: [{ field: 'input.paymentId', reason: 'ABOVE_APPROVED_AMOUNT' }],
    });
    const paymentId = await paid(h.id, 2000);
    expect((await disburse(paymentId)).data!.recordCaseDisbursement).toMatchObject({
      fieldErrors: [{ field: 'input.paymentId', reason: 'PAYMENT_NOT_APPROVED' }],
    });
    expect((await approvePayment(paymentId)).data!.decideFundPayment).toMatchObject({ status: 'PAID' });
    const due = addDays(api.clock.today(), 30); // FOLLOW_UP_DAYS [P]
    expect((await disburse(paymentId)).data!.recordCaseDisbursement).toMatchObject({
      step: 'FOLLOW_UP',
      paymentId,
      followUpDueOn: due,
    });
    // The follow-up is on the household's visit schedule (the visit module handled CaseFollowUpDue)
    const schedule = await admin().exec(CaseVisitScheduleDocument, { id: h.id });
    expect(schedule.data!.household!.visitSchedule).toMatchObject({ nextDue: due, reason: 'CASE_FOLLOW_UP' });

    // Not closed before the follow-up visit; the visit closes it
    expect((await me().exec(CloseCaseDocument, { input: { caseId: c.id } })).data!.closeCase).toMatchObject({
      __typename: 'InvalidTransitionError',
      from: 'FOLLOW_UP',
      to: 'CLOSED',
    });
    // A visit that took place before the payment (entered late) follows nothing up
    const earlier = await visit(h.id, new Date(api.clock.now().getTime() - 2 * 86_400_000));
    expect(earlier.data!.recordService).toMatchObject({ __typename: 'ServiceRecord', countsAsVisit: true });
    expect(await caseOf(c.id)).toMatchObject({ step: 'FOLLOW_UP', followUpRecordId: null });
    const v = await visit(h.id);
    expect(v.data!.recordService).toMatchObject({ __typename: 'ServiceRecord', countsAsVisit: true });
    const closed = await caseOf(c.id);
    expect(closed).toMatchObject({ step: 'CLOSED', followUpRecordId: (v.data!.recordService as { id: string }).id });
    expect(closed!.history.map((e) => `${e.fromStep ?? '-'}>${e.toStep}:${e.kind}`)).toEqual([
      '->APPLICATION:OPENED',
      'APPLICATION>ASSESSMENT:APPLICATION_ACCEPTED',
      'ASSESSMENT>PANEL_REVIEW:ASSESSED',
      'PANEL_REVIEW>PANEL_REVIEW:PANEL_REVIEWED',
      'PANEL_REVIEW>DISBURSEMENT:DECISION_APPROVED',
      'DISBURSEMENT>FOLLOW_UP:DISBURSED',
      'FOLLOW_UP>FOLLOW_UP:FOLLOWED_UP',
      'FOLLOW_UP>CLOSED:CLOSED',
    ]);
    expect(closed!.panelMembers.map((m) => m.name)).toEqual(replaced.map((m) => m.name));
    const after = await admin().exec(CaseVisitScheduleDocument, { id: h.id });
    expect(after.data!.household!.visitSchedule?.reason).not.toBe('CASE_FOLLOW_UP');
    // A closed case goes nowhere
    expect((await accept(c.id)).data!.acceptCase).toMatchObject({
      __typename: 'InvalidTransitionError',
      from: 'CLOSED',
    });
  });

  it('pays first under help-first and keeps the skipped steps open until recorded (POL-CH-4)', async () => {
    const h = await household({ categories: [] });
    const c = await opened(h.id);
    // POL-CH-4 needs both conditions: refused, nothing written
    expect(
      (await accept(c.id, { helpFirst: true, acuteDifficulty: true, notCoveredByPolicy: false, note: '突发火灾' }))
        .data!.acceptCase,
    ).toMatchObject({ fieldErrors: [{ field: 'input.helpFirst', reason: 'HELP_FIRST_NOT_ALLOWED' }] });
    expect(await caseOf(c.id)).toMatchObject({ step: 'APPLICATION', version: 1 });
    expect(
      (await accept(c.id, { helpFirst: true, acuteDifficulty: true, notCoveredByPolicy: true, note: '突发火灾' })).data!
        .acceptCase,
    ).toMatchObject({ step: 'DISBURSEMENT', helpFirst: true, openTasks: ['ASSESSMENT', 'PANEL_REVIEW'] });
    const paymentId = await paid(h.id, 800);
    await approvePayment(paymentId);
    const disbursed = await me().exec(RecordCaseDisbursementDocument, { input: { caseId: c.id, paymentId } });
    expect(disbursed.data!.recordCaseDisbursement).toMatchObject({ step: 'FOLLOW_UP' });
    // The payment disburses one case only
    const other = await opened(h.id);
    await accept(other.id, { helpFirst: true, acuteDifficulty: true, notCoveredByPolicy: true });
    expect(
      (await me().exec(RecordCaseDisbursementDocument, { input: { caseId: other.id, paymentId } })).data!
        .recordCaseDisbursement,
    ).toMatchObject({ fieldErrors: [{ reason: 'ALREADY_LINKED' }] });

    await visit(h.id);
    // Followed up, yet the open tasks block closing (POL-CH-8)
    expect(await caseOf(c.id)).toMatchObject({ step: 'FOLLOW_UP', followUpRecordId: expect.any(String) });
    const blocked = (await me().exec(CloseCaseDocument, { input: { caseId: c.id } })).data!.closeCase;
    expect(blocked).toMatchObject({ __typename: 'InvalidTransitionError', from: 'FOLLOW_UP', to: 'CLOSED' });
    expect((blocked as { message: string }).message).toContain('ASSESSMENT, PANEL_REVIEW');

    expect((await assess(c.id, { homeVisitOn: api.clock.today() })).data!.recordCaseAssessment).toMatchObject({
      step: 'FOLLOW_UP',
      openTasks: ['PANEL_REVIEW'],
    });
    expect((await me().exec(CloseCaseDocument, { input: { caseId: c.id } })).data!.closeCase).toMatchObject({
      __typename: 'InvalidTransitionError',
    });
    expect((await panel(c.id)).data!.recordCasePanel).toMatchObject({ step: 'FOLLOW_UP', openTasks: [] });
    expect((await me().exec(CloseCaseDocument, { input: { caseId: c.id } })).data!.closeCase).toMatchObject({
      step: 'CLOSED',
      closedAt: expect.any(String),
    });
  });

  it('refuses the fast track without DB, BY or GX and allows it to a 低保边缘 household (POL-CH-5)', async () => {
    const plain = await household({ categories: [{ category: 'ZC', since: '2023-07-01' }] }); // 重残无业: not fast track
    const c = await opened(plain.id);
    await accept(c.id);
    const refused = (await assess(c.id, { fastTrack: true })).data!.recordCaseAssessment;
    expect(refused).toMatchObject({ fieldErrors: [{ field: 'input.fastTrack', reason: 'FAST_TRACK_NOT_ALLOWED' }] });
    expect(await caseOf(c.id)).toMatchObject({ step: 'ASSESSMENT', fastTrack: false });

    const edge = await household({ categories: [{ category: 'BY', since: '2024-01-01' }] });
    const fast = await opened(edge.id);
    await accept(fast.id);
    expect((await assess(fast.id, { fastTrack: true })).data!.recordCaseAssessment).toMatchObject({
      step: 'PANEL_REVIEW',
      fastTrack: true,
      homeVisitOn: null,
    });
    // POL-CH-3: a panel led by a building head is refused
    const noCadre = goodPanel.map((m) => ({ ...m, chair: m.role === 'BUILDING_HEAD' }));
    expect((await panel(fast.id, noCadre)).data!.recordCasePanel).toMatchObject({
      fieldErrors: [{ field: 'input.members', reason: 'NO_CADRE_CHAIR' }],
    });
    // The panel refuses: the case closes
    expect((await panel(fast.id, goodPanel, 'REJECTED')).data!.recordCasePanel).toMatchObject({ step: 'CLOSED' });
    // And a step out of order is an InvalidTransitionError
    expect(
      (await me().exec(RecordCaseDisbursementDocument, { input: { caseId: c.id, paymentId: c.id } })).data!
        .recordCaseDisbursement,
    ).toMatchObject({ __typename: 'InvalidTransitionError', from: 'ASSESSMENT', to: 'FOLLOW_UP' });
  });

  it('refuses an adviser filed as a near relative, and the drafter as approver (POL-INT-9, four eyes)', async () => {
    const h = await household();
    const relative = await newAdviser('亲属顾问');
    await admin().exec(FileNearRelativeDocument, {
      input: {
        adviserId: relative,
        relativeName: '母亲',
        idNumber: h.idNumbers[0],
        relation: 'PARENT',
        filedOn: '2025-01-02',
      },
    });
    expect((await open(h.id, asAdviser(relative))).data!.openCase).toMatchObject({
      __typename: 'CaseConflictOfInterestError',
      actingAs: 'ADVISER',
    });
    // A SUPERVISOR who opened and sat the case cannot approve it
    const sup = supervisor('supervisor-2');
    const opened2 = (await open(h.id, sup)).data!.openCase as { id: string };
    await sup.exec(AcceptCaseDocument, { input: { caseId: opened2.id } });
    await sup.exec(RecordCaseAssessmentDocument, {
      input: { caseId: opened2.id, fastTrack: true, findings: '低保家庭，快速通道' },
    });
    await sup.exec(RecordCasePanelDocument, {
      input: {
        caseId: opened2.id,
        hearingOn: api.clock.today(),
        members: goodPanel as never,
        opinion: '同意',
        outcome: 'APPROVED',
        approvedAmount: 1000,
      },
    });
    expect(
      (await sup.exec(DecideCaseDocument, { input: { caseId: opened2.id, approve: true } })).data!.decideCase,
    ).toMatchObject({ __typename: 'SecondPersonRequiredError', reason: 'DRAFTER_CANNOT_APPROVE' });
    expect(await caseOf(opened2.id)).toMatchObject({ step: 'PANEL_REVIEW', decisionStatus: 'PENDING' });
    // An approver filed as a near relative is refused too (APPROVER); another supervisor refuses: back to the panel
    const relatedSupervisor = api.as({ role: 'SUPERVISOR', streets: [CHANGNING.huayang], sub: relative });
    expect(
      (await relatedSupervisor.exec(DecideCaseDocument, { input: { caseId: opened2.id, approve: true } })).data!
        .decideCase,
    ).toMatchObject({ __typename: 'CaseConflictOfInterestError', actingAs: 'APPROVER' });
    expect(
      (await supervisor().exec(DecideCaseDocument, { input: { caseId: opened2.id, approve: false, note: '材料不全' } }))
        .data!.decideCase,
    ).toMatchObject({ step: 'PANEL_REVIEW', decisionStatus: 'REFUSED', decidedBy: 'supervisor-1' });
    expect(
      (await supervisor().exec(DecideCaseDocument, { input: { caseId: opened2.id, approve: true } })).data!.decideCase,
    ).toMatchObject({ __typename: 'InvalidTransitionError' }); // nothing pending any more
    expect((await panel(opened2.id)).data!.recordCasePanel).toMatchObject({ decisionStatus: 'PENDING' });
  });

  it('scopes by role: other streets nothing, PARTNER nothing, VIEWER only statistics with small cells', async () => {
    const h = await household();
    const c = await opened(h.id);
    const elsewhere = asAdviser(await newAdviser('江苏路顾问', CHANGNING.jiangsu), CHANGNING.jiangsu);
    expect((await elsewhere.exec(CaseByIdDocument, { id: c.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await elsewhere.exec(CasesDocument, {})).data!.cases.totalCount).toBe(0);
    expect((await elsewhere.exec(AcceptCaseDocument, { input: { caseId: c.id } })).data!.acceptCase).toMatchObject({
      __typename: 'NotFoundError',
    });
    // The household moves to 江苏路街道: its case goes with it (HouseholdChanged)
    const moved = await admin().exec(UpdateHouseholdDocument, {
      input: { id: h.id, streetCode: CHANGNING.jiangsu, address: '江苏路街道个案测试小区1号' },
    });
    expect(moved.data!.updateHousehold).toMatchObject({ __typename: 'Household' });
    expect((await elsewhere.exec(CasesDocument, { filter: { householdId: h.id } })).data!.cases.totalCount).toBe(1);
    expect((await me().exec(CasesDocument, { filter: { householdId: h.id } })).data!.cases.totalCount).toBe(0);
    const partner = api.as({ role: 'PARTNER', providerId: 'P-CN-MZJ' });
    const viewer = api.as({ role: 'VIEWER' });
    for (const caller of [partner, viewer]) {
      expect((await caller.exec(CasesDocument, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await caller.exec(CaseByIdDocument, { id: c.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(
        (await caller.exec(OpenCaseDocument, { input: { householdId: h.id, origin: 'ADVISER', difficulty: 'x' } }))
          .errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
    }
    expect((await partner.exec(CaseStatisticsDocument, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // ADMIN sees exact counts; a VIEWER sees none under 5 and the rest rounded to 5 (src/common/small-cells.ts)
    const exact = (await admin().exec(CaseStatisticsDocument, {})).data!.caseStatistics;
    const published = (await viewer.exec(CaseStatisticsDocument, {})).data!.caseStatistics;
    expect(published.map((p) => [p.streetCode, p.step])).toEqual(exact.map((e) => [e.streetCode, e.step]));
    published.forEach((p, i) => {
      const count = exact[i].cases!;
      expect(p).toEqual({
        ...exact[i],
        cases: count < 5 ? null : Math.round(count / 5) * 5,
        suppressed: count < 5,
      });
    });
  });

  it('reads a page of cases with history, panel and household in a constant number of statements', async () => {
    const statements = async (first: number) => {
      api.queries.reset();
      const r = await admin().exec(CasesDocument, { first });
      expect(r.data!.cases.edges).toHaveLength(first);
      return api.queries.count;
    };
    expect(await statements(4)).toBe(await statements(1));
    // Cursor pages: no repeats
    const one = await admin().exec(CasesDocument, { first: 2 });
    const two = await admin().exec(CasesDocument, { first: 2, after: one.data!.cases.pageInfo.endCursor });
    const ids = [...one.data!.cases.edges, ...two.data!.cases.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('opens a case from a plan’s CASE_PROPOSAL item only', async () => {
    const { data } = await admin().exec(CreateHouseholdDocument, {
      input: elderAloneInput({ address: '个案方案路1号' }) as never,
    });
    const householdId = (data!.createHousehold as { id: string }).id;
    await me().exec(AssessHouseholdDocument, { householdId });
    type Items = { id: string; items: Array<{ id: string; kind: string; resourceCode: string; needIds: string[] }> };
    const plan = (await me().exec(GeneratePlanDocument, { householdId })).data!.generatePlan as Items;
    // This household's plan has no case proposal (plan.e2e-spec: R33 is a later layer); the adviser adds
    // R33 (市民综合帮扶·个案, which meets N05, N02 and N06) for its N06, as a CASE_PROPOSAL item.
    const gap = plan.items.find((i) => i.resourceCode === 'R31')!; // the Red Cross item of its N06
    const r33 = (
      await admin().exec(CatalogueResourcesDocument, { page: { skip: 0, take: 100 } })
    ).data!.resources.items.find((r) => r.code === 'R33')!;
    const added = await me().exec(AddPlanItemDocument, {
      input: { planId: plan.id, needId: gap.needIds[0], resourceId: r33.id, reason: '政策外仍有困难，申请个案帮扶' },
    });
    if (added.data?.addPlanItem.__typename !== 'Plan') throw new Error(JSON.stringify(added.data));
    const proposal = (added.data!.addPlanItem as Items).items.find((i) => i.kind === 'CASE_PROPOSAL')!;
    expect(proposal.resourceCode).toBe('R33');
    const viaReferral = await me().exec(OpenCaseDocument, {
      input: { householdId, origin: 'PLAN_ITEM', planItemId: gap.id, difficulty: '困难' },
    });
    expect(viaReferral.data!.openCase).toMatchObject({
      fieldErrors: [{ field: 'input.planItemId', reason: 'NOT_A_CASE_PROPOSAL' }],
    });
    const other = await household();
    const notTheirs = await me().exec(OpenCaseDocument, {
      input: { householdId: other.id, origin: 'PLAN_ITEM', planItemId: proposal.id, difficulty: '困难' },
    });
    expect(notTheirs.data!.openCase).toMatchObject({
      fieldErrors: [{ field: 'input.planItemId', reason: 'NOT_AN_ITEM_OF_HOUSEHOLD' }],
    });
    const viaProposal = await me().exec(OpenCaseDocument, {
      input: { householdId, origin: 'PLAN_ITEM', planItemId: proposal.id, difficulty: '独居高龄，医疗自付困难' },
    });
    expect(viaProposal.data!.openCase).toMatchObject({
      __typename: 'CaseHelp',
      origin: 'PLAN_ITEM',
      step: 'APPLICATION',
    });
  });

  it('opens a case from a 政策找人 lead of the household', async () => {
    // A part-time worker earning 300 yuan, alone, no category: a lead of target group 1 (POLICY.md §2.2)
    const h = await household({
      categories: [],
      economics: {
        incomeWages: 300,
        incomePensions: 0,
        incomeBenefits: 0,
        incomeMaintenance: 0,
        incomeOther: 0,
        liquidAssets: 0,
      },
      members: [
        {
          name: '找人个案',
          idNumber: freshIdNumber('1980-03-03'),
          relation: 'HEAD',
          hukou: 'LOCAL',
          hasDisability: false,
          studentStage: 'NOT_STUDENT',
          employmentStatus: 'EMPLOYED_PART_TIME',
          recentGraduate: false,
        },
      ],
    });
    const swept = await admin().exec(RunOutreachSweepDocument, { input: { level: 'STREET', code: CHANGNING.huayang } });
    expect(swept.data!.runOutreachSweep.__typename).toBe('OutreachSweepReport');
    const leads = await admin().exec(OutreachLeadsDocument, { filter: { householdId: h.id }, first: 10 });
    const lead = leads.data!.outreachLeads.edges[0].node;
    const r = await me().exec(OpenCaseDocument, {
      input: {
        householdId: h.id,
        origin: 'OUTREACH_LEAD',
        outreachLeadId: lead.id,
        difficulty: '收入低，房租难以负担',
      },
    });
    expect(r.data!.openCase).toMatchObject({ __typename: 'CaseHelp', origin: 'OUTREACH_LEAD', step: 'APPLICATION' });
  });

  it('refuses bad input with the field named and never an ID number in free text', async () => {
    const h = await household();
    const bad = await me().exec(OpenCaseDocument, {
      input: { householdId: h.id, origin: 'PLAN_ITEM', difficulty: `身份证${freshIdNumber()}` },
    });
    expect(bad.data!.openCase).toMatchObject({
      fieldErrors: [{ field: 'input.difficulty', reason: 'CONTAINS_ID_NUMBER' }],
    });
    const noItem = await me().exec(OpenCaseDocument, {
      input: { householdId: h.id, origin: 'PLAN_ITEM', difficulty: '困难' },
    });
    expect(noItem.data!.openCase).toMatchObject({ fieldErrors: [{ field: 'input.planItemId', reason: 'REQUIRED' }] });
    const lead = await me().exec(OpenCaseDocument, {
      input: { householdId: h.id, origin: 'OUTREACH_LEAD', outreachLeadId: h.id, difficulty: '困难' },
    });
    expect(lead.data!.openCase).toMatchObject({
      fieldErrors: [{ field: 'input.outreachLeadId', reason: 'NOT_A_LEAD_OF_HOUSEHOLD' }],
    });
    const unknown = await me().exec(CaseByIdDocument, { id: 'not-a-uuid' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
