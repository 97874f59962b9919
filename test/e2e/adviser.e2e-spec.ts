// Advisers at work over HTTP, as a new user would try it (issue 7, "Done when"): an admin adds an
// adviser and assigns households; the adviser sees who is due this month and records a home visit
// that adds a need; exits start the follow-up schedule; statistics reflect it; deactivation bites.
import {
  AdviserDocument,
  AdviserServicesDocument,
  AdviserWorkStatisticsDocument,
  AssessHouseholdDocument,
  AssignAdviserDocument,
  CreateAdviserDocument,
  CreateHouseholdDocument,
  DueVisitsDocument,
  FileNearRelativeDocument,
  HouseholdWorkDocument,
  NeedStatisticsDocument,
  OverdueVisitsDocument,
  RecordServiceDocument,
  SuggestAdvisersDocument,
  UnassignAdviserDocument,
  UpdateAdviserDocument,
  UpdateHouseholdDocument,
} from '../__generated__/graphql';
import { addDays, addMonths } from '../../policy/calendar';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

// Month arithmetic as PostgreSQL does it (clamped to the month's end: 03-31 − 1 month = 02-28);
// Date.setUTCMonth overflows instead (03-31 → 03-03), which broke this file on month-end days.
const plusMonths = addMonths;

describe('advisers at work (e2e)', () => {
  const api = useTestApi();
  // A month-end day, on purpose: months of different lengths around it (31 March − 1 month = 28 February).
  beforeAll(() => api.clock.set('2027-03-31'));
  const today = () => api.clock.today();
  const endOfMonth = () => addDays(addMonths(`${today().slice(0, 8)}01`, 1), -1);
  const admin = () => api.as({ role: 'ADMIN' });
  const asAdviser = (id: string, street: string = CHANGNING.huayang) =>
    api.as({ role: 'ADVISER', sub: id, streets: [street] });

  async function newAdviser(overrides: Record<string, unknown> = {}) {
    const { data } = await admin().exec(CreateAdviserDocument, {
      input: {
        name: '顾问王',
        streetCode: CHANGNING.huayang,
        roleType: 'SOCIAL_WORKER',
        caseloadMax: 40,
        ...overrides,
      } as never,
    });
    if (data?.createAdviser.__typename !== 'Adviser') throw new Error(JSON.stringify(data));
    return data.createAdviser;
  }
  async function newHousehold(overrides: Record<string, unknown> = {}) {
    const input = householdInput({ address: `顾问测试路${Math.random()}`, ...overrides });
    const { data } = await admin().exec(CreateHouseholdDocument, { input: input as never });
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
    return { id: data.createHousehold.id, input };
  }
  const assess = async (id: string) =>
    expect((await admin().exec(AssessHouseholdDocument, { householdId: id })).data?.assessHousehold.__typename).toBe(
      'Assessment',
    );
  const work = async (id: string) => (await admin().exec(HouseholdWorkDocument, { id })).data!.household!;

  it('lists the adviser service catalogue ADV-BRIEF … ADV-EMERG for any role', async () => {
    const { data } = await api.as({ role: 'VIEWER' }).exec(AdviserServicesDocument);
    expect(data?.adviserServices.map((s) => s.code)).toEqual([
      'ADV-BRIEF',
      'ADV-CONSULT',
      'ADV-APPLY',
      'ADV-REFER',
      'ADV-VISIT',
      'ADV-CASE',
      'ADV-REVIEW',
      'ADV-FOLLOW',
      'ADV-EMERG',
    ]);
    expect(data?.adviserServices.find((s) => s.code === 'ADV-FOLLOW')?.nameZh).toBe('退出回访');
  });

  it('lets ADMIN add an adviser, refusing bad fields all at once, and nobody else', async () => {
    const bad = await admin().exec(CreateAdviserDocument, {
      input: { name: '', streetCode: '999999999', roleType: 'VOLUNTEER', caseloadMax: 0, phone: 'call me' },
    });
    expect(bad.data?.createAdviser.__typename).toBe('InputValidationError');
    const reasons = (
      bad.data?.createAdviser as { fieldErrors: Array<{ field: string; reason: string }> }
    ).fieldErrors.map((e) => `${e.field}:${e.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining(['input.name:EMPTY', 'input.caseloadMax:BELOW_MINIMUM', 'input.phone:INVALID_FORMAT']),
    );
    const adviser = await newAdviser({
      specialties: ['ELDERLY'],
      trainings: [{ date: '2025-03-01', topic: '政策培训', hours: 4 }],
      phone: '021-6222 0000',
    });
    expect(adviser).toMatchObject({
      active: true,
      caseload: 0,
      specialties: ['ELDERLY'],
      trainings: [{ topic: '政策培训', hours: 4 }],
    });
    const forbidden = await asAdviser(adviser.id).exec(CreateAdviserDocument, {
      input: { name: '自封', streetCode: CHANGNING.huayang, roleType: 'VOLUNTEER', caseloadMax: 5 },
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a colleague of the same street, hides one elsewhere, full filing ID numbers only to ADMIN', async () => {
    const me = await newAdviser();
    const elsewhere = await newAdviser({ streetCode: CHANGNING.jiangsu });
    const idNumber = freshIdNumber();
    const filed = await admin().exec(FileNearRelativeDocument, {
      input: { adviserId: me.id, relativeName: '母亲', idNumber, relation: 'PARENT', filedOn: '2025-01-02' },
    });
    expect(filed.data?.fileNearRelative).toMatchObject({ __typename: 'NearRelativeFiling', idNumber });
    const badId = await admin().exec(FileNearRelativeDocument, {
      input: {
        adviserId: me.id,
        relativeName: '父亲',
        idNumber: `${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}`,
        relation: 'PARENT',
        filedOn: '2025-01-02',
      },
    });
    expect(badId.data?.fileNearRelative).toMatchObject({
      fieldErrors: [{ field: 'input.idNumber', reason: 'INVALID_CHECK_DIGIT' }],
    });
    const own = await asAdviser(me.id).exec(AdviserDocument, { id: me.id });
    expect(own.data?.adviser?.nearRelativeFilings).toEqual([
      { id: expect.any(String), idNumberMasked: expect.stringMatching(/^\d{4}\*+\w{4}$/), idNumber: null },
    ]);
    const other = await asAdviser(elsewhere.id, CHANGNING.jiangsu).exec(AdviserDocument, { id: me.id });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const colleague = await newAdviser();
    const seen = await asAdviser(colleague.id).exec(AdviserDocument, { id: me.id });
    expect(seen.data?.adviser?.nearRelativeFilings).toBeNull();
  });

  it('assigns within street and caseload, refuses near relatives, keeps history, suggests by specialty', async () => {
    const small = await newAdviser({ caseloadMax: 1, specialties: ['ELDERLY'] });
    const other = await newAdviser({ specialties: ['CHILD'] });
    const [a, b] = [await newHousehold(), await newHousehold()];
    const elderly = await newHousehold({
      members: [{ name: '长者', idNumber: freshIdNumber('1940-01-01'), relation: 'HEAD', hukou: 'LOCAL' }],
    });
    const suggestions = (await admin().exec(SuggestAdvisersDocument, { householdId: elderly.id })).data!
      .suggestAdvisers;
    const top = suggestions.find((s) => s.adviser.id === small.id)!;
    expect(top.matchedSpecialties).toEqual(['ELDERLY']);
    expect(top.reasons[0]).toContain('老年人');
    expect(suggestions.findIndex((s) => s.adviser.id === small.id)).toBeLessThan(
      suggestions.findIndex((s) => s.adviser.id === other.id),
    );

    expect(
      (await admin().exec(AssignAdviserDocument, { input: { householdId: a.id, adviserId: small.id } })).data
        ?.assignAdviser.__typename,
    ).toBe('HouseholdAssignment');
    const full = await admin().exec(AssignAdviserDocument, { input: { householdId: b.id, adviserId: small.id } });
    expect(full.data?.assignAdviser).toMatchObject({ __typename: 'ConflictError', errorCode: 'CONFLICT' });
    const away = await newAdviser({ streetCode: CHANGNING.jiangsu });
    const mismatch = await admin().exec(AssignAdviserDocument, { input: { householdId: b.id, adviserId: away.id } });
    expect(mismatch.data?.assignAdviser).toMatchObject({
      fieldErrors: [{ field: 'input.adviserId', reason: 'STREET_MISMATCH' }],
    });
    await admin().exec(FileNearRelativeDocument, {
      input: {
        adviserId: other.id,
        relativeName: '亲属',
        idNumber: b.input.members[0].idNumber,
        relation: 'SIBLING',
        filedOn: '2025-01-02',
      },
    });
    const relative = await admin().exec(AssignAdviserDocument, { input: { householdId: b.id, adviserId: other.id } });
    expect(relative.data?.assignAdviser).toMatchObject({ fieldErrors: [{ reason: 'NEAR_RELATIVE_FILED' }] });

    api.clock.advanceMinutes(5); // the history is ordered by time: each change a little later
    expect(
      (await admin().exec(AssignAdviserDocument, { input: { householdId: a.id, adviserId: other.id } })).data
        ?.assignAdviser.__typename,
    ).toBe('HouseholdAssignment');
    api.clock.advanceMinutes(5);
    expect(
      (await admin().exec(UnassignAdviserDocument, { input: { householdId: a.id, reason: '测试' } })).data
        ?.unassignAdviser,
    ).toMatchObject({ endReason: 'UNASSIGNED' });
    expect((await work(a.id)).assignmentHistory.map((x) => x.endReason)).toEqual(['REASSIGNED', 'UNASSIGNED']);
    const byAdviser = await asAdviser(small.id).exec(AssignAdviserDocument, {
      input: { householdId: b.id, adviserId: small.id },
    });
    expect(byAdviser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('walks the month: due visits, a visit adding a need and changing facts, the schedule moving, stats', async () => {
    const adviser = await newAdviser({ name: '顾问月' });
    const households = [await newHousehold(), await newHousehold()];
    for (const h of households) {
      await assess(h.id);
      await admin().exec(AssignAdviserDocument, { input: { householdId: h.id, adviserId: adviser.id } });
    }
    const me = asAdviser(adviser.id);
    const due = (await me.exec(DueVisitsDocument, { until: endOfMonth(), adviserId: adviser.id })).data!.dueVisits;
    // Never visited: the first visit is due from the assessment date.
    expect(due.totalItems).toBe(2);
    expect(due.items.every((s) => s.nextDue === today() && s.reason === 'LEVEL' && s.adviser?.id === adviser.id)).toBe(
      true,
    );
    const [h] = households;
    const before = await work(h.id);

    const rejected = await me.exec(RecordServiceDocument, {
      input: {
        householdId: h.id,
        serviceCode: 'ADV-VISIT',
        mode: 'HOME_VISIT',
        occurredAt: api.clock.now().toISOString(),
        findings: '收入变化',
        householdChanges: { economics: { incomeWages: 1200 } },
        addNeeds: [{ code: 'N99', note: '不存在' }],
      },
    });
    expect(rejected.data?.recordService).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.addNeeds.0.code', reason: 'UNKNOWN_NEED_CODE' }],
    });
    expect(await work(h.id)).toEqual(before); // nothing written: not the facts, not the record

    const recorded = await me.exec(RecordServiceDocument, {
      input: {
        householdId: h.id,
        serviceCode: 'ADV-VISIT',
        mode: 'HOME_VISIT',
        occurredAt: api.clock.now().toISOString(),
        findings: '老人行动不便，需要助餐',
        nextAction: '联系助餐点',
        householdChanges: { economics: { incomeWages: 1200 } },
        addNeeds: [{ code: 'N08', note: '需要助餐服务' }],
      },
    });
    expect(recorded.data?.recordService).toMatchObject({
      __typename: 'ServiceRecord',
      countsAsVisit: true,
      factsUpdated: ['economics'],
      adviser: { id: adviser.id },
    });
    const after = await work(h.id);
    expect(after.economics.incomeWages).toBe(1200);
    expect(after.needs).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'N08', source: 'VISIT', status: 'OPEN' })]),
    );
    expect(after.visitSchedule).toMatchObject({ lastVisitAt: expect.any(String), reason: 'LEVEL' });
    expect(after.visitSchedule!.nextDue).toBe(plusMonths(today(), after.visitSchedule!.cadenceMonths!));
    const dueNow = (await me.exec(DueVisitsDocument, { until: today(), adviserId: adviser.id })).data!.dueVisits;
    expect(dueNow.items.map((s) => s.householdId)).toEqual([households[1].id]);
    expect((await me.exec(OverdueVisitsDocument, { adviserId: adviser.id })).data?.overdueVisits.totalItems).toBe(0);

    const phone = await me.exec(RecordServiceDocument, {
      input: {
        householdId: households[1].id,
        serviceCode: 'ADV-CONSULT',
        mode: 'PHONE',
        occurredAt: api.clock.now().toISOString(),
        findings: '电话咨询',
      },
    });
    expect(phone.data?.recordService).toMatchObject({ countsAsVisit: false });
    expect((await work(households[1].id)).visitSchedule?.nextDue).toBe(today()); // a phone call is not a visit

    const stats = (
      await me.exec(AdviserWorkStatisticsDocument, { streetCode: CHANGNING.huayang })
    ).data!.adviserWorkStatistics.find((r) => r.adviserId === adviser.id);
    expect(stats).toMatchObject({
      adviserName: '顾问月',
      caseload: 2,
      visitsDone: 1,
      householdsVisited: 1,
      overdue: 0,
      suppressed: false,
    });
    const viewerRow = (
      await api.as({ role: 'VIEWER' }).exec(AdviserWorkStatisticsDocument, {})
    ).data!.adviserWorkStatistics.find((r) => r.adviserId === adviser.id);
    expect(viewerRow).toMatchObject({ adviserName: null, caseload: null, visitsDone: null, suppressed: true });
    const needs = (await admin().exec(NeedStatisticsDocument, {})).data!.needStatistics;
    expect(needs.find((c) => c.code === 'N08' && c.status === 'OPEN')?.households).toBeGreaterThanOrEqual(1);
    expect(
      (await api.as({ role: 'VIEWER' }).exec(NeedStatisticsDocument, {})).data!.needStatistics.every((c) =>
        c.suppressed ? c.households === null : c.households! >= 5,
      ),
    ).toBe(true);
    expect(
      (
        await api
          .as({ role: 'PARTNER', providerId: 'P-CN-MZJ' })
          .exec(DueVisitsDocument, { until: today(), streetCode: CHANGNING.huayang })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('starts the exit follow-up on leaving assistance; stops it after a year out with a stable income', async () => {
    const adviser = await newAdviser();
    const { id } = await newHousehold();
    await assess(id);
    const exit = plusMonths(today(), -2);
    await admin().exec(UpdateHouseholdDocument, {
      input: {
        id,
        categories: [{ category: 'DB', since: '2023-07-01', until: exit }],
        assistanceEvents: [{ kind: 'ASSISTANCE_TERMINATED', scheme: 'DB', date: exit }],
      },
    });
    const schedule = (await work(id)).visitSchedule!;
    expect(schedule).toMatchObject({ exitOn: exit, reason: 'EXIT_FOLLOW_UP', nextDue: plusMonths(exit, 1) });
    await admin().exec(AssignAdviserDocument, { input: { householdId: id, adviserId: adviser.id } });
    const early = await asAdviser(adviser.id).exec(RecordServiceDocument, {
      input: {
        householdId: id,
        serviceCode: 'ADV-FOLLOW',
        mode: 'HOME_VISIT',
        occurredAt: api.clock.now().toISOString(),
        findings: '已就业',
        followUpCompleted: true,
      },
    });
    // POL-CAD-9: refused while out a year or less; follow-up goes on.
    expect(early.data?.recordService).toMatchObject({
      __typename: 'FollowUpContinuesError',
      errorCode: 'RULE_NOT_MET',
      reason: 'OUT_LESS_THAN_A_YEAR',
      exitOn: exit,
      outOverAYearFrom: addDays(plusMonths(exit, 12), 1),
    });
    await asAdviser(adviser.id).exec(RecordServiceDocument, {
      input: {
        householdId: id,
        serviceCode: 'ADV-FOLLOW',
        mode: 'HOME_VISIT',
        occurredAt: api.clock.now().toISOString(),
        findings: '回访',
      },
    });
    const next = (await work(id)).visitSchedule!;
    expect(next.exitOn).toBe(exit);
    expect(next.nextDue! <= plusMonths(today(), 3)).toBe(true);

    // Out for over a year: the follow-up ends only when the recorded facts show a stable income
    // (policy/stable-income.ts: pensions plus formal wages ≥ the 低保 standard, 1,510 from 2023-07, per person).
    const { id: longGone } = await newHousehold();
    const longAgo = plusMonths(today(), -14);
    await admin().exec(UpdateHouseholdDocument, {
      input: { id: longGone, categories: [{ category: 'DB', since: '2020-01-01', until: longAgo }] },
    });
    await admin().exec(AssignAdviserDocument, { input: { householdId: longGone, adviserId: adviser.id } });
    const follow = (findings: string, householdChanges?: Record<string, unknown>) =>
      asAdviser(adviser.id).exec(RecordServiceDocument, {
        input: {
          householdId: longGone,
          serviceCode: 'ADV-FOLLOW',
          mode: 'HOME_VISIT',
          occurredAt: api.clock.now().toISOString(),
          findings,
          followUpCompleted: true,
          householdChanges,
        },
      });
    // Pensions 2,100 for two are known; wages and who works are not: a stable income is not shown.
    expect((await follow('说已稳定')).data?.recordService).toMatchObject({
      __typename: 'FollowUpContinuesError',
      reason: 'STABLE_INCOME_UNKNOWN',
      missingFacts: ['economics.incomeWages', 'members[0].employmentStatus', 'members[1].employmentStatus'],
    });
    // No wages: 2,100 ÷ 2 = 1,050 < 1,510, no stable income (the case). Nothing is written.
    expect((await follow('无工资', { economics: { incomeWages: 0 } })).data?.recordService).toMatchObject({
      __typename: 'FollowUpContinuesError',
      reason: 'NO_STABLE_INCOME',
    });
    expect((await work(longGone)).economics.incomeWages).toBeNull();
    expect((await work(longGone)).visitSchedule).toMatchObject({ exitOn: longAgo, reason: 'EXIT_FOLLOW_UP' });
    // Pensions of 3,100 for two: 1,550 each ≥ 1,510, whatever the wages. Recorded with the visit, it ends the
    // follow-up.
    const done = await follow('养老金提高', { economics: { incomePensions: 3100 } });
    expect(done.data?.recordService).toMatchObject({ __typename: 'ServiceRecord', followUpCompleted: true });
    expect((await work(longGone)).visitSchedule).toMatchObject({ exitOn: null, nextDue: null, reason: null });
  });

  it('deactivating an adviser refuses their token at once and leaves their households unassigned', async () => {
    const adviser = await newAdviser();
    const { id } = await newHousehold();
    await admin().exec(AssignAdviserDocument, { input: { householdId: id, adviserId: adviser.id } });
    expect((await asAdviser(adviser.id).exec(AdviserDocument, { id: adviser.id })).data?.adviser?.households).toEqual([
      { id },
    ]);
    // The schedule row names the responsible adviser (AssignmentChanged → visit schedule, in the same write) …
    const scheduledAdviser = async () =>
      (await api.db.query(`SELECT adviser_id FROM visit_schedule WHERE household_id = $1`, [id]))[0]?.adviser_id;
    expect(await scheduledAdviser()).toBe(adviser.id);
    const updated = await admin().exec(UpdateAdviserDocument, { input: { id: adviser.id, active: false } });
    expect(updated.data?.updateAdviser).toMatchObject({ __typename: 'Adviser', active: false, caseload: 0 });
    expect(await scheduledAdviser()).toBeNull(); // … and no adviser once the deactivation ended the assignment
    const refused = await asAdviser(adviser.id).exec(AdviserDocument, { id: adviser.id });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await work(id)).assignmentHistory).toEqual([expect.objectContaining({ endReason: 'ADVISER_DEACTIVATED' })]);
    expect((await work(id)).responsibleAdviser).toBeNull();
  });

  it('scopes a roster-linked token to the roster street, whatever the token says', async () => {
    const adviser = await newAdviser({ streetCode: CHANGNING.jiangsu });
    const { id } = await newHousehold(); // in huayang
    const { errors } = await asAdviser(adviser.id, CHANGNING.huayang).exec(HouseholdWorkDocument, { id });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
