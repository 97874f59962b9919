// Role rules of the registry: deny by default, street scope for advisers, nothing for partners
// and viewers, masked ID numbers, and no ID number in the logs.
import {
  AddMemberDocument,
  ArchiveHouseholdDocument,
  CreateHouseholdDocument,
  HouseholdDocument,
  HouseholdsDocument,
  HouseholdWithIdNumbersDocument,
  RemoveMemberDocument,
  UpdateHouseholdDocument,
  UpdateMemberDocument,
  ViewerDocument,
} from '../__generated__/graphql';
import { signToken } from '../../src/auth/token';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { TEST_SECRET, useTestApi } from '../support/test-api';

describe('household access rules (e2e)', () => {
  const api = useTestApi();
  const huayangAdviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang] });
  const jiangsuAdviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.jiangsu] });
  const admin = () => api.as({ role: 'ADMIN' });
  const partner = () => api.as({ role: 'PARTNER', providerId: 'org-1' });
  const viewer = () => api.as({ role: 'VIEWER' });
  let householdId: string;
  let memberId: string;
  const headId = freshIdNumber('1948-02-02');

  beforeAll(async () => {
    const { data } = await huayangAdviser().exec(CreateHouseholdDocument, {
      input: householdInput({
        address: '权限测试路1号',
        members: [{ name: '权限甲', idNumber: headId, relation: 'HEAD' }],
      }) as never,
    });
    if (data?.createHousehold.__typename !== 'Household') throw new Error('setup failed');
    householdId = data.createHousehold.id;
    memberId = data.createHousehold.members[0].id;
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const { errors } = await api.anonymous().exec(HouseholdsDocument, {});
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a forged token', signToken({ sub: 'x', role: 'ADMIN' }, 'not-the-secret')],
    ['an expired token', signToken({ sub: 'x', role: 'ADMIN' }, TEST_SECRET, -10)],
    ['garbage', 'not.a.jwt'],
    ['an ADVISER token without streets', signToken({ sub: 'x', role: 'ADVISER' }, TEST_SECRET)],
  ])('refuses %s with UNAUTHENTICATED', async (_name, token) => {
    const { errors, status } = await api.withToken(token).exec(ViewerDocument);
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(status).toBe(401);
  });

  it('tells a caller who they are', async () => {
    const { data } = await huayangAdviser().exec(ViewerDocument);
    expect(data!.viewer).toMatchObject({ role: 'ADVISER', streetCodes: [CHANGNING.huayang], providerId: null });
  });

  describe.each([
    ['PARTNER', partner],
    ['VIEWER', viewer],
  ] as const)('%s', (_role, caller) => {
    it('never sees household lists, names or ID numbers (FORBIDDEN)', async () => {
      for (const result of [
        await caller().exec(HouseholdsDocument, {}),
        await caller().exec(HouseholdDocument, { id: householdId }),
        await caller().exec(HouseholdWithIdNumbersDocument, { id: householdId }),
      ]) {
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(JSON.stringify(result.data ?? null)).not.toContain('权限甲');
      }
    });

    it('cannot write (FORBIDDEN) and nothing changes', async () => {
      const attempts = [
        await caller().exec(CreateHouseholdDocument, { input: householdInput() as never }),
        await caller().exec(UpdateHouseholdDocument, { input: { id: householdId, address: 'hacked' } }),
        await caller().exec(ArchiveHouseholdDocument, { input: { id: householdId, reason: 'x' } }),
        await caller().exec(AddMemberDocument, {
          input: { householdId, member: { name: 'x', idNumber: freshIdNumber() } },
        }),
        await caller().exec(UpdateMemberDocument, { input: { id: memberId, name: 'x' } }),
        await caller().exec(RemoveMemberDocument, { input: { id: memberId } }),
      ];
      for (const { errors } of attempts) expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const { data } = await admin().exec(HouseholdDocument, { id: householdId });
      expect(data!.household).toMatchObject({ address: '权限测试路1号', version: 1, status: 'ACTIVE', memberCount: 1 });
    });
  });

  describe('an ADVISER of another street', () => {
    it('gets NOT_FOUND for the household, exactly as for one that does not exist', async () => {
      const theirs = await jiangsuAdviser().exec(HouseholdDocument, { id: householdId });
      const none = await jiangsuAdviser().exec(HouseholdDocument, { id: '00000000-0000-4000-8000-000000000000' });
      expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(theirs.errors?.[0].extensions).toEqual(none.errors?.[0].extensions);
      expect(theirs.data?.household).toBeNull();
      // The request log and the metrics count what the client was sent: NOT_FOUND, not an internal error.
      const line = api.logs.filter((l) => l.includes('"msg":"graphql"')).at(-1)!;
      expect(JSON.parse(line).errorCodes).toEqual(['NOT_FOUND']);
    });

    it('does not see it in lists', async () => {
      const { data } = await jiangsuAdviser().exec(HouseholdsDocument, { filter: { text: '权限测试路' } });
      expect(data!.households).toEqual({ totalItems: 0, totalItemsKind: 'EXACT', items: [] });
    });

    it('cannot change it or its members (NotFoundError) and nothing changes', async () => {
      const update = await jiangsuAdviser().exec(UpdateHouseholdDocument, { input: { id: householdId, address: 'x' } });
      expect(update.data!.updateHousehold).toMatchObject({ __typename: 'NotFoundError' });
      const archive = await jiangsuAdviser().exec(ArchiveHouseholdDocument, {
        input: { id: householdId, reason: 'x' },
      });
      expect(archive.data!.archiveHousehold).toMatchObject({ __typename: 'NotFoundError' });
      const add = await jiangsuAdviser().exec(AddMemberDocument, {
        input: { householdId, member: { name: 'x', idNumber: freshIdNumber() } },
      });
      expect(add.data!.addMember).toMatchObject({ __typename: 'NotFoundError' });
      const edit = await jiangsuAdviser().exec(UpdateMemberDocument, { input: { id: memberId, name: 'x' } });
      expect(edit.data!.updateMember).toMatchObject({ __typename: 'NotFoundError' });
      const remove = await jiangsuAdviser().exec(RemoveMemberDocument, { input: { id: memberId } });
      expect(remove.data!.removeMember).toMatchObject({ __typename: 'NotFoundError' });
      const { data } = await admin().exec(HouseholdDocument, { id: householdId });
      expect(data!.household).toMatchObject({ address: '权限测试路1号', version: 1, memberCount: 1 });
    });

    it('cannot register a household in a street that is not theirs (FORBIDDEN)', async () => {
      const { errors } = await jiangsuAdviser().exec(CreateHouseholdDocument, {
        input: householdInput({ streetCode: CHANGNING.huayang }) as never,
      });
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('cannot move a household into their street from outside, nor out of it into another', async () => {
      const { errors } = await huayangAdviser().exec(UpdateHouseholdDocument, {
        input: { id: householdId, streetCode: CHANGNING.jiangsu },
      });
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('lets ADMIN see and change households in every street', async () => {
    const list = await admin().exec(HouseholdsDocument, { filter: { text: '权限测试路' } });
    expect(list.data!.households.totalItems).toBe(1);
    const { data } = await admin().exec(HouseholdWithIdNumbersDocument, { id: householdId });
    expect(data!.household!.members[0]).toEqual({
      id: memberId,
      idNumber: headId,
      idNumberMasked: `${headId.slice(0, 4)}**********${headId.slice(-4)}`,
    });
  });

  it('shows ID numbers masked by default', async () => {
    const { data } = await huayangAdviser().exec(HouseholdDocument, { id: householdId });
    expect(data!.household!.members[0].idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(JSON.stringify(data)).not.toContain(headId);
  });

  it('never writes an ID number to the logs, even from rejected input', async () => {
    await huayangAdviser().exec(CreateHouseholdDocument, {
      input: householdInput({ members: [{ name: '日志', idNumber: '310105195003011234' }] }) as never,
    });
    const logs = api.logs.join('\n');
    expect(logs).toContain('"operation":"CreateHousehold"');
    expect(logs).not.toContain(headId);
    expect(logs).not.toContain('310105195003011234');
  });

  it('sends no stack traces outside development', async () => {
    const { errors } = await api.anonymous().exec(HouseholdsDocument, {});
    expect(errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});
