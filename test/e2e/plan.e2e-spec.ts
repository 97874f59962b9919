// One household, one plan (一户一策) over HTTP, as a new user would: assess a household, generate its
// plan, read why each item was chosen and why the rest were not, approve it as its adviser, answer
// and complete a referral as the partner, and see the need met. Plus versions, edits, near-relative
// filings and who may do what.
import {
  AcceptReferralDocument,
  AddPlanItemDocument,
  ApprovePlanDocument,
  AssessHouseholdDocument,
  CompleteReferralDocument,
  CreateHouseholdDocument,
  DeclineReferralDocument,
  GeneratePlanDocument,
  HouseholdPlansDocument,
  PlanByIdDocument,
  ReferralByIdDocument,
  ReferralsDocument,
  ReferralStatisticsDocument,
  ReferralWithHouseholdDocument,
  RemovePlanItemDocument,
  StartReferralDocument,
  WithdrawReferralDocument,
} from '../__generated__/graphql';
import { CHANGNING, elderAloneInput, freshIdNumber, householdInput, XUHUI_STREET } from '../support/factories';
import { useTestApi } from '../support/test-api';

const elderAlone = (overrides: Record<string, unknown> = {}) =>
  elderAloneInput({ address: '方案测试路1号', ...overrides });

describe('plans and referrals (e2e)', () => {
  const api = useTestApi();
  const adviserId = '6d1f4a3e-0000-4000-8000-00000000a001';
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang], sub: adviserId });
  // Four eyes (policy/four-eyes.ts): the street office's SUPERVISOR approves what the adviser drafted.
  const supervisor = () => api.as({ role: 'SUPERVISOR', streets: [CHANGNING.huayang], sub: 'test-supervisor' });
  const admin = () => api.as({ role: 'ADMIN' });
  const partner = (providerId: string) => api.as({ role: 'PARTNER', providerId });

  async function assessedHousehold(input = elderAlone()) {
    const { data } = await adviser().exec(CreateHouseholdDocument, { input: input as never });
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
    const id = data.createHousehold.id;
    await adviser().exec(AssessHouseholdDocument, { householdId: id });
    return id;
  }

  async function generate(householdId: string) {
    const { data, errors } = await adviser().exec(GeneratePlanDocument, { householdId });
    expect(errors).toBeUndefined();
    if (data?.generatePlan.__typename !== 'Plan') throw new Error(JSON.stringify(data));
    return data.generatePlan;
  }

  it('runs the loop: plan with reasons, approval, the partner accepts and completes, the need is met', async () => {
    const householdId = await assessedHousehold();
    const plan = await generate(householdId);
    expect(plan).toMatchObject({
      version: 1,
      status: 'DRAFT',
      assessmentId: expect.any(String),
      changes: [{ kind: 'FIRST_VERSION' }],
    });
    // The whole plan, derived by hand from the documents for this household (低保 since 2023, 86,
    // living alone, care grade 5, mobility impaired, no disability certificate; its needs N01, N02,
    // N06, N07, N08, N09, N11, N13 emergency, N21, N25, N28 come from the assessment):
    // - N01 under 低保 is a policy gap (NEED-2): temporary assistance R07, eligible as the household
    //   has a medical need; R33 is a later layer.
    // - N02 goes to its designated channel, medical assistance R09 (POL-ORD-2; DB → eligible).
    // - R24 (the adviser service) is the only resource for N25 and also meets N07, N09 and N28.
    // - N08: R02 is exclusive with the 低保 received, R14 undecided (insurance unknown), so the
    //   special scheme R25; it also meets N21. N11: R30 needs a disability certificate, so R15.
    // - N06: the Red Cross R31 is the first layer that meets it (mass organisation, DB ✓).
    // - N13 (crisis protection) stays unmet: R06 needs a minor, R29 a fact not recorded; no
    //   small-amount aid (R08 lists only N05, POL-EMG-2) and no case proposal.
    expect(plan.items.map((i) => `${i.resourceCode}:${i.kind}[${i.needCodes.join(',')}]`)).toEqual([
      'R07:REFERRAL[N01]',
      'R09:REFERRAL[N02]',
      'R24:REFERRAL[N07,N09,N25,N28]',
      'R25:REFERRAL[N08,N21]',
      'R15:REFERRAL[N11]',
      'R31:REFERRAL[N06]',
    ]);
    expect(plan.unmet.map((u) => [u.needCode, u.candidates.map((c) => `${c.resourceCode}:${c.reason}`)])).toEqual([
      ['N13', ['R06:INELIGIBLE', 'R29:UNKNOWN_FACTS']],
    ]);
    expect(plan.covered).toEqual([]);
    // Why each item: the criterion that decided, and the eligibility trace; why not the others.
    const medical = plan.items.find((i) => i.resourceCode === 'R09')!;
    expect(medical).toMatchObject({ eligibilityResult: 'ELIGIBLE', needIds: [expect.any(String)] });
    expect(medical.rationale.map((r) => [r.criterion, r.value])).toEqual([
      ['DESIGNATED_CHANNEL', 'N02'],
      ['NEEDS_COVERED', '1'],
      ['DESIGNATED_CHANNEL', 'R07'],
    ]);
    expect(medical.alternatives).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resourceCode: 'R05', reason: 'EXCLUSIVE_GROUP' }), // BASIC_LIVING, held by 低保
        expect.objectContaining({ resourceCode: 'R31', reason: 'COST_COVERED_BY_STATUTORY' }), // POL-ORD-7
        expect.objectContaining({
          resourceCode: 'R04',
          reason: 'INELIGIBLE',
          failedConditions: expect.arrayContaining([expect.objectContaining({ result: 'INELIGIBLE' })]),
        }),
      ]),
    );
    const gap = plan.items.find((i) => i.resourceCode === 'R07')!;
    expect(gap.rationale[0]).toMatchObject({ criterion: 'POLICY_GAP', value: 'R01' });
    expect(plan.items.find((i) => i.resourceCode === 'R24')!.alternatives).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          needCode: 'N07',
          resourceCode: 'R20',
          reason: 'OUTRANKED',
          decidedBy: 'FEWER_REFERRALS',
        }),
      ]),
    );

    const approved = await supervisor().exec(ApprovePlanDocument, { planId: plan.id });
    if (approved.data?.approvePlan.__typename !== 'Plan') throw new Error(JSON.stringify(approved));
    const p = approved.data.approvePlan;
    // Four eyes: the adviser drafted it, the street office's supervisor approved it (policy/four-eyes.ts)
    expect(p).toMatchObject({ status: 'APPROVED', approvedBy: 'test-supervisor', approvedRole: 'SUPERVISOR' });
    expect(p.referrals).toHaveLength(plan.items.length);
    expect(p.items.every((i) => i.referral?.status === 'PENDING' && i.need?.status === 'REFERRED')).toBe(true);

    // The Red Cross (R31, 20,000 places a year) answers its referral.
    const goods = p.items.find((i) => i.resourceCode === 'R31')!;
    const inbox = await partner('P-CN-HSH').exec(ReferralsDocument, { filter: { status: 'PENDING' } });
    expect(inbox.data!.referrals.items.map((r) => r.id)).toEqual([goods.referral!.id]);
    const seen = inbox.data!.referrals.items[0];
    expect(seen.subject).toMatchObject({ streetCode: CHANGNING.huayang, memberCount: 1, referredBy: adviserId });
    expect(JSON.stringify(seen)).not.toMatch(/方案甲|\d{17}[\dX]/); // no name, no ID number
    const hidden = await partner('P-CN-HSH').exec(ReferralWithHouseholdDocument, { id: seen.id });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const remaining = seen.resource!.remaining!;
    const accepted = await partner('P-CN-HSH').exec(AcceptReferralDocument, { input: { id: seen.id } });
    expect(accepted.data!.acceptReferral).toMatchObject({
      __typename: 'Referral',
      status: 'ACCEPTED',
      placeTaken: true,
      resource: { remaining: remaining - 1 },
    });
    const started = await partner('P-CN-HSH').exec(StartReferralDocument, { input: { id: seen.id } });
    expect(started.data!.startReferral).toMatchObject({ status: 'IN_PROGRESS' });
    const needNow = async () =>
      (await adviser().exec(HouseholdPlansDocument, { id: householdId })).data!.household!.needs.find(
        (n) => n.id === goods.need!.id,
      )!;
    expect((await needNow()).status).toBe('IN_PROGRESS');
    const done = await partner('P-CN-HSH').exec(CompleteReferralDocument, {
      input: { id: seen.id, outcome: 'MET', amountDelivered: 300, note: '春节慰问物资已送达' },
    });
    expect(done.data!.completeReferral).toMatchObject({
      status: 'COMPLETED',
      outcome: 'MET',
      amountDelivered: 300,
      closedAt: expect.any(String),
      history: [
        // issued by the supervisor's approval (four eyes)
        { fromStatus: null, toStatus: 'PENDING', actorRole: 'SUPERVISOR' },
        { toStatus: 'ACCEPTED', actorRole: 'PARTNER' },
        { toStatus: 'IN_PROGRESS' },
        { toStatus: 'COMPLETED', reason: '春节慰问物资已送达' },
      ],
    });
    const need = await needNow();
    expect(need.status).toBe('MET');
    expect(need.history.map((h) => h.toStatus)).toEqual(['OPEN', 'REFERRED', 'IN_PROGRESS', 'MET']);
    // A closed referral never reopens.
    const again = await partner('P-CN-HSH').exec(AcceptReferralDocument, { input: { id: seen.id } });
    expect(again.data!.acceptReferral).toMatchObject({
      __typename: 'InvalidTransitionError',
      from: 'COMPLETED',
      to: 'ACCEPTED',
    });
  });

  it('regenerates as a new version that says what changed; edits a draft with reasons and checks', async () => {
    const householdId = await assessedHousehold(elderAlone({ address: '方案测试路2号' }));
    const first = await generate(householdId);
    const goods = first.items.find((i) => i.needCode === 'N06')!;
    const removed = await adviser().exec(RemovePlanItemDocument, {
      input: { itemId: goods.id, reason: '家属已送物资' },
    });
    expect(removed.data!.removePlanItem).toMatchObject({
      __typename: 'Plan',
      removedItems: [{ id: goods.id, removedReason: '家属已送物资', removedBy: adviserId }],
    });
    const noReason = await adviser().exec(RemovePlanItemDocument, { input: { itemId: goods.id, reason: '' } });
    expect(noReason.data!.removePlanItem).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.reason', reason: 'EMPTY' }],
    });

    const needOf = (code: string) => first.items.find((i) => i.needCode === code)!.need!.id;
    const resourceOf = async (code: string) =>
      (await api.db.query('SELECT id FROM resource WHERE code = $1', [code]))[0].id as string;
    // Refused: 特困 support (R02) is exclusive with the 低保 already received.
    const exclusive = await adviser().exec(AddPlanItemDocument, {
      input: { planId: first.id, needId: needOf('N08'), resourceId: await resourceOf('R02'), reason: '试试' },
    });
    expect(exclusive.data!.addPlanItem).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.resourceId', reason: 'EXCLUSIVE_GROUP' }],
    });
    // Refused: a resource for another need.
    const wrong = await adviser().exec(AddPlanItemDocument, {
      input: { planId: first.id, needId: needOf('N08'), resourceId: await resourceOf('R18'), reason: '试试' },
    });
    expect(wrong.data!.addPlanItem).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ reason: 'NOT_FOR_THIS_NEED' }],
    });
    // Accepted: the community foundation's daily care on top of long-term care insurance.
    const added = await adviser().exec(AddPlanItemDocument, {
      input: {
        planId: first.id,
        needId: needOf('N08'),
        resourceId: await resourceOf('R37'),
        reason: '长护险时长不足，补充助餐',
      },
    });
    if (added.data!.addPlanItem.__typename !== 'Plan') throw new Error(JSON.stringify(added.data));
    expect(added.data!.addPlanItem.items.find((i) => i.resourceCode === 'R37')).toMatchObject({
      source: 'ADVISER',
      addedReason: '长护险时长不足，补充助餐',
      eligibilityResult: 'ELIGIBLE',
    });

    // Regenerating: a new version; the edited draft is superseded and can no longer be approved.
    await api.db.query(`UPDATE resource SET status = 'SUSPENDED', version = version + 1 WHERE code = 'R24'`);
    try {
      const second = await generate(householdId);
      expect(second.version).toBe(2);
      expect(second.changes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'CATALOGUE_CHANGED', from: 'R24@1', to: 'R24@2' }),
          expect.objectContaining({ kind: 'RESOURCE_CHANGED', needCode: 'N07', from: 'R24' }),
        ]),
      );
      expect(second.items.find((i) => i.needCode === 'N07')!.alternatives).toEqual(
        expect.arrayContaining([expect.objectContaining({ resourceCode: 'R24', reason: 'NOT_PUBLISHED' })]),
      );
      const { data } = await adviser().exec(HouseholdPlansDocument, { id: householdId });
      expect(data!.household!.plan).toMatchObject({ id: second.id, version: 2 });
      expect(data!.household!.plans.map((x) => [x.version, x.status])).toEqual([
        [2, 'DRAFT'],
        [1, 'SUPERSEDED'],
      ]);
      const stale = await supervisor().exec(ApprovePlanDocument, { planId: first.id });
      expect(stale.data!.approvePlan).toMatchObject({ __typename: 'InvalidTransitionError', from: 'SUPERSEDED' });
    } finally {
      await api.db.query(`UPDATE resource SET status = 'PUBLISHED' WHERE code = 'R24'`);
    }
  });

  it('refuses approval by an adviser who filed a near relative in the household; ADMIN approves instead', async () => {
    const idNumber = freshIdNumber('1942-02-02');
    const householdId = await assessedHousehold(
      elderAlone({
        address: '方案测试路3号',
        members: [
          { name: '亲属甲', idNumber, relation: 'HEAD', hukou: 'LOCAL', careNeedsGrade: 4, mobilityImpaired: true },
        ],
      }),
    );
    const [{ id: filer }] = await api.db.query(
      `INSERT INTO adviser (name, street_code, role_type, caseload_max)
        VALUES ('备案顾问', $1, 'ASSISTANCE_STAFF', 50) RETURNING id`,
      [CHANGNING.huayang],
    );
    await api.db.query(
      `INSERT INTO near_relative_filing (adviser_id, relative_name, id_number, relation, filed_on)
        VALUES ($1, '亲属甲', $2, 'PARENT', '2026-01-01')`,
      [filer, idNumber],
    );
    const plan = await generate(householdId);
    const refused = await api
      .as({ role: 'ADVISER', streets: [CHANGNING.huayang], sub: filer })
      .exec(ApprovePlanDocument, { planId: plan.id });
    expect(refused.data!.approvePlan).toMatchObject({
      __typename: 'ConflictOfInterestError',
      errorCode: 'CONFLICT',
      filedMembers: 1,
    });
    expect((await admin().exec(PlanByIdDocument, { id: plan.id })).data!.plan.status).toBe('DRAFT'); // nothing written
    const byAdmin = await admin().exec(ApprovePlanDocument, { planId: plan.id });
    expect(byAdmin.data!.approvePlan).toMatchObject({ __typename: 'Plan', status: 'APPROVED', approvedRole: 'ADMIN' });
  });

  it('declining or withdrawing after acceptance gives the place back; the need returns to OPEN/DECLINED', async () => {
    const householdId = await assessedHousehold(elderAlone({ address: '方案测试路4号' }));
    const plan = await generate(householdId);
    const approved = await supervisor().exec(ApprovePlanDocument, { planId: plan.id });
    if (approved.data?.approvePlan.__typename !== 'Plan') throw new Error('not approved');
    const r31 = approved.data.approvePlan.items.find((i) => i.resourceCode === 'R31')!;
    const places = async () =>
      (await api.db.query(`SELECT remaining FROM resource WHERE code = 'R31'`))[0].remaining as number;
    const before = await places();
    await partner('P-CN-HSH').exec(AcceptReferralDocument, { input: { id: r31.referral!.id } });
    expect(await places()).toBe(before - 1);
    const noReason = await partner('P-CN-HSH').exec(DeclineReferralDocument, {
      input: { id: r31.referral!.id, reason: '' },
    });
    expect(noReason.data!.declineReferral).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.reason', reason: 'EMPTY' }],
    });
    const declined = await partner('P-CN-HSH').exec(DeclineReferralDocument, {
      input: { id: r31.referral!.id, reason: '本季度物资已发完' },
    });
    expect(declined.data!.declineReferral).toMatchObject({
      status: 'DECLINED',
      placeTaken: false,
      note: '本季度物资已发完',
    });
    expect(await places()).toBe(before);
    const { data } = await adviser().exec(HouseholdPlansDocument, { id: householdId });
    expect(data!.household!.needs.find((n) => n.id === r31.need!.id)!.status).toBe('OPEN');

    // The household declines the daily-care service: withdrawn by the adviser, both needs it meets
    // (N08, N21) are DECLINED (closed).
    const caseItem = approved.data.approvePlan.items.find((i) => i.resourceCode === 'R25')!;
    const complete = await partner('P-SH-BKHZ').exec(CompleteReferralDocument, {
      input: { id: caseItem.referral!.id, outcome: 'MET', sessionsDelivered: 1 },
    });
    expect(complete.data!.completeReferral).toMatchObject({
      __typename: 'InvalidTransitionError',
      from: 'PENDING',
      to: 'COMPLETED',
    }); // no skipping
    const byPartner = await partner('P-SH-BKHZ').exec(WithdrawReferralDocument, {
      input: { id: caseItem.referral!.id, reason: 'x' },
    });
    expect(byPartner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withdrawn = await adviser().exec(WithdrawReferralDocument, {
      input: { id: caseItem.referral!.id, reason: '家庭婉拒助餐服务', householdDeclined: true },
    });
    expect(withdrawn.data!.withdrawReferral).toMatchObject({ status: 'WITHDRAWN', householdDeclined: true });
    const after = (await adviser().exec(HouseholdPlansDocument, { id: householdId })).data!.household!.needs;
    expect(after.filter((n) => caseItem.needIds.includes(n.id)).map((n) => [n.code, n.status])).toEqual([
      ['N08', 'DECLINED'],
      ['N21', 'DECLINED'],
    ]);
  });

  it('plans, referrals by role: foreign adviser NOT_FOUND, VIEWER refused, PARTNER own, consented only', async () => {
    const householdId = await assessedHousehold(
      elderAlone({ address: '方案测试路5号', consents: { charityReferral: false, charityReferralDate: '2026-01-05' } }),
    );
    const plan = await generate(householdId);
    // Without consent no non-government organisation is proposed.
    expect(
      plan.items.every((i) => ['STATUTORY', 'SPECIAL'].includes(i.tier) || i.resource!.providerId === 'P-CN-MZJ'),
    ).toBe(true);
    expect(plan.items.find((i) => i.needCode === 'N06')?.resourceCode).toBeUndefined();
    expect(JSON.stringify(plan.unmet)).toContain('NO_REFERRAL_CONSENT');

    const foreign = api.as({ role: 'ADVISER', streets: [XUHUI_STREET] });
    expect((await foreign.exec(GeneratePlanDocument, { householdId })).data!.generatePlan).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect((await foreign.exec(PlanByIdDocument, { id: plan.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await api.as({ role: 'VIEWER' }).exec(PlanByIdDocument, { id: plan.id })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await api.as({ role: 'VIEWER' }).exec(ReferralsDocument, {})).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await partner('P-CN-HSH').exec(PlanByIdDocument, { id: plan.id })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await api.anonymous().exec(ReferralsDocument, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const approved = await supervisor().exec(ApprovePlanDocument, { planId: plan.id });
    if (approved.data?.approvePlan.__typename !== 'Plan') throw new Error('not approved');
    const statutory = approved.data.approvePlan.referrals.find((r) => r.providerId === 'P-CN-YBJ')!;
    // A government provider works its statutory referral without charity consent; another organisation cannot see it.
    expect((await partner('P-CN-YBJ').exec(ReferralByIdDocument, { id: statutory.id })).data!.referral.status).toBe(
      'PENDING',
    );
    expect(
      (await partner('P-CN-HSH').exec(ReferralByIdDocument, { id: statutory.id })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await foreign.exec(ReferralsDocument, {})).data!.referrals.totalItems).toBe(0);
  });

  it('needs an assessment first, and rejects bad ids with structured errors', async () => {
    const { data } = await adviser().exec(CreateHouseholdDocument, {
      input: householdInput({ address: '方案测试路6号' }) as never,
    });
    const id = (data!.createHousehold as { id: string }).id;
    const res = await adviser().exec(GeneratePlanDocument, { householdId: id });
    expect(res.data!.generatePlan).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'householdId', reason: 'NOT_ASSESSED' }],
    });
    const bad = await adviser().exec(AddPlanItemDocument, {
      input: { planId: 'nope', needId: 'x', resourceId: 'y', reason: 'z' },
    });
    expect(bad.data!.addPlanItem).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
    const count = await adviser().exec(CompleteReferralDocument, {
      input: { id: '00000000-0000-4000-8000-000000000000', outcome: 'MET', amountDelivered: 1.234 },
    });
    expect(count.data!.completeReferral).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.amountDelivered' }],
    });
  });

  it('lists overdue referrals, counts referrals by provider and status, small cells hidden from VIEWER', async () => {
    const householdId = await assessedHousehold(elderAlone({ address: '方案测试路7号' }));
    const plan = await generate(householdId);
    await supervisor().exec(ApprovePlanDocument, { planId: plan.id });
    await api.db.query(
      `UPDATE referral SET answer_due_at = $2::timestamptz - interval '1 day' WHERE household_id = $1
        AND resource_id = (SELECT id FROM resource WHERE code = 'R09')`,
      [householdId, api.clock.now()],
    );
    const overdue = await adviser().exec(ReferralsDocument, { filter: { overdue: true } });
    expect(overdue.data!.referrals.items.map((r) => [r.resource!.code, r.overdue])).toEqual([['R09', true]]);
    const stats = await admin().exec(ReferralStatisticsDocument, {});
    expect(stats.data!.referralStatistics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ providerId: 'P-CN-YBJ', status: 'PENDING', suppressed: false }),
      ]),
    );
    const viewer = await api.as({ role: 'VIEWER' }).exec(ReferralStatisticsDocument, {});
    const cell = viewer.data!.referralStatistics.find((c) => c.providerId === 'P-CN-YBJ' && c.status === 'PENDING')!;
    expect(cell.referrals === null ? cell.suppressed : cell.referrals >= 5).toBe(true);
    expect((await partner('P-CN-HSH').exec(ReferralStatisticsDocument, {})).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
