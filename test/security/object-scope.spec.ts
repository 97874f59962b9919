// Issue 13, failure 3: authorization by path, not by object. After a household moved street, its
// old street's adviser still read it, full ID numbers included, through
// referral(id) { household { members { name idNumber } } }; the referral kept the old street_code
// and the new street's adviser could not see it. Now the move updates the copy in the same
// transaction, and every object carrying household data is checked on itself (object-scope.ts).
import { execute, parse } from 'graphql';
import { contextFactory } from '../../src/graphql/context';
import { buildAppSchema } from '../../src/graphql/schema';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { tokenFor, useTestApi } from '../support/test-api';
import { codesOf, gql } from './support/graphql';

describe('object-level authorization (security)', () => {
  const api = useTestApi();
  const bearer = (claims: Parameters<typeof tokenFor>[0]) => `Bearer ${tokenFor(claims)}`;
  const admin = bearer({ role: 'ADMIN' });
  const huayang = bearer({ role: 'ADVISER', streets: [CHANGNING.huayang] });
  // Four eyes (policy/four-eyes.ts): the street office's SUPERVISOR approves what the adviser drafted.
  const huayangSupervisor = bearer({ role: 'SUPERVISOR', streets: [CHANGNING.huayang] });
  const jiangsu = bearer({ role: 'ADVISER', streets: [CHANGNING.jiangsu] });
  const idNumber = freshIdNumber('1941-03-03');
  const READ = `query ($id: ID!) { referral(id: $id) { id streetCode household { id members { name idNumber } } } }`;
  let householdId: string;
  let referralId: string;

  beforeAll(async () => {
    const input = householdInput({
      address: '搬迁测试路1号',
      consents: { charityReferral: true, charityReferralDate: '2026-01-05' },
      housing: { floor: 5, hasElevator: false, tenure: 'PUBLIC_RENTAL', livingAreaSqm: 18, falls12m: 1 },
      observations: { familyStructure: 'LIVING_ALONE', kinSupport: 'NONE' },
      members: [
        { name: '搬迁甲', idNumber, relation: 'HEAD', hukou: 'LOCAL', careNeedsGrade: 5, mobilityImpaired: true },
      ],
    });
    const created = await gql(
      api.server,
      huayang,
      `mutation ($input: CreateHouseholdInput!) {
        createHousehold(input: $input) { __typename ... on Household { id } }
      }`,
      { input },
    );
    householdId = created.body.data!.createHousehold.id;
    await gql(api.server, huayang, `mutation ($id: ID!) { assessHousehold(householdId: $id) { __typename } }`, {
      id: householdId,
    });
    const plan = await gql(
      api.server,
      huayang,
      `mutation ($id: ID!) { generatePlan(householdId: $id) { __typename ... on Plan { id } } }`,
      { id: householdId },
    );
    const approved = await gql(
      api.server,
      huayangSupervisor,
      `mutation ($id: ID!) { approvePlan(planId: $id) { __typename ... on Plan { referrals { id } } } }`,
      { id: plan.body.data!.generatePlan.id },
    );
    referralId = approved.body.data!.approvePlan.referrals[0].id;
  });

  it('moves the referrals with the household: the new street reads them, the old street reads nothing', async () => {
    expect((await gql(api.server, huayang, READ, { id: referralId })).body.data!.referral.household.id).toBe(
      householdId,
    );
    const moved = await gql(
      api.server,
      admin,
      `mutation ($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { __typename } }`,
      { input: { id: householdId, streetCode: CHANGNING.jiangsu } },
    );
    expect(moved.body.data!.updateHousehold.__typename).toBe('Household');

    const oldStreet = await gql(api.server, huayang, READ, { id: referralId });
    expect(oldStreet.body.data?.referral ?? null).toBeNull();
    expect(codesOf(oldStreet)).toContain('NOT_FOUND');
    expect(JSON.stringify(oldStreet.body)).not.toContain(idNumber);

    const newStreet = await gql(api.server, jiangsu, READ, { id: referralId });
    expect(newStreet.body.errors).toBeUndefined();
    expect(newStreet.body.data!.referral).toMatchObject({
      streetCode: CHANGNING.jiangsu,
      household: { id: householdId, members: [{ idNumber }] },
    });
    const listed = await gql(api.server, jiangsu, `{ referrals { items { id } } }`);
    expect(listed.body.data!.referrals.items.map((r: { id: string }) => r.id)).toContain(referralId);
  });

  it('checks the household on the object, not the copy: a stale street code on a referral opens nothing', async () => {
    // A copy left behind (by a path that forgot to update it) must not be a way in.
    await api.db.query('UPDATE referral SET street_code = $1 WHERE id = $2', [CHANGNING.huayang, referralId]);
    const stale = await gql(api.server, huayang, READ, { id: referralId });
    expect(stale.body.data?.referral ?? null).toBeNull();
    expect(JSON.stringify(stale.body)).not.toContain(idNumber);
    const viaList = await gql(api.server, huayang, `{ referrals { items { id household { members { idNumber } } } } }`);
    expect(JSON.stringify(viaList.body)).not.toContain(idNumber);
    await api.db.query('UPDATE referral SET street_code = $1 WHERE id = $2', [CHANGNING.jiangsu, referralId]);
  });

  it('refuses every household-bearing object to a VIEWER and to a PARTNER outside its referrals', async () => {
    for (const token of [bearer({ role: 'VIEWER' }), bearer({ role: 'PARTNER', providerId: 'P-NOT-OURS' })]) {
      const res = await gql(api.server, token, READ, { id: referralId });
      expect(res.body.data?.referral ?? null).toBeNull();
      expect(JSON.stringify(res.body)).not.toContain(idNumber);
    }
  });

  it('refuses a plain field of an object whose verdict is already known (field-pipeline.ts)', async () => {
    // The household after the move (first test) is in 江苏路; a 华阳路 adviser reads it twice in one request:
    // the first read decides (a lookup), the second finds the verdict known and must refuse on its own.
    const schema = await buildAppSchema(api.db, { clock: api.clock });
    const context = contextFactory(api.db, api.clock);
    const run = async (streets: string[]) => {
      const viewer = { id: 'test-adviser', role: 'ADVISER', streetCodes: streets, providerId: null };
      const ctx = await context({ req: Object.assign(Object.create(null), { id: 'scope-test', viewer }) });
      const household = (await ctx.loaders.householdById.load(householdId))!;
      const field = (schema.getType('Household') as import('graphql').GraphQLObjectType).getFields().neighbourhood;
      const info = { fieldName: 'neighbourhood' } as never;
      const first = field.resolve!(household, {}, ctx, info);
      const firstOutcome = await Promise.resolve(first).then(
        (v) => ({ value: v }),
        (e: Error) => ({ error: e.message }),
      );
      let second: unknown;
      try {
        second = { value: field.resolve!(household, {}, ctx, info) };
      } catch (e) {
        second = { error: (e as Error).message };
      }
      return [firstOutcome, second];
    };
    const refused = { error: 'This Household is not visible to you' };
    expect(await run([CHANGNING.huayang])).toEqual([refused, refused]);
    const [allowed, again] = await run([CHANGNING.jiangsu]);
    expect(allowed).toEqual(again);
    expect(allowed).toHaveProperty('value');
    // And through execute: the same object under two aliases, every field refused.
    const viewer = { id: 'test-adviser', role: 'ADVISER', streetCodes: [CHANGNING.huayang], providerId: null };
    const result = await execute({
      schema,
      document: parse(`query ($id: ID!) { a: household(id: $id) { neighbourhood } b: household(id: $id) { address } }`),
      variableValues: { id: householdId },
      contextValue: await context({ req: Object.assign(Object.create(null), { id: 'scope-test-2', viewer }) }),
    });
    expect(JSON.stringify(result.data ?? {})).not.toMatch(/搬迁测试路/);
  });
});
