// Hardship profiles over HTTP: assess, read the profile and its explanation, the needs list it
// refreshes, what-if previews, model versions, statistics, and who may do what.
import { readFileSync } from 'node:fs';
import {
  AddNeedDocument,
  AssessHouseholdDocument,
  ChangeNeedStatusDocument,
  CreateHouseholdDocument,
  HardshipStatisticsDocument,
  HouseholdProfileDocument,
  HouseholdsWithProfilesDocument,
  PreviewAssessmentDocument,
  RegisterScoringModelDocument,
  ActivateScoringModelDocument,
  ScoringModelDocument,
  ScoringModelsDocument,
  SimulateModelDocument,
  UpdateHouseholdDocument,
} from '../__generated__/graphql';
import { CHANGNING, elderAloneInput, freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

const builtInModel = JSON.parse(readFileSync(`${__dirname}/../../scoring/models/sh-2024.1.json`, 'utf8'));

// INDICATOR-MODEL.md §8, first worked household: 低保 elder living alone, loss of function, 5th floor, no elevator.
const elderAlone = () => elderAloneInput({ address: '评估测试路1号', consents: undefined }, { name: '评估甲' });

describe('hardship assessments (e2e)', () => {
  const api = useTestApi();
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang] });
  const admin = () => api.as({ role: 'ADMIN' });

  async function household(input: Record<string, unknown> = elderAlone()) {
    const { data } = await adviser().exec(CreateHouseholdDocument, { input: input as never });
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
    return data.createHousehold.id;
  }

  async function assess(id: string) {
    const { data, errors } = await adviser().exec(AssessHouseholdDocument, { householdId: id });
    expect(errors).toBeUndefined();
    if (data?.assessHousehold.__typename !== 'Assessment') throw new Error(JSON.stringify(data));
    return data.assessHousehold;
  }

  it('assesses a household: profile, level, circle, cadence, explanation, and the needs list', async () => {
    const id = await household();
    const assessment = await assess(id);
    expect(assessment).toMatchObject({ modelId: 'sh-2024.1', level: 'HIGH', circle: 1, assessedBy: 'test-adviser' });
    const p = assessment.profile;
    expect(p.composite).toBeGreaterThanOrEqual(45);
    expect(p.circle.rule).toMatchObject({ circle: 1, evidence: expect.stringContaining('DB') });
    expect(p.cadence).toMatchObject({ visit: 'MONTHLY', reassessMonths: 3 });
    expect(p.dimensions).toHaveLength(8);
    expect(p.indicators).toHaveLength(40);
    expect(p.explanation!.drivers.length).toBeGreaterThan(0);
    expect(p.explanation!.drivers[0].zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(p.explanation!.contributions.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(p.composite, 0);

    const { data } = await adviser().exec(HouseholdProfileDocument, { id });
    const h = data!.household!;
    expect(h.profile!.level).toBe('HIGH');
    expect(h.assessments).toHaveLength(1);
    const codes = h.needs.map((n) => n.code);
    expect(codes).toEqual(expect.arrayContaining(['N25', 'N28'])); // NEED-1: every HIGH household
    expect(h.needs.every((n) => n.source === 'ASSESSMENT' && n.status === 'OPEN' && n.history.length === 1)).toBe(true);
    expect(h.needs.find((n) => n.code === 'N28')!.needCode).toMatchObject({ nameEn: expect.any(String) });
  });

  it('is idempotent for unchanged facts, and reassessment never duplicates needs', async () => {
    const id = await household();
    const first = await assess(id);
    const again = await assess(id);
    expect(again.id).toBe(first.id);
    await adviser().exec(UpdateHouseholdDocument, {
      input: { id, lifeEvents: [{ kind: 'BEREAVEMENT', date: '2026-10-01' }] },
    });
    api.clock.advanceMinutes(30); // a later assessment the same day: listed first
    const second = await assess(id);
    expect(second.id).not.toBe(first.id);
    const { data } = await adviser().exec(HouseholdProfileDocument, { id });
    const codes = data!.household!.needs.map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(data!.household!.assessments.map((a) => a.id)).toEqual([second.id, first.id]);
  });

  it('closes a need the reassessment no longer triggers as RESOLVED, and keeps it', async () => {
    const id = await household();
    await assess(id);
    // Move to a ground floor with an elevator and adapted home: housing needs should go.
    const before = (await adviser().exec(HouseholdProfileDocument, { id })).data!.household!.needs.map((n) => n.code);
    await adviser().exec(UpdateHouseholdDocument, {
      input: {
        id,
        housing: { floor: 1, hasElevator: true, homeAdapted: true, falls12m: 0 },
        observations: {
          familyStructure: 'ORDINARY',
          kinSupport: 'RELIABLE',
          communityContact: 'REGULAR',
          digitalCapacity: 'USES_ONLINE_SERVICES',
          careServiceGap: 'COVERED',
        },
      },
    });
    await assess(id);
    const { data } = await adviser().exec(HouseholdProfileDocument, { id });
    const after = data!.household!.needs.map((n) => n.code);
    const gone = before.filter((c) => !after.includes(c));
    expect(gone.length).toBeGreaterThan(0);
    for (const code of gone) expect(data!.household!.allNeeds.find((n) => n.code === code)!.status).toBe('RESOLVED');
  });

  it('records needs by hand, merges a repeated report, and keeps every status change', async () => {
    const id = await household(householdInput({ address: '手工需求路1号' }));
    const added = await adviser().exec(AddNeedDocument, {
      input: { householdId: id, code: 'N14', source: 'VISIT', note: '孩子数学跟不上' },
    });
    expect(added.data!.addNeed).toMatchObject({
      __typename: 'Need',
      code: 'N14',
      status: 'OPEN',
      source: 'VISIT',
      urgency: 'ORDINARY',
    });
    const repeated = await adviser().exec(AddNeedDocument, {
      input: { householdId: id, code: 'N14', source: 'SELF_REPORT', note: '家长再次提出', urgency: 'EMERGENCY' },
    });
    expect(repeated.data!.addNeed).toMatchObject({ __typename: 'Need', urgency: 'EMERGENCY' });
    if (added.data!.addNeed.__typename !== 'Need' || repeated.data!.addNeed.__typename !== 'Need') return;
    expect(repeated.data!.addNeed.id).toBe(added.data!.addNeed.id);

    const unknown = await adviser().exec(AddNeedDocument, {
      input: { householdId: id, code: 'N99', source: 'VISIT', note: 'x' },
    });
    expect(unknown.data!.addNeed).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.code', reason: 'UNKNOWN_NEED_CODE' }],
    });

    const needId = added.data!.addNeed.id;
    await adviser().exec(ChangeNeedStatusDocument, {
      input: { id: needId, status: 'REFERRED', reason: '转介爱心传递' },
    });
    const met = await adviser().exec(ChangeNeedStatusDocument, {
      input: { id: needId, status: 'MET', reason: '辅导一学期后及格' },
    });
    expect(met.data!.changeNeedStatus).toMatchObject({
      __typename: 'Need',
      status: 'MET',
      closedAt: expect.any(String),
      history: [
        { fromStatus: null, toStatus: 'OPEN' },
        { fromStatus: 'OPEN', toStatus: 'OPEN' },
        { fromStatus: 'OPEN', toStatus: 'REFERRED' },
        { fromStatus: 'REFERRED', toStatus: 'MET', reason: '辅导一学期后及格' },
      ],
    });
    const noReason = await adviser().exec(ChangeNeedStatusDocument, {
      input: { id: needId, status: 'OPEN', reason: '' },
    });
    expect(noReason.data!.changeNeedStatus).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.reason', reason: 'EMPTY' }],
    });
  });

  it('previews a what-if profile without storing anything', async () => {
    const id = await household();
    const count = async () => (await api.db.query('SELECT count(*)::int AS n FROM assessment'))[0].n;
    const before = await count();
    const { data } = await adviser().exec(PreviewAssessmentDocument, {
      householdId: id,
      changes: { lifeEvents: [{ kind: 'FIRE_OR_DISASTER', date: api.clock.today() }] },
    });
    expect(data!.previewAssessment).toMatchObject({ __typename: 'HardshipProfileView', level: 'HIGH' });
    if (data!.previewAssessment.__typename !== 'HardshipProfileView') return;
    expect(data!.previewAssessment.redFlags.length).toBeGreaterThan(0);
    expect(data!.previewAssessment.needs).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'N05', urgency: 'EMERGENCY' })]),
    );
    expect(await count()).toBe(before);
  });

  it('serves the model: AHP weights and consistency, levels, cadences', async () => {
    const { data } = await adviser().exec(ScoringModelsDocument);
    const model = data!.scoringModels.find((m) => m.id === 'sh-2024.1')!;
    expect(model.status).toBe('ACTIVE');
    const weight = (code: string) => model.dimensions.find((d) => d.code === code)!.weight;
    expect(weight('ECO')).toBeCloseTo(0.2975, 3);
    expect(weight('HLT')).toBeCloseTo(0.1917, 3);
    expect(weight('PSY')).toBeCloseTo(0.0601, 3);
    expect(model.profiles.find((p) => p.use === 'level')!.consistencyRatio).toBeCloseTo(0.0047, 3);
    expect(model.indicators).toHaveLength(40);
    expect(model.cadences.find((c) => c.level === 'HIGH')).toMatchObject({ visit: 'MONTHLY', reassessMonths: 3 });
  });

  it('lets ADMIN register, simulate and activate a model version; an invalid one is refused with paths', async () => {
    const inconsistent = structuredClone(builtInModel);
    inconsistent.id = 'sh-test.bad';
    inconsistent.profiles.standard.judgements[0][7] = 9; // ECO vs PSY: no longer reciprocal
    const bad = await admin().exec(RegisterScoringModelDocument, { definition: inconsistent });
    expect(bad.data!.registerScoringModel.__typename).toBe('InputValidationError');
    if (bad.data!.registerScoringModel.__typename === 'InputValidationError') {
      expect(bad.data!.registerScoringModel.fieldErrors[0].field).toMatch(/^definition\.profiles/);
    }
    const stricter = structuredClone(builtInModel);
    stricter.id = 'sh-test.strict';
    stricter.levels = stricter.levels.map((rule: { when: Record<string, number> }) =>
      'compositeAtLeast' in rule.when ? { ...rule, when: { compositeAtLeast: rule.when.compositeAtLeast - 10 } } : rule,
    );
    const ok = await admin().exec(RegisterScoringModelDocument, { definition: stricter });
    expect(ok.data!.registerScoringModel).toMatchObject({
      __typename: 'ScoringModelVersion',
      id: 'sh-test.strict',
      status: 'REGISTERED',
    });
    const again = await admin().exec(RegisterScoringModelDocument, { definition: stricter });
    expect(again.data!.registerScoringModel).toMatchObject({ __typename: 'InputValidationError' });

    await household();
    await household(
      householdInput({
        address: '模拟路1号',
        housing: { floor: 1, hasElevator: true, tenure: 'OWNED', livingAreaSqm: 60, condition: 'ADEQUATE' },
        economics: {
          incomeWages: 9000,
          incomePensions: 0,
          incomeBenefits: 0,
          incomeMaintenance: 0,
          incomeOther: 0,
          liquidAssets: 300000,
          arrears: 'NONE',
        },
      }),
    );
    const sim = await admin().exec(SimulateModelDocument, { id: 'sh-test.strict' });
    expect(sim.data!.simulateModel).toMatchObject({ modelId: 'sh-test.strict', activeModelId: 'sh-2024.1' });
    expect(sim.data!.simulateModel.households).toBeGreaterThan(0);
    expect(sim.data!.simulateModel.levelChanged).toBeGreaterThan(0);
    expect(sim.data!.simulateModel.byStreet.reduce((n, s) => n + s.households, 0)).toBe(
      sim.data!.simulateModel.households,
    );

    const forbidden = await adviser().exec(RegisterScoringModelDocument, { definition: stricter });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const activated = await admin().exec(ActivateScoringModelDocument, { id: 'sh-test.strict' });
    expect(activated.data!.activateScoringModel).toMatchObject({ __typename: 'ScoringModelVersion', status: 'ACTIVE' });
    expect((await admin().exec(ScoringModelDocument, {})).data!.scoringModel!.id).toBe('sh-test.strict');
    await admin().exec(ActivateScoringModelDocument, { id: 'sh-2024.1' });
  });

  describe('roles', () => {
    it('hides households of other streets (NOT_FOUND) and refuses PARTNER and VIEWER', async () => {
      const id = await household();
      const other = await api
        .as({ role: 'ADVISER', streets: [CHANGNING.jiangsu] })
        .exec(AssessHouseholdDocument, { householdId: id });
      expect(other.data!.assessHousehold).toMatchObject({ __typename: 'NotFoundError' });
      for (const caller of [api.as({ role: 'PARTNER', providerId: 'P-X' }), api.as({ role: 'VIEWER' })]) {
        expect((await caller.exec(AssessHouseholdDocument, { householdId: id })).errors?.[0].extensions?.code).toBe(
          'FORBIDDEN',
        );
        expect((await caller.exec(HouseholdProfileDocument, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect(
        (await api.as({ role: 'PARTNER', providerId: 'P-X' }).exec(HardshipStatisticsDocument, {})).errors?.[0]
          .extensions?.code,
      ).toBe('FORBIDDEN');
    });

    it('gives VIEWER only aggregates, with cells under 5 households suppressed', async () => {
      for (let i = 0; i < 6; i++) await assess(await household());
      const viewer = await api.as({ role: 'VIEWER' }).exec(HardshipStatisticsDocument, { districtCode: '310105' });
      const cells = viewer.data!.hardshipStatistics;
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) {
        if (cell.suppressed) expect(cell.households).toBeNull();
        else expect(cell.households).toBeGreaterThanOrEqual(5);
      }
      const adminCells = (await admin().exec(HardshipStatisticsDocument, { districtCode: '310105' })).data!
        .hardshipStatistics;
      expect(adminCells.every((c) => !c.suppressed && c.households! > 0)).toBe(true);
    });
  });

  it('loads profiles and needs of a page of households in a fixed number of statements', async () => {
    for (let i = 0; i < 12; i++) await assess(await household());
    const statements = async (take: number) => {
      api.queries.reset();
      const { data, errors } = await admin().exec(HouseholdsWithProfilesDocument, { page: { skip: 0, take } });
      expect(errors).toBeUndefined();
      // every assessment's profile is derived when read (issue 15 §3), through one loader: still no N+1
      for (const h of data!.households.items) for (const a of h.assessments) expect(a.profile.level).toBe(a.level);
      expect(data!.households.items.flatMap((h) => h.assessments).length).toBeGreaterThanOrEqual(take);
      return api.queries.count;
    };
    expect(await statements(3)).toBe(await statements(12));
  });
});
