// Issue 13, failure 6: small cells recoverable. needStatistics() minus needStatistics(districtCode)
// recovered a suppressed cell exactly (398 − 395 = 3); adviserWorkStatistics showed VIEWER counts
// of 1. A VIEWER now gets counts rounded to base 5 and nothing under 5 (common/small-cells.ts), so
// every count it sees, and every sum or difference of them, is a multiple of 5.
// Generic: every query a VIEWER may call whose cells have a `suppressed` flag, with every filter
// it takes; a count is a nullable Int field described "null when suppressed".
import { getNamedType, isObjectType } from 'graphql';
import { CHANGNING, householdInput, XUHUI_STREET } from '../support/factories';
import { tokenFor, useTestApi } from '../support/test-api';
import { gql } from './support/graphql';
import { rootFields, selectionFor } from './support/schema';

const statisticQueries = rootFields('query').filter((field) => {
  const type = getNamedType(field.type);
  return isObjectType(type) && 'suppressed' in type.getFields();
});

const countFields = (typeName: string) => {
  const type = getNamedType(statisticQueries.find((q) => getNamedType(q.type).name === typeName)!.type);
  return Object.values((type as import('graphql').GraphQLObjectType).getFields())
    .filter((f) => f.type.toString() === 'Int' && /null when suppressed/.test(f.description ?? ''))
    .map((f) => f.name);
};

// Every filter combination a VIEWER can send to a statistic: none, each district, each street, periods.
const ARGUMENT_VALUES: Record<string, unknown[]> = {
  districtCode: ['310105', '310104'],
  streetCode: [CHANGNING.huayang, XUHUI_STREET],
  from: ['2020-01-01', '2026-01-01'],
  to: ['2100-12-31'],
  needCode: ['N07'],
  code: ['310104'],
};
/** Values of required arguments (sharedUnmetNeeds' area), sent with every set. */
const REQUIRED_VALUES: Record<string, unknown> = { level: 'DISTRICT', code: '310105' };

function argumentSets(field: (typeof statisticQueries)[number]): Array<Record<string, unknown>> {
  const base = Object.fromEntries(
    field.args
      .filter((a) => a.name in REQUIRED_VALUES && a.type.toString().endsWith('!'))
      .map((a) => [a.name, REQUIRED_VALUES[a.name]]),
  );
  const sets: Array<Record<string, unknown>> = [base];
  for (const arg of field.args)
    for (const value of ARGUMENT_VALUES[arg.name] ?? []) sets.push({ ...base, [arg.name]: value });
  return sets;
}

