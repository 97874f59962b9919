// Near-relative filings for everyone who acts on a case (POL-INT-3, POL-INT-8, POL-INT-9), over HTTP: the
// register of people without an adviser-roster entry (居村干部, 楼组长, volunteers, resident representatives,
// assessors, supervisors), known by a keyed hash of their own ID number; their filings refuse them for a step
// of a case of the relative's household, naming the filing (CaseConflictOfInterestError). A SUPERVISOR signs
// in as their register entry (streets from the register). ID numbers are never in a message or a log line.
import {
  AcceptCaseDocument,
  ActingPeopleDocument,
  ActingPersonDocument,
  CaseByIdDocument,
  CreateAdviserDocument,
  CreateFundDocument,
  CreateHouseholdDocument,
  DecideCaseDocument,
  DecideFundPaymentDocument,
  DepositToFundDocument,
  FundPaymentsDocument,
  PayFromFundDocument,
  FilePersonNearRelativeDocument,
  OpenCaseDocument,
  RecordCaseAssessmentDocument,
  RecordCasePanelDocument,
  RegisterActingPersonDocument,
  SetActingPersonActiveDocument,
  ViewerDocument,
  WithdrawPersonNearRelativeDocument,
} from '../__generated__/graphql';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('near-relative filings of people acting on cases (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN', sub: 'admin-people' });
  const supervisor = (sub = 'supervisor-people', streets: string[] = [CHANGNING.huayang]) =>
    api.as({ role: 'SUPERVISOR', streets, sub });
  let adviserId = '';
  let n = 0;
  const me = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang], sub: adviserId });

  beforeAll(async () => {
    const { data } = await admin().exec(CreateAdviserDocument, {
      input: { name: '顾问人员册', streetCode: CHANGNING.huayang, roleType: 'SOCIAL_WORKER', caseloadMax: 40 } as never,
    });
    adviserId = (data!.createAdviser as { id: string }).id;
  });

  async function household() {
    const input = householdInput({ address: `人员册测试路${++n}号` });
    const { data } = await admin().exec(CreateHouseholdDocument, { input: input as never });
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
    return { id: data.createHousehold.id, idNumbers: input.members.map((m) => m.idNumber) };
  }

  async function register(
    kind: string,
    idNumber = freshIdNumber('1970-05-05'),
    caller = supervisor(),
    streetCodes: string[] = [CHANGNING.huayang],
  ) {
    const r = await caller.exec(RegisterActingPersonDocument, {
      input: { name: `登记${kind}`, idNumber, kind: kind as never, streetCodes },
    });
    if (r.data?.registerActingPerson.__typename !== 'ActingPerson') throw new Error(JSON.stringify(r));
    return { ...r.data.registerActingPerson, idNumber };
  }

  async function file(personId: string, relativeIdNumber: string, caller = supervisor()) {
    const r = await caller.exec(FilePersonNearRelativeDocument, {
      input: { personId, relativeName: '堂兄', idNumber: relativeIdNumber, relation: 'OTHER', filedOn: '2025-03-01' },
    });
    if (r.data?.filePersonNearRelative.__typename !== 'PersonNearRelativeFiling') throw new Error(JSON.stringify(r));
    return r.data.filePersonNearRelative;
  }

  /** A case of the household waiting for its panel (assessed on the fast track: the household holds 低保). */
  async function atPanel(householdId: string) {
    const opened = await me().exec(OpenCaseDocument, {
      input: { householdId, origin: 'ADVISER', difficulty: '突发重病，自付医疗费用难以承担', requestedAmount: 2000 },
    });
    const caseId = (opened.data!.openCase as { id: string }).id;
    await me().exec(AcceptCaseDocument, { input: { caseId } });
    const assessed = await me().exec(RecordCaseAssessmentDocument, {
      input: { caseId, fastTrack: true, findings: '低保家庭，快速通道（POL-CH-5）' },
    });
    expect(assessed.data!.recordCaseAssessment).toMatchObject({ step: 'PANEL_REVIEW' });
    return caseId;
  }

  const chair = () => ({ name: '街镇干部', role: 'STREET_CADRE', chair: true, idNumber: freshIdNumber('1972-02-02') });
  const others = () => [
    { name: '楼组长', role: 'BUILDING_HEAD', idNumber: freshIdNumber('1960-03-03') },
    { name: '居民代表', role: 'RESIDENT_REPRESENTATIVE', idNumber: freshIdNumber('1961-04-04') },
  ];
  const panel = (caseId: string, members: Array<Record<string, unknown>>) =>
    me().exec(RecordCasePanelDocument, {
      input: {
        caseId,
        hearingOn: api.clock.today(),
        members: members as never,
        opinion: '经评议，同意个案帮扶',
        outcome: 'APPROVED',
        approvedAmount: 1500,
      },
    });

  it('refuses a 居村干部 off the roster, by register id or by ID number, until the filing is withdrawn', async () => {
    const h = await household();
    const cadre = await register('NEIGHBOURHOOD_CADRE');
    expect(cadre).toMatchObject({ kind: 'NEIGHBOURHOOD_CADRE', streetCodes: [CHANGNING.huayang], active: true });
    expect(cadre.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    const filing = await file(cadre.id, h.idNumbers[1]);
    expect(filing).toMatchObject({
      personId: cadre.id,
      relation: 'OTHER',
      withdrawnAt: null,
      filedBy: 'supervisor-people',
    });
    expect(filing.relativeIdNumberMasked).toBe(`${h.idNumbers[1].slice(0, 4)}**********${h.idNumbers[1].slice(-4)}`);

    const caseId = await atPanel(h.id);
    const before = (await admin().exec(CaseByIdDocument, { id: caseId })).data!.caseHelp;
    // POL-INT-9: a panel member linked to the household is refused for that step, the filing named
    for (const member of [
      { name: '居委干部', role: 'NEIGHBOURHOOD_CADRE', personId: cadre.id },
      { name: '居委干部', role: 'NEIGHBOURHOOD_CADRE', idNumber: cadre.idNumber },
    ]) {
      const refused = (await panel(caseId, [chair(), ...others(), member])).data!.recordCasePanel;
      expect(refused).toMatchObject({
        __typename: 'CaseConflictOfInterestError',
        errorCode: 'RULE_NOT_MET',
        actingAs: 'PANEL_MEMBER',
        filingId: filing.id,
        personId: cadre.id,
        adviserId: null,
        field: 'input.members.3',
      });
      const message = (refused as { message: string }).message;
      expect(message).toContain(filing.id);
      for (const secret of [...h.idNumbers, cadre.idNumber, '堂兄']) expect(message).not.toContain(secret);
    }
    expect((await admin().exec(CaseByIdDocument, { id: caseId })).data!.caseHelp).toEqual(before); // nothing written

    // A member without any identity cannot be checked: refused, naming the member
    const unnamed = await panel(caseId, [chair(), ...others(), { name: '志愿者', role: 'VOLUNTEER' }]);
    expect(unnamed.data!.recordCasePanel).toMatchObject({
      fieldErrors: [{ field: 'input.members.3', reason: 'IDENTITY_REQUIRED' }],
    });

    // Withdrawn, the filing no longer keeps them off; it stays on record with who, when and why
    const withdrawn = await supervisor().exec(WithdrawPersonNearRelativeDocument, {
      input: { filingId: filing.id, reason: '备案有误' },
    });
    expect(withdrawn.data!.withdrawPersonNearRelative).toMatchObject({
      withdrawnBy: 'supervisor-people',
      withdrawReason: '备案有误',
      withdrawnAt: expect.any(String),
    });
    expect(
      (await supervisor().exec(WithdrawPersonNearRelativeDocument, { input: { filingId: filing.id, reason: '再次' } }))
        .data!.withdrawPersonNearRelative,
    ).toMatchObject({ __typename: 'InvalidTransitionError' });
    const member = { name: '居委干部', role: 'NEIGHBOURHOOD_CADRE', personId: cadre.id };
    const sat = await panel(caseId, [chair(), ...others(), member]);
    expect(sat.data!.recordCasePanel).toMatchObject({ __typename: 'CaseHelp', decisionStatus: 'PENDING' });
    const read = await admin().exec(CaseByIdDocument, { id: caseId });
    expect(read.data!.caseHelp!.panelMembers[3]).toMatchObject({ personId: cadre.id, idNumberMasked: null });
    expect(read.data!.caseHelp!.panelMembers[0].idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    const person = await supervisor().exec(ActingPersonDocument, { id: cadre.id });
    expect(person.data!.actingPerson.nearRelativeFilings).toMatchObject([
      { id: filing.id, withdrawReason: '备案有误' },
    ]);
  });

  it('refuses an assessor and a supervisor signed in as their register entry (ASSESSOR, APPROVER)', async () => {
    const h = await household();
    const assessor = await register('ASSESSOR');
    await file(assessor.id, h.idNumbers[0]);
    const opened = await me().exec(OpenCaseDocument, {
      input: { householdId: h.id, origin: 'ADVISER', difficulty: '突发事故，自付费用难以承担' },
    });
    const caseId = (opened.data!.openCase as { id: string }).id;
    await me().exec(AcceptCaseDocument, { input: { caseId } });
    const byAssessor = await me().exec(RecordCaseAssessmentDocument, {
      input: { caseId, fastTrack: true, findings: '快速通道', assessor: { personId: assessor.id } },
    });
    expect(byAssessor.data!.recordCaseAssessment).toMatchObject({
      __typename: 'CaseConflictOfInterestError',
      actingAs: 'ASSESSOR',
      personId: assessor.id,
      field: 'input.assessor',
    });
    const other = await register('ASSESSOR');
    expect(
      (
        await me().exec(RecordCaseAssessmentDocument, {
          input: { caseId, fastTrack: true, findings: '快速通道', assessor: { personId: other.id } },
        })
      ).data!.recordCaseAssessment,
    ).toMatchObject({ __typename: 'CaseHelp', step: 'PANEL_REVIEW' });
    expect((await admin().exec(CaseByIdDocument, { id: caseId })).data!.caseHelp).toBeTruthy();

    await panel(caseId, [chair(), ...others()]);
    // The supervisor is in the register (ADMIN registers them for 华阳路 and 江苏路); a token with the register
    // id as subject follows the register: its streets, and its filings
    const boss = await register('SUPERVISOR', undefined, admin(), [CHANGNING.huayang, CHANGNING.jiangsu]);
    const asBoss = api.as({ role: 'SUPERVISOR', streets: [CHANGNING.xinjing], sub: boss.id });
    expect((await asBoss.exec(ViewerDocument)).data!.viewer).toMatchObject({
      id: boss.id,
      streetCodes: [CHANGNING.huayang, CHANGNING.jiangsu],
    });
    const bossFiling = await file(boss.id, h.idNumbers[1], admin());
    const refused = await asBoss.exec(DecideCaseDocument, { input: { caseId, approve: true } });
    expect(refused.data!.decideCase).toMatchObject({
      __typename: 'CaseConflictOfInterestError',
      actingAs: 'APPROVER',
      filingId: bossFiling.id,
      personId: boss.id,
    });
    // ... and for the household's payments (APPROVER of CASE_PAYMENT); nothing written
    const fund = await admin().exec(CreateFundDocument, {
      input: {
        code: 'CN-HY-PEOPLE',
        nameZh: '华阳路街道人员册测试资金',
        districtCode: '310105',
        streetCode: CHANGNING.huayang,
        source: 'FISCAL',
        purposes: ['CASE_HELP'],
      },
    });
    const fundId = (fund.data!.createFund as { id: string }).id;
    await admin().exec(DepositToFundDocument, { input: { fundId, amount: 5000 } });
    const paid = await me().exec(PayFromFundDocument, {
      input: { fundId, householdId: h.id, purpose: 'CASE_HELP', amount: 1500, method: 'BANK_TRANSFER' },
    });
    const paymentId = (paid.data!.payFromFund as { id: string }).id;
    const payRefused = await asBoss.exec(DecideFundPaymentDocument, { input: { paymentId, approve: true } });
    expect(payRefused.data!.decideFundPayment).toMatchObject({ __typename: 'ConflictOfInterestError' });
    const payments = await admin().exec(FundPaymentsDocument, { householdId: h.id });
    expect(payments.data!.fundPayments.find((p) => p.id === paymentId)).toMatchObject({ status: 'PENDING_APPROVAL' });
    // Deactivated, the supervisor's token stops working at once
    await admin().exec(SetActingPersonActiveDocument, { id: boss.id, active: false });
    expect((await asBoss.exec(ViewerDocument)).status).toBe(401);
    // A register entry that is not a supervisor cannot sign in as one
    const asVolunteer = api.as({ role: 'SUPERVISOR', streets: [CHANGNING.huayang], sub: other.id });
    expect((await asVolunteer.exec(ViewerDocument)).status).toBe(401);
    // Another supervisor decides
    expect(
      (await supervisor().exec(DecideCaseDocument, { input: { caseId, approve: true } })).data!.decideCase,
    ).toMatchObject({
      step: 'DISBURSEMENT',
    });
  });

  it('validates registrations and filings, scoped to the supervisor’s streets, never echoing ID numbers', async () => {
    const h = await household();
    const id = freshIdNumber('1969-09-09');
    const bad = `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
    const refused = await supervisor().exec(RegisterActingPersonDocument, {
      input: { name: '志愿者', idNumber: bad, kind: 'VOLUNTEER', streetCodes: [CHANGNING.jiangsu, '999999999'] },
    });
    expect(refused.data!.registerActingPerson).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [
        { field: 'input.idNumber', reason: 'INVALID_CHECK_DIGIT' },
        { field: 'input.streetCodes.0', reason: 'OUTSIDE_YOUR_STREETS' },
        { field: 'input.streetCodes.1', reason: 'UNKNOWN_STREET' },
      ],
    });
    expect(JSON.stringify(refused)).not.toContain(bad);
    const volunteer = await register('VOLUNTEER', id);
    expect(
      (
        await supervisor().exec(RegisterActingPersonDocument, {
          input: { name: '同一人', idNumber: id, kind: 'VOLUNTEER', streetCodes: [CHANGNING.huayang] },
        })
      ).data!.registerActingPerson,
    ).toMatchObject({ fieldErrors: [{ field: 'input.idNumber', reason: 'ALREADY_REGISTERED' }] });
    const fileAs = (caller: ReturnType<typeof supervisor>, idNumber: string) =>
      caller.exec(FilePersonNearRelativeDocument, {
        input: { personId: volunteer.id, relativeName: '母亲', idNumber, relation: 'PARENT', filedOn: '2025-01-01' },
      });
    expect((await fileAs(supervisor(), id)).data!.filePersonNearRelative).toMatchObject({
      fieldErrors: [{ field: 'input.idNumber', reason: 'SAME_PERSON' }],
    });
    await fileAs(supervisor(), h.idNumbers[0]);
    expect((await fileAs(supervisor(), h.idNumbers[0])).data!.filePersonNearRelative).toMatchObject({
      fieldErrors: [{ field: 'input.idNumber', reason: 'ALREADY_FILED' }],
    });
    // Another street's supervisor: the person does not exist for them; an adviser may not file
    const elsewhere = supervisor('supervisor-xinjing', [CHANGNING.xinjing]);
    expect((await fileAs(elsewhere, h.idNumbers[1])).data!.filePersonNearRelative).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect((await elsewhere.exec(ActingPersonDocument, { id: volunteer.id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await fileAs(me(), h.idNumbers[1])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const role of ['PARTNER', 'VIEWER'] as const)
      expect(
        (await api.as({ role, providerId: 'P-CN-MZJ' }).exec(ActingPeopleDocument, {})).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
    // The adviser reads the register of their streets (to name panel members), without the filings
    const listed = await me().exec(ActingPeopleDocument, { filter: { kind: 'VOLUNTEER' }, first: 50 });
    const mine = listed.data!.actingPeople.edges.find((e) => e.node.id === volunteer.id)!.node;
    expect(mine).toMatchObject({ kind: 'VOLUNTEER', nearRelativeFilings: null });
    expect((await elsewhere.exec(ActingPeopleDocument, { first: 50 })).data!.actingPeople.totalCount).toBe(0);
    // No ID number, given or stored, in any log line of this file
    const logs = api.logs.join('\n');
    for (const secret of [id, bad, ...h.idNumbers]) expect(logs).not.toContain(secret);
  });
});
