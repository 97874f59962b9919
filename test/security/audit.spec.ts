// Issue 13, failure 10: no record of who read what. Reading a full ID number or a health fact,
// exporting and every write are recorded (who, role, when, object, fields, request id) in an
// append-only table, written once per request; ADMIN lists them with filters.
import { householdInput } from '../support/factories';
import { tokenFor, useTestApi } from '../support/test-api';
import { codesOf, gql } from './support/graphql';

describe('access audit (security)', () => {
  const api = useTestApi();
  const admin = `Bearer ${tokenFor({ role: 'ADMIN', sub: 'audit-admin' })}`;
  const adviser = `Bearer ${tokenFor({ role: 'ADVISER', sub: 'audit-adviser', streets: ['310105001'] })}`;
  const LIST = `query ($filter: AccessAuditFilter, $page: PageInput) { accessAudit(filter: $filter, page: $page) {
    totalItems items { at requestId actorId actorRole action operation objectType objectId fields outcome } } }`;
  const audit = async (filter: Record<string, unknown>) =>
    (await gql(api.server, admin, LIST, { filter, page: { take: 100 } })).body.data!.accessAudit;
  let householdId: string;
  let memberIds: string[];
  let idNumbers: string[];

  beforeAll(async () => {
    const input = householdInput();
    Object.assign(input.members[0], { hasDisability: true, disabilityGrade: 2, chronicIllness: false });
    idNumbers = input.members.map((m) => m.idNumber);
    const created = await gql(
      api.server,
      admin,
      `mutation ($input: CreateHouseholdInput!) {
        createHousehold(input: $input) { ... on Household { id members { id } } }
      }`,
      { input },
    );
    householdId = created.body.data!.createHousehold.id;
    memberIds = created.body.data!.createHousehold.members.map((m: { id: string }) => m.id);
  });

  it('records who read which full ID numbers and health facts, one row per member, with the request id', async () => {
    const res = await gql(
      api.server,
      adviser,
      `query ($id: ID!) {
        household(id: $id) { members { id name idNumber idNumberMasked hasDisability chronicIllness } }
      }`,
      { id: householdId },
    );
    expect(res.body.errors).toBeUndefined();
    const { items } = await audit({ actorId: 'audit-adviser', requestId: res.headers['x-request-id'] });
    const idReads = items.filter((r: { action: string }) => r.action === 'READ_ID_NUMBER');
    expect(idReads.map((r: { objectId: string }) => r.objectId).sort()).toEqual([...memberIds].sort());
    expect(idReads[0]).toMatchObject({ actorRole: 'ADVISER', objectType: 'Member', fields: ['idNumber'] });
    // Only the first member has health facts; a null fact discloses nothing and is not recorded.
    expect(items.filter((r: { action: string }) => r.action === 'READ_HEALTH')).toEqual([
      expect.objectContaining({ objectId: memberIds[0], fields: ['hasDisability', 'chronicIllness'] }),
    ]);
  });

  it('writes the audit of a whole page in one INSERT (no N+1)', async () => {
    for (let i = 0; i < 4; i++)
      await gql(
        api.server,
        admin,
        `mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { __typename } }`,
        {
          input: householdInput(),
        },
      );
    api.queries.reset();
    const res = await gql(api.server, admin, `{ households(page: { take: 20 }) { items { members { idNumber } } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(api.queries.audits).toHaveLength(1);
    const { totalItems } = await audit({ requestId: res.headers['x-request-id'], action: 'READ_ID_NUMBER' });
    expect(totalItems).toBeGreaterThanOrEqual(10);
  });

  it('records every write with the fields sent and the outcome, never the values', async () => {
    const update = async (expectedVersion: number) =>
      gql(
        api.server,
        admin,
        `mutation ($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { __typename } }`,
        {
          input: { id: householdId, expectedVersion, address: '审计路9号' },
        },
      );
    await update(1);
    await update(1); // stale now
    const { items } = await audit({ action: 'WRITE', objectId: householdId });
    const outcomes = items.filter((r: { operation: string }) => r.operation === 'updateHousehold');
    expect(outcomes.map((r: { outcome: string }) => r.outcome).sort()).toEqual(['ConflictError', 'Household']);
    expect(outcomes[0].fields.sort()).toEqual(['input.address', 'input.expectedVersion', 'input.id']);
    const all = JSON.stringify(await api.db.query('SELECT * FROM access_audit'));
    for (const idNumber of idNumbers) expect(all).not.toContain(idNumber);
    expect(all).not.toContain('审计路9号');
  });

  it('records exports', async () => {
    const res = await gql(api.server, adviser, `{ hsdsExport }`);
    const { items } = await audit({ action: 'EXPORT', requestId: res.headers['x-request-id'] });
    expect(items).toEqual([expect.objectContaining({ operation: 'hsdsExport', actorId: 'audit-adviser' })]);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(api.db.query(`UPDATE access_audit SET actor_id = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`DELETE FROM access_audit`)).rejects.toThrow(/append-only/);
    await expect(api.db.query(`TRUNCATE access_audit`)).rejects.toThrow(/append-only/);
    expect((await api.db.query('SELECT count(*)::int AS n FROM access_audit'))[0].n).toBeGreaterThan(0);
  });

  it('is for ADMIN only', async () => {
    for (const role of ['ADVISER', 'PARTNER', 'VIEWER'] as const) {
      const token = `Bearer ${tokenFor({ role, streets: ['310105001'], providerId: 'P-X' })}`;
      expect(codesOf(await gql(api.server, token, LIST, {}))).toContain('FORBIDDEN');
    }
  });
});