describe('small cells survive differencing (security)', () => {
  const api = useTestApi();
  const admin = `Bearer ${tokenFor({ role: 'ADMIN' })}`;
  const viewer = `Bearer ${tokenFor({ role: 'VIEWER' })}`;

  async function householdWithNeed(streetCode: string) {
    const created = await gql(
      api.server,
      admin,
      `mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { ... on Household { id } } }`,
      { input: householdInput({ streetCode }) },
    );
    const id = created.body.data!.createHousehold.id as string;
    await gql(api.server, admin, `mutation ($input: AddNeedInput!) { addNeed(input: $input) { __typename } }`, {
      input: { householdId: id, code: 'N07', source: 'SELF_REPORT', note: '小格测试' },
    });
    return id;
  }

  beforeAll(async () => {
    // 6 households with need N07 in Changning, 3 in Xuhui: city 9, Changning 6, difference 3.
    const changning = [];
    for (let i = 0; i < 6; i++) changning.push(await householdWithNeed(CHANGNING.huayang));
    for (let i = 0; i < 3; i++) await householdWithNeed(XUHUI_STREET);
    // An adviser responsible for the 6, with one home visit: a caseload of 6, one visit.
    const adviser = await gql(
      api.server,
      admin,
      `mutation ($input: CreateAdviserInput!) { createAdviser(input: $input) { ... on Adviser { id } } }`,
      { input: { name: '小格顾问', streetCode: CHANGNING.huayang, roleType: 'SOCIAL_WORKER', caseloadMax: 50 } },
    );
    const adviserId = adviser.body.data!.createAdviser.id;
    for (const householdId of changning)
      await gql(
        api.server,
        admin,
        `mutation ($input: AssignAdviserInput!) { assignAdviser(input: $input) { __typename } }`,
        {
          input: { adviserId, householdId },
        },
      );
    const visit = await gql(
      api.server,
      admin,
      `mutation ($input: RecordServiceInput!) { recordService(input: $input) { __typename } }`,
      {
        input: {
          householdId: changning[0],
          adviserId,
          serviceCode: 'ADV-VISIT',
          mode: 'HOME_VISIT',
          occurredAt: api.clock.now().toISOString(),
          findings: '上门走访',
        },
      },
    );
    expect(visit.body.data?.recordService.__typename).toBe('ServiceRecord');
  });

  it('finds the VIEWER statistics in the schema', () => {
    expect(statisticQueries.map((q) => q.name)).toEqual(
      expect.arrayContaining([
        'needStatistics',
        'hardshipStatistics',
        'referralStatistics',
        'adviserWorkStatistics',
        'sharedUnmetNeeds',
      ]),
    );
  });

  it('the attack data is there: ADMIN sees city − district = 3 for N07', async () => {
    const q = `query ($d: String) { needStatistics(districtCode: $d) { code status households } }`;
    const n07 = async (d?: string) =>
      (await gql(api.server, admin, q, { d })).body.data!.needStatistics.find(
        (c: { code: string; status: string }) => c.code === 'N07' && c.status === 'OPEN',
      ).households;
    expect((await n07()) - (await n07('310105'))).toBe(3);
  });

  it.each(statisticQueries.map((q) => [q.name, q] as const))(
    '%s: every VIEWER count, under every filter, is withheld or a multiple of 5 of at least 5',
    async (_name, field) => {
      const type = getNamedType(field.type);
      const counts = countFields(type.name);
      expect(counts.length).toBeGreaterThan(0);
      for (const args of argumentSets(field)) {
        const decl = field.args
          .filter((a) => a.name in args)
          .map((a) => `$${a.name}: ${a.type}`)
          .join(', ');
        const call = field.args
          .filter((a) => a.name in args)
          .map((a) => `${a.name}: $${a.name}`)
          .join(', ');
        const variables = decl ? `(${decl})` : '';
        const query = `query${variables} { ${field.name}${call ? `(${call})` : ''} ${selectionFor(type, 0)} }`;
        const res = await gql(api.server, viewer, query, args);
        expect(res.body.errors).toBeUndefined();
        for (const cell of res.body.data![field.name] as Array<Record<string, number | null>>)
          for (const name of counts) {
            const value = cell[name];
            if (value !== null)
              expect({ name, args, value, ok: value >= 5 && value % 5 === 0 }).toMatchObject({ ok: true });
          }
      }
    },
  );

  it('differencing the city and a district gives no count from 1 to 4', async () => {
    const q = `query ($d: String) { needStatistics(districtCode: $d) { code status households needs } }`;
    const cells = async (d?: string) =>
      new Map(
        (await gql(api.server, viewer, q, { d })).body.data!.needStatistics.map(
          (c: { code: string; status: string; households: number | null }) => [`${c.code}/${c.status}`, c.households],
        ),
      );
    const [city, changning] = [await cells(), await cells('310105')];
    for (const [key, total] of city) {
      const part = changning.get(key);
      if (typeof total === 'number' && typeof part === 'number') expect([1, 2, 3, 4]).not.toContain(total - part);
    }
    expect(city.get('N07/OPEN')).toBe(10); // 9 rounded to base 5
    expect(changning.get('N07/OPEN')).toBe(5); // 6 rounded to base 5
  });

  it("shows a VIEWER no adviser's visit count of 1", async () => {
    const res = await gql(
      api.server,
      viewer,
      `{
        adviserWorkStatistics(streetCode: "${CHANGNING.huayang}") { caseload visitsDone householdsVisited suppressed }
      }`,
    );
    const rows = res.body.data!.adviserWorkStatistics;
    expect(rows).toContainEqual({ caseload: 5, visitsDone: null, householdsVisited: null, suppressed: false });
  });
});
