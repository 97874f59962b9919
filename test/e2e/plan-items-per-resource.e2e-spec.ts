// Plan items per resource (issue 11) over HTTP: one item = one resource for one household, listing
// every need it meets; one referral per item listing them all; one place per household; the partner
// sees one referral per household and service; the referral's transitions move every need it works
// on (NEEDS.md §4); an emergency is answered within 24 calendar hours, weekends included (NEED-3),
// an ordinary need within the resource's processing time, 10 working days when unstated (NEED-3).
// The multi-need item is built by the adviser (addPlanItem), so the test does not depend on what the
// planner chooses: the draft's own items are removed first.
import {
  AcceptReferralDocument,
  AddNeedDocument,
  AddPlanItemDocument,
  ApprovePlanDocument,
  AssessHouseholdDocument,
  CompleteReferralDocument,
  CreateHouseholdDocument,
  GeneratePlanDocument,
  HouseholdPlansDocument,
  NeedUrgency,
  ReferralsDocument,
  RemovePlanItemDocument,
  StartReferralDocument,
} from '../__generated__/graphql';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('plan items per resource (e2e)', () => {
  const api = useTestApi();
  const adviserId = '6d1f4a3e-0000-4000-8000-00000000b011';
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang], sub: adviserId });
  // Four eyes (policy/four-eyes.ts): the street office's SUPERVISOR approves what the adviser drafted.
  const supervisor = () => api.as({ role: 'SUPERVISOR', streets: [CHANGNING.huayang], sub: 'test-supervisor' });
  const partner = (providerId: string) => api.as({ role: 'PARTNER', providerId });
  const resourceId = async (code: string) =>
    (await api.db.query('SELECT id FROM resource WHERE code = $1', [code]))[0].id as string;

  /** A 低保 elder living alone (R31's and R37's rules hold), assessed, with the needs named here recorded. */
  async function household(address: string, needs: Array<[string, NeedUrgency]>) {
    const input = householdInput({
      address,
      consents: { charityReferral: true, charityReferralDate: '2026-01-05' },
      observations: { familyStructure: 'LIVING_ALONE', kinSupport: 'NONE' },
      members: [{ name: '按资源甲', idNumber: freshIdNumber('1944-04-04'), relation: 'HEAD', hukou: 'LOCAL' }],
    });
    const created = await adviser().exec(CreateHouseholdDocument, { input: input as never });
    if (created.data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(created));
    const householdId = created.data.createHousehold.id;
    await adviser().exec(AssessHouseholdDocument, { householdId });
    const ids: Record<string, string> = {};
    for (const [code, urgency] of needs) {
      const { data } = await adviser().exec(AddNeedDocument, {
        input: { householdId, code, urgency, source: 'VISIT', note: '走访发现' },
      });
      if (data?.addNeed.__typename !== 'Need') throw new Error(JSON.stringify(data));
      ids[code] = data.addNeed.id;
    }
    return { householdId, needIds: ids };
  }

  /** A fresh draft with every planner item removed, so the adviser's additions are the whole plan. */
  async function emptyDraft(householdId: string) {
    const generated = await adviser().exec(GeneratePlanDocument, { householdId });
    if (generated.data?.generatePlan.__typename !== 'Plan') throw new Error(JSON.stringify(generated));
    for (const item of generated.data.generatePlan.items) {
      const removed = await adviser().exec(RemovePlanItemDocument, {
        input: { itemId: item.id, reason: '测试：只保留顾问添加的项目' },
      });
      expect(removed.data!.removePlanItem.__typename).toBe('Plan');
    }
    return generated.data.generatePlan.id;
  }

  async function add(planId: string, needId: string, code: string, reason: string) {
    const { data, errors } = await adviser().exec(AddPlanItemDocument, {
      input: { planId, needId, resourceId: await resourceId(code), reason },
    });
    expect(errors).toBeUndefined();
    return data!.addPlanItem;
  }

  async function approve(planId: string) {
    const approved = await supervisor().exec(ApprovePlanDocument, { planId });
    if (approved.data?.approvePlan.__typename !== 'Plan') throw new Error(JSON.stringify(approved));
    return approved.data.approvePlan;
  }

  const needStatuses = async (householdId: string, ids: string[]) => {
    const needs = (await adviser().exec(HouseholdPlansDocument, { id: householdId })).data!.household!.needs;
    return ids.map((id) => needs.find((n) => n.id === id)!);
  };

  it('one item, one referral for a resource meeting two needs; the partner works it; both needs follow', async () => {
    const { householdId, needIds } = await household('按资源测试路1号', [
      ['N06', 'ORDINARY'],
      ['N02', 'ORDINARY'],
    ]);
    const planId = await emptyDraft(householdId);

    const first = await add(planId, needIds.N06, 'R31', '春节慰问');
    if (first.__typename !== 'Plan') throw new Error(JSON.stringify(first));
    expect(first.items.map((i) => [i.resourceCode, i.needCodes])).toEqual([['R31', ['N06']]]);
    // The same resource for another need it meets: the need joins the item, no second item.
    const second = await add(planId, needIds.N02, 'R31', '大病救助');
    if (second.__typename !== 'Plan') throw new Error(JSON.stringify(second));
    expect(second.items).toHaveLength(1);
    const [item] = second.items;
    expect(item).toMatchObject({
      id: first.items[0].id,
      resourceCode: 'R31',
      needIds: [needIds.N06, needIds.N02],
      needCodes: ['N06', 'N02'],
      needCode: 'N06', // the lead need, deprecated
      needs: [
        { id: needIds.N06, code: 'N06' },
        { id: needIds.N02, code: 'N02' },
      ],
    });
    expect(item.rationale.map((r) => r.en)).toEqual(
      expect.arrayContaining(['added by the adviser: 春节慰问', 'added by the adviser for N02: 大病救助']),
    );
    // The same need twice is refused and changes nothing.
    const twice = await add(planId, needIds.N02, 'R31', '再加一次');
    expect(twice).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.resourceId', reason: 'ALREADY_IN_PLAN' }],
    });

    const plan = await approve(planId);
    expect(plan.referrals).toHaveLength(1);
    const [referral] = plan.referrals;
    expect(referral).toMatchObject({
      status: 'PENDING',
      needIds: [needIds.N06, needIds.N02],
      needCodes: ['N06', 'N02'],
      needs: [
        { id: needIds.N06, status: 'REFERRED' },
        { id: needIds.N02, status: 'REFERRED' },
      ],
      urgency: 'ORDINARY',
    });
    expect(plan.items[0].referral!.id).toBe(referral.id);
    expect((await needStatuses(householdId, [needIds.N06, needIds.N02])).map((n) => n.status)).toEqual([
      'REFERRED',
      'REFERRED',
    ]);

    // The Red Cross sees one referral for this household and this service, listing both needs.
    const inbox = await partner('P-CN-HSH').exec(ReferralsDocument, { filter: { status: 'PENDING' } });
    expect(inbox.errors).toBeUndefined();
    const mine = inbox.data!.referrals.items.filter((r) => r.id === referral.id || r.resource?.code === 'R31');
    expect(mine.map((r) => [r.id, r.needCodes, r.needCodeInfos.map((n) => n.code)])).toEqual([
      [referral.id, ['N06', 'N02'], ['N06', 'N02']],
    ]);
    const places = async () =>
      (await api.db.query(`SELECT remaining FROM resource WHERE code = 'R31'`))[0].remaining as number;
    const before = await places();
    const accepted = await partner('P-CN-HSH').exec(AcceptReferralDocument, { input: { id: referral.id } });
    expect(accepted.data!.acceptReferral).toMatchObject({ status: 'ACCEPTED', placeTaken: true });
    expect(await places()).toBe(before - 1); // one place for the household, whatever the number of needs
    await partner('P-CN-HSH').exec(StartReferralDocument, { input: { id: referral.id } });
    expect((await needStatuses(householdId, [needIds.N06, needIds.N02])).map((n) => n.status)).toEqual([
      'IN_PROGRESS',
      'IN_PROGRESS',
    ]);
    const done = await partner('P-CN-HSH').exec(CompleteReferralDocument, {
      input: { id: referral.id, outcome: 'MET', amountDelivered: 800, note: '慰问金与大病救助已发放' },
    });
    expect(done.data!.completeReferral).toMatchObject({ status: 'COMPLETED', outcome: 'MET' });
    const after = await needStatuses(householdId, [needIds.N06, needIds.N02]);
    expect(after.map((n) => n.status)).toEqual(['MET', 'MET']);
    for (const need of after)
      expect(need.history.map((h) => h.toStatus)).toEqual(['OPEN', 'REFERRED', 'IN_PROGRESS', 'MET']);
    expect(await places()).toBe(before - 1);
  });

  it('EMERGENCY: due exactly 24 hours after issue, across a weekend; an ordinary item in 10 working days', async () => {
    const friday = '2026-11-27T16:30:00+08:00'; // a Friday afternoon, Shanghai
    api.clock.set(friday);
    const { householdId, needIds } = await household('按资源测试路2号', [
      ['N07', 'EMERGENCY'],
      ['N06', 'ORDINARY'],
      ['N02', 'ORDINARY'],
    ]);
    const planId = await emptyDraft(householdId);
    for (const [need, code] of [
      ['N06', 'R37'],
      ['N07', 'R37'],
      ['N02', 'R31'],
    ] as const) {
      const added = await add(planId, needIds[need], code, `为${need}添加${code}`);
      expect(added.__typename).toBe('Plan');
    }
    const plan = await approve(planId);
    const byResource = (code: string) =>
      plan.referrals.find((r) => r.resourceId === plan.items.find((i) => i.resourceCode === code)!.resource!.id)!;
    expect(plan.referrals).toHaveLength(2);
    const emergency = byResource('R37');
    expect(emergency).toMatchObject({ urgency: 'EMERGENCY', needCodes: ['N06', 'N07'] });
    const issued = new Date(emergency.issuedAt).getTime();
    expect(issued).toBe(new Date(friday).getTime());
    expect(new Date(emergency.answerDueAt).getTime() - issued).toBe(DAY); // Saturday 16:30, not Monday
    const ordinary = byResource('R31');
    expect(ordinary).toMatchObject({ urgency: 'ORDINARY', needCodes: ['N02'] });
    // R31 states no processing time: 10 working days from a Friday is the Friday two weeks on.
    expect(new Date(ordinary.answerDueAt).getTime() - new Date(ordinary.issuedAt).getTime()).toBe(14 * DAY);
  });
});
