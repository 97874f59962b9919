// Projects (项目帮扶, 一类一策, issue 18) over HTTP: a district sees its shared unmet needs (a VIEWER with
// small cells withheld), ADMIN turns one into a project — a catalogue resource with its fund, in one
// transaction — and the households behind it are planned into it with their consent: the plan editor
// adds it for a household that consented and refuses one that did not (NO_REFERRAL_CONSENT), and the
// planner picks it only with consent. Role denials and the logs (no names, ID numbers or addresses).
import {
  AssessHouseholdDocument,
  CreateFundDocument,
  CreateHouseholdDocument,
  CreateProjectDocument,
  GeneratePlanDocument,
  PlanByIdDocument,
  PlanProjectHouseholdDocument,
  ProjectByIdDocument,
  ProjectsDocument,
  ProposeProjectHouseholdsDocument,
  SharedUnmetNeedsDocument,
} from '../__generated__/graphql';
import { CHANGNING, elderAloneInput, freshIdNumber } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('projects (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN', sub: 'admin-1' });
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang], sub: 'adviser-1' });
  const otherAdviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.xinjing], sub: 'adviser-2' });
  const supervisor = () => api.as({ role: 'SUPERVISOR', streets: [CHANGNING.huayang], sub: 'supervisor-1' });
  const viewer = () => api.as({ role: 'VIEWER', sub: 'dashboard' });
  const partner = () => api.as({ role: 'PARTNER', providerId: 'P-SH-BKHZ', sub: 'foundation' });

  const names: string[] = [];
  const idNumbers: string[] = [];
  const addresses: string[] = [];

  /**
   * The worked elder (seeds/sample-households.ts): 低保, born 1940-05-05, living alone. Her assessment raises N13
   * (crisis protection), which no resource of the starting catalogue meets for her (R06 needs a minor, R29 a fact
   * not recorded: plan.e2e-spec.ts), so it stays OPEN: an unmet need shared by every such household.
   */
  async function elder(i: number, consent: boolean | null, streetCode: string = CHANGNING.huayang) {
    const name = `项目测试${i}`;
    const idNumber = freshIdNumber('1940-05-05');
    const address = `项目测试路${i}号`;
    names.push(name);
    idNumbers.push(idNumber);
    addresses.push(address);
    const consents =
      consent === null ? {} : { consents: { charityReferral: consent, charityReferralDate: '2026-01-05' } };
    const caller = streetCode === CHANGNING.huayang ? adviser() : admin();
    const created = await caller.exec(CreateHouseholdDocument, {
      input: elderAloneInput({ address, streetCode, ...consents }, { name, idNumber }) as never,
    });
    if (created.data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(created));
    const id = created.data.createHousehold.id;
    const assessed = await caller.exec(AssessHouseholdDocument, { householdId: id });
    expect(assessed.data?.assessHousehold.__typename).toBe('Assessment');
    return id;
  }

  const cells = (list: Array<{ key: string; households: number | null }>) =>
    Object.fromEntries(list.map((c) => [c.key, c.households]));
  const generate = async (householdId: string) => {
    const { data } = await adviser().exec(GeneratePlanDocument, { householdId });
    if (data?.generatePlan.__typename !== 'Plan') throw new Error(JSON.stringify(data));
    return data.generatePlan;
  };

  // Five households in 华阳路 (four consented, one refused), one consented in 江苏路: six in 长宁.
  let consented: string[]; // Huayang, consent given
  let refused: string; // Huayang, consent refused
  let jiangsu: string;
  let firstDraftOfRefused: string;
  beforeAll(async () => {
    consented = [await elder(1, true), await elder(2, true), await elder(3, true), await elder(4, true)];
    refused = await elder(5, false);
    jiangsu = await elder(6, true, CHANGNING.jiangsu);
    // Drafts made before the project exists: they cannot hold it yet.
    await generate(consented[0]);
    firstDraftOfRefused = (await generate(refused)).id;
  });

  it('a district sees its shared unmet needs by need code with the households’ common facts', async () => {
    const { data } = await admin().exec(SharedUnmetNeedsDocument, {
      level: 'DISTRICT',
      code: '310105',
      needCode: 'N13',
    });
    const [n13] = data!.sharedUnmetNeeds;
    // Six elders, each with N13 OPEN; all the same facts but consent.
    expect(n13).toMatchObject({ needCode: 'N13', households: 6, open: 6, noResource: 0, suppressed: false });
    expect(cells(n13.byConsent)).toEqual({ YES: 5, NO: 1 });
    expect(cells(n13.byCategory)).toEqual({ DB: 6 }); // 低保 since 2023-07-01, still held
    expect(cells(n13.byAgeBand)).toEqual({ '80+': 6 }); // born 1940-05-05: 86 on 2026-11-20
    expect(cells(n13.bySizeBand)).toEqual({ '1': 6 }); // living alone
    expect(cells(n13.byDisability)).toEqual({ NO: 6 }); // hasDisability: false
    expect(n13.byLevel.reduce((s, c) => s + c.households!, 0)).toBe(6);
    // Every need code of the area without a filter; N13 among them with the same count.
    const all = (await admin().exec(SharedUnmetNeedsDocument, { level: 'DISTRICT', code: '310105' })).data!;
    expect(all.sharedUnmetNeeds.find((g) => g.needCode === 'N13')?.households).toBe(6);
    // The street alone: the five of Huayang.
    const street = await admin().exec(SharedUnmetNeedsDocument, {
      level: 'STREET',
      code: CHANGNING.huayang,
      needCode: 'N13',
    });
    expect(street.data!.sharedUnmetNeeds[0].households).toBe(5);
    // An adviser and a supervisor of Huayang asking for the district see their street only.
    for (const caller of [adviser(), supervisor()]) {
      const own = await caller.exec(SharedUnmetNeedsDocument, { level: 'DISTRICT', code: '310105', needCode: 'N13' });
      expect(own.data!.sharedUnmetNeeds[0]).toMatchObject({ households: 5, open: 5 });
    }
  });

  it('a VIEWER gets the same aggregates rounded to 5 with cells under 5 withheld', async () => {
    const { data } = await viewer().exec(SharedUnmetNeedsDocument, {
      level: 'DISTRICT',
      code: '310105',
      needCode: 'N13',
    });
    const [n13] = data!.sharedUnmetNeeds;
    // Small cells (README "Small cells"): 6 → 5, consent YES 5 → 5, NO 1 → withheld; NO_RESOURCE 0 → withheld.
    expect(n13).toMatchObject({ households: 5, open: 5, noResource: null, suppressed: false });
    expect(n13.byConsent).toEqual([
      { key: 'YES', households: 5, suppressed: false },
      { key: 'NO', households: null, suppressed: true },
    ]);
    // Jiangsu alone has one household: the need code is withheld whole, facts and all.
    const one = await viewer().exec(SharedUnmetNeedsDocument, {
      level: 'STREET',
      code: CHANGNING.jiangsu,
      needCode: 'N13',
    });
    const [j] = one.data!.sharedUnmetNeeds;
    expect(j).toMatchObject({ households: null, open: null, suppressed: true });
    expect([...j.byConsent, ...j.byAgeBand].every((c) => c.households === null && c.suppressed)).toBe(true);
  });

  it('refuses what a role may not read and names the field of a bad argument', async () => {
    const denied = await partner().exec(SharedUnmetNeedsDocument, { level: 'DISTRICT', code: '310105' });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await adviser().exec(SharedUnmetNeedsDocument, { level: 'STREET', code: CHANGNING.jiangsu });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await admin().exec(SharedUnmetNeedsDocument, { level: 'DISTRICT', code: '31010', needCode: 'N99' });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'code', reason: 'INVALID_FORMAT' },
        { field: 'needCode', reason: 'UNKNOWN_NEED_CODE' },
      ],
    });
  });

  // The foundation's project resource: a charity (P-SH-BKHZ is CHARITY → tier CHARITY_COMMUNITY, POL-ORD-6),
  // for 低保/特困/低保边缘/支出型 households, 20 places a year.
  const resource = (overrides: Record<string, unknown> = {}) => ({
    providerId: 'P-SH-BKHZ',
    code: 'PRJ-CN-N13',
    nameZh: '长宁区独居困难老人危机守护项目',
    nameEn: 'Changning crisis watch for poor elders living alone',
    form: 'SERVICE' as const,
    eligibility: { fact: 'household.categories', op: 'includesAny', value: ['DB', 'TK', 'BY', 'GX'] },
    capacityKind: 'QUOTA' as const,
    quota: 20,
    period: 'YEAR',
    ...overrides,
  });
  const newFund = (overrides: Record<string, unknown> = {}) => ({
    code: 'CN-PRJ-N13',
    nameZh: '长宁区市民综合帮扶项目资金',
    districtCode: '310105',
    source: 'WELFARE_LOTTERY' as const,
    purposes: ['PROJECT_HELP' as const],
    ...overrides,
  });
  const projectInput = (overrides: Record<string, unknown> = {}) => ({
    code: 'CN-2026-N13',
    nameZh: '独居困难老人危机守护（一类一策）',
    needCode: 'N13',
    scopeLevel: 'DISTRICT' as const,
    scopeCode: '310105',
    resource: resource(),
    newFund: newFund(),
    ...overrides,
  });
  const written = async () => {
    const [r] = await api.db.query(`SELECT count(*)::int AS n FROM resource WHERE code = 'PRJ-CN-N13'`);
    const [f] = await api.db.query(`SELECT count(*)::int AS n FROM fund WHERE code = 'CN-PRJ-N13'`);
    const [p] = await api.db.query(`SELECT count(*)::int AS n FROM project`);
    return { resources: r.n, funds: f.n, projects: p.n };
  };

  it('refuses a project whose fund or resource is wrong, and then nothing is written', async () => {
    const caseFund = await admin().exec(CreateFundDocument, {
      input: newFund({ code: 'CN-CASE', purposes: ['CASE_HELP'] }) as never,
    });
    const caseFundId = caseFund.data!.createFund.__typename === 'Fund' ? caseFund.data!.createFund.id : '';
    const refusals: Array<[Record<string, unknown>, Array<{ field: string; reason: string }>]> = [
      // 专款专用 (POL-FND-3): a case-help fund does not pay a project.
      [{ newFund: null, fundId: caseFundId }, [{ field: 'input.fundId', reason: 'PURPOSE_NOT_SERVED' }]],
      [{ fundId: caseFundId }, [{ field: 'input.fundId', reason: 'ONE_FUND_REQUIRED' }]],
      // A new fund that does not pay PROJECT_HELP; a rule the language does not know (the fund would be new).
      [
        {
          newFund: newFund({ purposes: ['CASE_HELP'] }),
          resource: resource({ eligibility: { fact: 'household.nope', op: 'eq', value: 1 } }),
        },
        [
          { field: 'input.newFund.purposes', reason: 'PROJECT_HELP_REQUIRED' },
          { field: 'input.resource.eligibility.fact', reason: 'INVALID_RULE' },
        ],
      ],
      // A street fund of Huayang cannot pay a district project.
      [
        { newFund: newFund({ streetCode: CHANGNING.huayang }) },
        [{ field: 'input.newFund.districtCode', reason: 'OUTSIDE_FUND_AREA' }],
      ],
      [{ needCode: 'N27' }, [{ field: 'input.needCode', reason: 'NO_UNMET_NEED' }]],
      [
        { resource: resource({ providerId: 'P-NOPE' }) },
        [{ field: 'input.resource.providerId', reason: 'UNKNOWN_PROVIDER' }],
      ],
    ];
    for (const [overrides, fieldErrors] of refusals) {
      const { data } = await admin().exec(CreateProjectDocument, { input: projectInput(overrides) as never });
      expect(data!.createProject).toMatchObject({ __typename: 'InputValidationError', fieldErrors });
      expect(await written()).toEqual({ resources: 0, funds: 0, projects: 0 });
    }
  });

  it('only ADMIN sets up a project', async () => {
    for (const caller of [adviser(), supervisor(), viewer(), partner()]) {
      const res = await caller.exec(CreateProjectDocument, { input: projectInput() as never });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await written()).toEqual({ resources: 0, funds: 0, projects: 0 });
  });

  let projectId: string;
  it('turns the shared need into a project: a published catalogue resource with its new fund', async () => {
    const { data } = await admin().exec(CreateProjectDocument, { input: projectInput() as never });
    const project = data!.createProject;
    if (project.__typename !== 'Project') throw new Error(JSON.stringify(project));
    projectId = project.id;
    expect(project).toMatchObject({
      code: 'CN-2026-N13',
      needCode: 'N13',
      scopeLevel: 'DISTRICT',
      scopeCode: '310105',
      createdBy: 'admin-1',
      createdRole: 'ADMIN',
      resource: {
        code: 'PRJ-CN-N13',
        providerId: 'P-SH-BKHZ',
        tier: 'CHARITY_COMMUNITY',
        status: 'PUBLISHED',
        needCodes: ['N13'],
        capacityKind: 'QUOTA',
        quota: 20,
        geoScope: { level: 'DISTRICT', codes: ['310105'] },
      },
      fund: { code: 'CN-PRJ-N13', purposes: ['PROJECT_HELP'], level: 'DISTRICT' },
    });
    // The aggregate it was made from, exact, with no household named.
    expect(project.snapshot).toMatchObject({ takenOn: '2026-11-20', needCode: 'N13', households: 6, open: 6 });
    const snapshot = JSON.stringify(project.snapshot);
    for (const id of [...consented, refused, jiangsu]) expect(snapshot).not.toContain(id);
    expect(await written()).toEqual({ resources: 1, funds: 1, projects: 1 });
    // Xinjing's adviser sees the district project (its street is in the district); the code is unique.
    expect((await otherAdviser().exec(ProjectsDocument, {})).data!.projects.map((p) => p.code)).toEqual([
      'CN-2026-N13',
    ]);
    const again = await admin().exec(CreateProjectDocument, {
      input: projectInput({ newFund: newFund({ code: 'X2' }) }) as never,
    });
    expect(again.data!.createProject).toMatchObject({
      fieldErrors: [{ field: 'input.code', reason: 'ALREADY_EXISTS' }],
    });
  });

  it('proposes the households behind it with their consent, in the adviser’s streets', async () => {
    const { data } = await adviser().exec(ProposeProjectHouseholdsDocument, { projectId });
    const rows = data!.proposeProjectHouseholds;
    // Huayang's five (not Jiangsu's); all hold 低保, so the rule is ELIGIBLE for each.
    expect(rows.map((r) => r.householdId).sort()).toEqual([...consented, refused].sort());
    expect(rows.every((r) => r.eligibility === 'ELIGIBLE' && r.needStatus === 'OPEN')).toBe(true);
    const of = (id: string) => rows.find((r) => r.householdId === id)!;
    expect(of(consented[0])).toMatchObject({ charityReferralConsent: true, planned: false, canPlan: true });
    expect(of(consented[0]).draftPlanId).not.toBeNull();
    expect(of(consented[1])).toMatchObject({ draftPlanId: null, canPlan: false }); // no draft yet
    expect(of(refused)).toMatchObject({
      charityReferralConsent: false,
      draftPlanId: firstDraftOfRefused,
      canPlan: false,
    });
    // ADMIN sees all six; a supervisor or a VIEWER may not list households.
    expect(
      (await admin().exec(ProposeProjectHouseholdsDocument, { projectId })).data!.proposeProjectHouseholds,
    ).toHaveLength(6);
    for (const caller of [supervisor(), viewer(), partner()]) {
      const res = await caller.exec(ProposeProjectHouseholdsDocument, { projectId });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('plans a consenting household into it through the plan editor and refuses one without consent', async () => {
    const planned = await adviser().exec(PlanProjectHouseholdDocument, {
      input: { projectId, householdId: consented[0], reason: '纳入独居老人危机守护项目' },
    });
    const plan = planned.data!.planProjectHousehold;
    if (plan.__typename !== 'Plan') throw new Error(JSON.stringify(plan));
    expect(plan.status).toBe('DRAFT');
    expect(plan.items.filter((i) => i.resourceCode === 'PRJ-CN-N13')).toEqual([
      { needCode: 'N13', resourceCode: 'PRJ-CN-N13', source: 'ADVISER', addedReason: '纳入独居老人危机守护项目' },
    ]);
    // Consent refused: the plan editor's own check (a non-government provider needs consent), on the project.
    const refusedRes = await adviser().exec(PlanProjectHouseholdDocument, {
      input: { projectId, householdId: refused, reason: '纳入项目' },
    });
    expect(refusedRes.data!.planProjectHousehold).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.projectId', reason: 'NO_REFERRAL_CONSENT' }],
    });
    const untouched = (await adviser().exec(PlanByIdDocument, { id: firstDraftOfRefused })).data!.plan;
    expect(untouched.items.some((i) => i.resourceCode === 'PRJ-CN-N13')).toBe(false);
    // Twice is a duplicate (the editor again); no draft yet is said so.
    const twice = await adviser().exec(PlanProjectHouseholdDocument, {
      input: { projectId, householdId: consented[0], reason: '再次' },
    });
    expect(twice.data!.planProjectHousehold).toMatchObject({ fieldErrors: [{ reason: 'ALREADY_IN_PLAN' }] });
    const noDraft = await adviser().exec(PlanProjectHouseholdDocument, {
      input: { projectId, householdId: consented[1], reason: '纳入项目' },
    });
    expect(noDraft.data!.planProjectHousehold).toMatchObject({
      fieldErrors: [{ field: 'input.householdId', reason: 'NO_DRAFT_PLAN' }],
    });
    // Another street's adviser does not see the household; a supervisor does not edit plans.
    const elsewhere = await otherAdviser().exec(PlanProjectHouseholdDocument, {
      input: { projectId, householdId: consented[0], reason: '纳入项目' },
    });
    expect(elsewhere.data!.planProjectHousehold).toMatchObject({ __typename: 'NotFoundError' });
    const sup = await supervisor().exec(PlanProjectHouseholdDocument, {
      input: { projectId, householdId: consented[0], reason: '纳入项目' },
    });
    expect(sup.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const after = (await adviser().exec(ProposeProjectHouseholdsDocument, { projectId })).data!;
    expect(after.proposeProjectHouseholds.find((r) => r.householdId === consented[0])).toMatchObject({
      planned: true,
      canPlan: false,
    });
  });

  it('the planner picks the project for N13 only with consent', async () => {
    // With consent: the only eligible resource for N13 now (R06 INELIGIBLE, R29 UNKNOWN), so it is chosen.
    const withConsent = await generate(consented[1]);
    expect(withConsent.items.find((i) => i.needCode === 'N13' || i.needCodes.includes('N13'))?.resourceCode).toBe(
      'PRJ-CN-N13',
    );
    // Without: N13 stays unmet and the project is a candidate refused for consent (POL: consent to charity referral).
    const without = await generate(refused);
    expect(without.items.some((i) => i.resourceCode === 'PRJ-CN-N13')).toBe(false);
    const n13 = without.unmet.find((u) => u.needCode === 'N13')!;
    expect(n13.candidates.find((c) => c.resourceCode === 'PRJ-CN-N13')).toMatchObject({
      reason: 'NO_REFERRAL_CONSENT',
    });
  });

  it('a street project paid from an existing district fund; the list reads each kind of row once', async () => {
    const district = await admin().exec(CreateFundDocument, {
      input: newFund({ code: 'CN-PRJ-DISTRICT', purposes: ['CASE_HELP', 'PROJECT_HELP'] }) as never,
    });
    if (district.data?.createFund.__typename !== 'Fund') throw new Error(JSON.stringify(district));
    const fundId = district.data.createFund.id;
    api.clock.advanceMinutes(10); // newest first: this one is made ten minutes after the district's
    const { data } = await admin().exec(CreateProjectDocument, {
      input: projectInput({
        code: 'HY-2026-N13',
        scopeLevel: 'STREET',
        scopeCode: CHANGNING.huayang,
        newFund: null,
        fundId,
        resource: resource({ code: 'PRJ-HY-N13', capacityKind: 'ENTITLEMENT', quota: null, period: null }),
      }) as never,
    });
    // A district fund pays every street of its district (README "Funds"); the snapshot is Huayang's five.
    expect(data!.createProject).toMatchObject({
      __typename: 'Project',
      fund: { id: fundId, level: 'DISTRICT' },
      resource: { code: 'PRJ-HY-N13', geoScope: { level: 'STREET', codes: [CHANGNING.huayang] } },
      snapshot: { households: 5 },
    });
    // A district project cannot take a street fund: it would not pay the other streets.
    const street = await admin().exec(CreateFundDocument, {
      input: newFund({ code: 'CN-PRJ-HY', streetCode: CHANGNING.huayang }) as never,
    });
    const streetFundId = street.data!.createFund.__typename === 'Fund' ? street.data!.createFund.id : '';
    const refused = await admin().exec(CreateProjectDocument, {
      input: projectInput({
        code: 'CN-2',
        newFund: null,
        fundId: streetFundId,
        resource: resource({ code: 'PRJ-2' }),
      }) as never,
    });
    expect(refused.data!.createProject).toMatchObject({
      fieldErrors: [{ field: 'input.fundId', reason: 'OUTSIDE_FUND_AREA' }],
    });
    // Two projects with their resources, providers (for the tier) and funds: four statements, not one per project.
    api.queries.reset();
    const list = await admin().exec(ProjectsDocument, {});
    expect(list.data!.projects.map((p) => p.code)).toEqual(['HY-2026-N13', 'CN-2026-N13']);
    expect(api.queries.count).toBe(4);
  });

  it('reads the project back by role, and nothing identifying reached the logs', async () => {
    // A supervisor of Huayang reads the district project, but not its district-wide snapshot (Jiangsu's one household
    // would be the difference from its own street's aggregate).
    const read = (await supervisor().exec(ProjectByIdDocument, { id: projectId })).data!.project;
    expect(read).toMatchObject({ code: 'CN-2026-N13', snapshot: null, fund: { code: 'CN-PRJ-N13' } });
    const hidden = await viewer().exec(ProjectByIdDocument, { id: projectId });
    expect(hidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const logs = api.logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const value of [...names, ...idNumbers, ...addresses]) expect(logs).not.toContain(value);
  });
});
