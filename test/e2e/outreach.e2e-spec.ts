// 政策找人 sweeps over HTTP (issue 15 §1): a district sweep finds the households of POLICY.md §2.2's
// four target groups with their reasons and rule ids, the street's adviser works a lead to an outcome
// with history, a second sweep raises nothing (a third, after a fact changed, supersedes), statistics
// keep VIEWER's small cells hidden, and every role outside ADMIN/ADVISER is refused.
//
// Expected values by hand. TEST_TODAY 2026-11-20; 低保 standard in force 1,510 yuan (seeds/data/dibao-standards.json,
// from 2023-07-01). Rules of CATALOGUE.md as stored in seeds/data/catalogue.json:
//  - "working poor" (HUAYANG, ×6): one LOCAL head born 1980, part-time, wages 300, no assets, no category.
//    R01 (head LOCAL, r = 300/1510 < 1, assets within limit) ELIGIBLE; R02 (every member ≥ 60, < 18, severely
//    disabled or unable to work) no; R04/R05 need dibaoEligible = false, no; R12 needs unemployment, no;
//    R03, R06, R09–R11, R13 no → group 1 ELIGIBLE, reasons [R01] (OUT-G1-ELIGIBLE).
//  - the elder of INDICATOR-MODEL.md §8 (HUAYANG): DB since 2023, HIGH (§8), born 1940, income 1,300.
//    Group 1: R02 (LOCAL, r = 1300/1510 < 1, aged ≥ 60) ELIGIBLE; R01 is held; R09 (holds DB) is a special
//    scheme, which for a household covered by basic-living assistance follows from its category (not a lead).
//    Group 2: TK_DISPERSED refused 2025-09-01, inside 24 months (POL-CIR-3), level HIGH. Group 3: holds
//    DB, HIGH, needs beyond N01 open (OUT-G3-UNMET). Group 4: nothing.
//  - the prisoner's family (XINJING): the spouse SERVING_SENTENCE → group 4 (OUT-G4-SENTENCE-OR-REHAB) only;
//    never assessed, so no UNKNOWN group-1 lead (needs a hardship level).
// HUAYANG has one adviser (A1), XINJING none: the elder's and the working poor's leads go to A1 (the street's
// adviser with spare capacity, assignment rules), the prisoner's family's lead stays unassigned.
import {
  AssessHouseholdDocument,
  CreateAdviserDocument,
  CreateHouseholdDocument,
  OutreachLeadsDocument,
  OutreachStatisticsDocument,
  RecordOutreachOutcomeDocument,
  RunOutreachSweepDocument,
  UpdateHouseholdDocument,
} from '../__generated__/graphql';
import { CHANGNING, elderAloneInput, freshIdNumber } from '../support/factories';
import { useTestApi } from '../support/test-api';

const HUAYANG = CHANGNING.huayang;
const XINJING = CHANGNING.xinjing;
const CHANGNING_DISTRICT = '310105';

describe('outreach sweeps 政策找人 (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });
  let adviserId: string;
  const adviser = () => api.as({ role: 'ADVISER', sub: adviserId, streets: [HUAYANG] });
  const ids = { poor: [] as string[], elder: '', elderVersion: 0, prisoner: '', prisonerVersion: 0 };
  const names: string[] = [];
  const idNumbers: string[] = [];

  async function create(input: Record<string, unknown>) {
    const { data } = await admin().exec(CreateHouseholdDocument, { input: input as never });
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
    return data.createHousehold;
  }
  const member = (name: string, birth: string, extra: Record<string, unknown>) => {
    const idNumber = freshIdNumber(birth);
    names.push(name);
    idNumbers.push(idNumber);
    return { name, idNumber, hukou: 'LOCAL', hasDisability: false, studentStage: 'NOT_STUDENT', ...extra };
  };
  const sweep = (input: { level: 'STREET' | 'DISTRICT' | 'CITY'; code?: string }, caller = admin()) =>
    caller.exec(RunOutreachSweepDocument, { input: input as never });
  const leads = async (filter: Record<string, unknown> = {}, caller = admin()) => {
    const { data, errors } = await caller.exec(OutreachLeadsDocument, { filter: filter as never, first: 100 });
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.outreachLeads.edges.map((e) => e.node);
  };

  beforeAll(async () => {
    const a = await admin().exec(CreateAdviserDocument, {
      input: { name: '顾问找人', streetCode: HUAYANG, roleType: 'SOCIAL_WORKER', caseloadMax: 40 } as never,
    });
    if (a.data?.createAdviser.__typename !== 'Adviser') throw new Error(JSON.stringify(a));
    adviserId = a.data.createAdviser.id;
    for (let i = 0; i < 6; i++) {
      const h = await create({
        streetCode: HUAYANG,
        address: `找人路${i}号`,
        economics: {
          incomeWages: 300,
          incomePensions: 0,
          incomeBenefits: 0,
          incomeMaintenance: 0,
          incomeOther: 0,
          liquidAssets: 0,
        },
        members: [
          member(`找人甲${i}`, '1980-03-03', {
            relation: 'HEAD',
            employmentStatus: 'EMPLOYED_PART_TIME',
            recentGraduate: false,
          }),
        ],
      });
      ids.poor.push(h.id);
    }
    const elderName = '找人老人';
    const elderId = freshIdNumber('1940-05-05');
    names.push(elderName);
    idNumbers.push(elderId);
    const elder = await create(
      elderAloneInput(
        { assistanceEvents: [{ kind: 'APPLICATION_REFUSED', scheme: 'TK_DISPERSED', date: '2025-09-01' }] },
        { name: elderName, idNumber: elderId },
      ),
    );
    ids.elder = elder.id;
    ids.elderVersion = elder.version;
    const assessed = await admin().exec(AssessHouseholdDocument, { householdId: elder.id });
    expect(assessed.data?.assessHousehold).toMatchObject({ __typename: 'Assessment', level: 'HIGH' }); // §8
    const prisoner = await create({
      streetCode: XINJING,
      address: '新泾找人路9号',
      economics: { incomeWages: 8000, liquidAssets: 200000 },
      members: [
        member('找人丙', '1985-01-01', { relation: 'HEAD', employmentStatus: 'EMPLOYED_FORMAL' }),
        member('找人丁', '1986-01-01', {
          relation: 'SPOUSE',
          employmentStatus: 'UNABLE_TO_WORK',
          specialStatuses: ['SERVING_SENTENCE'],
        }),
      ],
    });
    ids.prisoner = prisoner.id;
    ids.prisonerVersion = prisoner.version;
  });

  it('a district sweep raises each group with its reasons and rule ids, assigned by the street rules', async () => {
    const { data } = await sweep({ level: 'DISTRICT', code: CHANGNING_DISTRICT });
    // 6 working poor (g1) + the elder (g1, g2, g3) + the prisoner's family (g4) = 10 leads of 8 households.
    expect(data?.runOutreachSweep).toEqual({
      __typename: 'OutreachSweepReport',
      level: 'DISTRICT',
      code: CHANGNING_DISTRICT,
      asOf: '2026-11-20',
      households: 8,
      raised: 10,
      raisedByGroup: [
        { group: 1, count: 7 },
        { group: 2, count: 1 },
        { group: 3, count: 1 },
        { group: 4, count: 1 },
      ],
      unchanged: 0,
      superseded: 0,
      unassigned: 1, // XINJING has no adviser
    });
    const poor = await leads({ householdId: ids.poor[0] });
    expect(poor).toHaveLength(1);
    expect(poor[0]).toMatchObject({
      group: 1,
      eligibility: 'ELIGIBLE',
      status: 'OPEN',
      adviserId,
      streetCode: HUAYANG,
    });
    expect(poor[0].reasons.map((r) => r.ruleIds)).toEqual([['OUT-G1-ELIGIBLE', 'R01']]);
    expect(poor[0].history).toEqual([{ fromStatus: null, toStatus: 'OPEN', actorId: 'test-admin', note: null }]);

    const elder = (await leads({ householdId: ids.elder })).sort((a, b) => a.group - b.group);
    expect(elder.map((l) => [l.group, l.eligibility, l.adviserId])).toEqual([
      [1, 'ELIGIBLE', adviserId],
      [2, null, adviserId],
      [3, null, adviserId],
    ]);
    expect(elder[0].reasons.map((r) => r.ruleIds)).toEqual([['OUT-G1-ELIGIBLE', 'R02']]);
    expect(elder[1].reasons.map((r) => r.ruleIds)).toEqual([['OUT-G2-REFUSED', 'POL-CIR-3']]);
    expect(elder[1].reasons[0].en).toContain('TK_DISPERSED refused on 2025-09-01');
    const open: Array<{ code: string }> = await api.db.query(
      `SELECT DISTINCT code FROM need WHERE household_id = $1 AND status NOT IN ('MET', 'DECLINED', 'RESOLVED')
        AND code <> 'N01' ORDER BY code`,
      [ids.elder],
    );
    expect(open.length).toBeGreaterThan(0); // a HIGH elder living alone has needs beyond basic living (§8)
    expect(elder[2].reasons[0].ruleIds).toEqual(['OUT-G3-UNMET']);
    expect(elder[2].reasons[0].en).toContain(`not met: ${open.map((n) => n.code).join(', ')}`);

    const [prisoner] = await leads({ householdId: ids.prisoner });
    expect(prisoner).toMatchObject({ group: 4, adviserId: null, streetCode: XINJING });
    expect(prisoner.reasons.map((r) => r.ruleIds)).toEqual([['OUT-G4-SENTENCE-OR-REHAB']]);
  });

  it('the adviser sees only their streets, works a lead to an outcome with history, is refused bad steps', async () => {
    const mine = await leads({}, adviser());
    expect(mine).toHaveLength(9); // HUAYANG's: 6 + 3; XINJING's lead is not theirs
    expect(mine.every((l) => l.streetCode === HUAYANG)).toBe(true);
    const [lead] = await leads({ householdId: ids.poor[0] }, adviser());
    const step = (outcome: string, expectedVersion: number, note: string | null = null, caller = adviser()) => {
      api.clock.advanceMinutes(5); // steps happen one after another: history is in time order
      return caller.exec(RecordOutreachOutcomeDocument, {
        input: { leadId: lead.id, outcome, expectedVersion, note } as never,
      });
    };
    expect((await step('VISITED', 1, '已上门')).data?.recordOutreachOutcome).toMatchObject({
      __typename: 'OutreachLead',
      status: 'VISITED',
      version: 2,
    });
    const stale = await step('HELPED_TO_APPLY', 1);
    expect(stale.data?.recordOutreachOutcome.__typename).toBe('ConflictError');
    await step('HELPED_TO_APPLY', 2, '协助申请低保');
    const enrolled = await step('ENROLLED', 3);
    expect(enrolled.data?.recordOutreachOutcome).toMatchObject({
      status: 'ENROLLED',
      history: [
        { fromStatus: null, toStatus: 'OPEN', actorId: 'test-admin' },
        { fromStatus: 'OPEN', toStatus: 'VISITED', actorId: adviserId, note: '已上门' },
        { fromStatus: 'VISITED', toStatus: 'HELPED_TO_APPLY', actorId: adviserId, note: '协助申请低保' },
        { fromStatus: 'HELPED_TO_APPLY', toStatus: 'ENROLLED', actorId: adviserId, note: null },
      ],
    });
    // A closed lead goes nowhere; nothing is written.
    const again = await step('VISITED', 4);
    expect(again.data?.recordOutreachOutcome).toMatchObject({
      __typename: 'InvalidTransitionError',
      from: 'ENROLLED',
      to: 'VISITED',
    });
    const noId = await step('VISITED', 4, `身份证 ${idNumbers[0]}`);
    expect(noId.data?.recordOutreachOutcome).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.note', reason: 'CONTAINS_ID_NUMBER' }],
    });
    const [after] = await leads({ householdId: ids.poor[0] });
    expect(after).toMatchObject({ status: 'ENROLLED', version: 4 });
    // Another street's lead is NOT_FOUND to this adviser, like a lead that does not exist.
    const [theirs] = await leads({ householdId: ids.prisoner });
    const hidden = await adviser().exec(RecordOutreachOutcomeDocument, {
      input: { leadId: theirs.id, outcome: 'VISITED', expectedVersion: 1 } as never,
    });
    expect(hidden.data?.recordOutreachOutcome.__typename).toBe('NotFoundError');
  });

  it('is idempotent: a second sweep raises nothing, open or closed; changed facts supersede an open lead', async () => {
    const second = await sweep({ level: 'DISTRICT', code: CHANGNING_DISTRICT });
    expect(second.data?.runOutreachSweep).toMatchObject({ households: 8, raised: 0, unchanged: 10, superseded: 0 });
    // The adviser may sweep their own street: nothing new either.
    const own = await sweep({ level: 'STREET', code: HUAYANG }, adviser());
    expect(own.data?.runOutreachSweep).toMatchObject({ households: 7, raised: 0, unchanged: 9 });
    expect(await api.db.query(`SELECT count(*)::int AS n FROM outreach_lead`)).toEqual([{ n: 10 }]);
    // A fire in XINJING 10 days ago: group 4 has new facts (OUT-G4-EMERGENCY, 30-day window) → a new lead, the old
    // one superseded; and R13 受灾人员救助 (FIRE_OR_DISASTER within 12 months) now holds and ZX_DISASTER is not held
    // → a first group-1 lead (OUT-G1-ELIGIBLE, R13).
    const fire = await admin().exec(UpdateHouseholdDocument, {
      input: {
        id: ids.prisoner,
        expectedVersion: ids.prisonerVersion,
        lifeEvents: [{ kind: 'FIRE_OR_DISASTER', date: '2026-11-10' }],
      } as never,
    });
    expect(fire.data?.updateHousehold.__typename).toBe('Household');
    const third = await sweep({ level: 'DISTRICT', code: CHANGNING_DISTRICT });
    expect(third.data?.runOutreachSweep).toMatchObject({
      raised: 2,
      raisedByGroup: [
        { group: 1, count: 1 },
        { group: 2, count: 0 },
        { group: 3, count: 0 },
        { group: 4, count: 1 },
      ],
      unchanged: 9,
      superseded: 1,
    });
    const prisoner = await leads({ householdId: ids.prisoner });
    expect(prisoner.map((l) => `${l.group}:${l.status}`).sort()).toEqual(['1:OPEN', '4:OPEN', '4:SUPERSEDED']);
    expect(prisoner.find((l) => l.group === 1)!.reasons.map((r) => r.ruleIds)).toEqual([['OUT-G1-ELIGIBLE', 'R13']]);
    const fresh = prisoner.find((l) => l.group === 4 && l.status === 'OPEN')!;
    expect(fresh.reasons.map((r) => r.ruleIds[0])).toEqual(['OUT-G4-SENTENCE-OR-REHAB', 'OUT-G4-EMERGENCY']);
  });

  it('statistics by street, group and status: exact for ADMIN, rounded and suppressed under 5 for VIEWER', async () => {
    const admins = (await admin().exec(OutreachStatisticsDocument, { districtCode: CHANGNING_DISTRICT })).data!;
    // HUAYANG group 1: 5 working poor + the elder OPEN = 6, 1 ENROLLED; SUPERSEDED is not counted.
    expect(admins.outreachStatistics).toEqual(
      [
        { streetCode: HUAYANG, group: 1, status: 'OPEN', leads: 6, suppressed: false },
        { streetCode: HUAYANG, group: 1, status: 'ENROLLED', leads: 1, suppressed: false },
        { streetCode: HUAYANG, group: 2, status: 'OPEN', leads: 1, suppressed: false },
        { streetCode: HUAYANG, group: 3, status: 'OPEN', leads: 1, suppressed: false },
        { streetCode: XINJING, group: 1, status: 'OPEN', leads: 1, suppressed: false }, // R13 after the fire
        { streetCode: XINJING, group: 4, status: 'OPEN', leads: 1, suppressed: false },
      ].sort(
        (a, b) => a.streetCode.localeCompare(b.streetCode) || a.group - b.group || a.status.localeCompare(b.status),
      ),
    );
    const viewer = (await api.as({ role: 'VIEWER' }).exec(OutreachStatisticsDocument, {})).data!;
    const cell = (street: string, group: number, status: string) =>
      viewer.outreachStatistics.find((c) => c.streetCode === street && c.group === group && c.status === status);
    expect(cell(HUAYANG, 1, 'OPEN')).toMatchObject({ leads: 5, suppressed: false }); // 6 → nearest multiple of 5
    expect(cell(HUAYANG, 1, 'ENROLLED')).toMatchObject({ leads: null, suppressed: true }); // 1 < 5
    expect(cell(XINJING, 4, 'OPEN')).toMatchObject({ leads: null, suppressed: true });
    const advisers = (await adviser().exec(OutreachStatisticsDocument, {})).data!;
    expect(advisers.outreachStatistics.every((c) => c.streetCode === HUAYANG)).toBe(true);
  });

  it('refuses other roles and scopes; bad input is named, changes nothing; no names or ID numbers logged', async () => {
    const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;
    const partner = api.as({ role: 'PARTNER', providerId: 'P-CN-MZJ' });
    const viewer = api.as({ role: 'VIEWER' });
    expect(code(await partner.exec(OutreachLeadsDocument, {}))).toBe('FORBIDDEN');
    expect(code(await viewer.exec(OutreachLeadsDocument, {}))).toBe('FORBIDDEN');
    expect(code(await partner.exec(OutreachStatisticsDocument, {}))).toBe('FORBIDDEN');
    expect(code(await sweep({ level: 'CITY' }, viewer))).toBe('FORBIDDEN');
    expect(code(await sweep({ level: 'CITY' }, partner))).toBe('FORBIDDEN');
    expect(code(await sweep({ level: 'DISTRICT', code: CHANGNING_DISTRICT }, adviser()))).toBe('FORBIDDEN');
    expect(code(await sweep({ level: 'STREET', code: XINJING }, adviser()))).toBe('FORBIDDEN');
    const before = await api.db.query(`SELECT count(*)::int AS n FROM outreach_lead`);
    const bad = async (input: { level: 'STREET' | 'DISTRICT' | 'CITY'; code?: string }) =>
      (await sweep(input)).data?.runOutreachSweep;
    expect(await bad({ level: 'STREET', code: '123' })).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.code', reason: 'INVALID_FORMAT' }],
    });
    expect(await bad({ level: 'DISTRICT', code: '999999' })).toMatchObject({
      fieldErrors: [{ field: 'input.code', reason: 'UNKNOWN_CODE' }],
    });
    expect(await bad({ level: 'CITY', code: '310105' })).toMatchObject({
      fieldErrors: [{ field: 'input.code', reason: 'NOT_ALLOWED' }],
    });
    const wrongGroup = await admin().exec(OutreachLeadsDocument, { filter: { group: 5 } as never });
    expect(code(wrongGroup)).toBe('BAD_USER_INPUT');
    expect(await api.db.query(`SELECT count(*)::int AS n FROM outreach_lead`)).toEqual(before);
    const logs = api.logs.join('\n');
    for (const secret of [...names, ...idNumbers]) expect(logs).not.toContain(secret);
  });

  it('reads a page of leads with history and households in a fixed number of statements', async () => {
    const count = async (first: number) => {
      api.queries.reset();
      const { data } = await admin().exec(OutreachLeadsDocument, { first });
      expect(data!.outreachLeads.edges).toHaveLength(first);
      return api.queries.count;
    };
    expect(await count(10)).toBe(await count(2)); // no N+1: one page, one history, one household lookup
  });

  it("a move of street carries the leads along; a lead being worked leaves the old street's adviser", async () => {
    const moved = await admin().exec(UpdateHouseholdDocument, {
      input: { id: ids.elder, expectedVersion: ids.elderVersion, streetCode: XINJING } as never,
    });
    expect(moved.data?.updateHousehold.__typename).toBe('Household');
    const elder = await leads({ householdId: ids.elder });
    expect(elder.map((l) => [l.streetCode, l.status, l.adviserId])).toEqual([
      [XINJING, 'OPEN', null],
      [XINJING, 'OPEN', null],
      [XINJING, 'OPEN', null],
    ]);
    expect(await leads({ householdId: ids.elder }, adviser())).toEqual([]); // no longer the Huayang adviser's
  });
});
