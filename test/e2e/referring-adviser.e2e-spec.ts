// Issue 16 "Partners kept in the loop": a referral shows the referring adviser's name and work
// phone from the roster, to the provider that receives it and to advisers and ADMIN who see it, in
// one batched roster read for a whole page of referrals (no N+1).
import {
  CreateAdviserDocument,
  ReferralAdviserByIdDocument,
  ReferralsWithAdviserDocument,
} from '../__generated__/graphql';
import { CHANGNING } from '../support/factories';
import { insertReferral, insertResource, TEST_PROVIDER } from '../support/referrals';
import { useTestApi } from '../support/test-api';

describe('referring adviser on a referral (e2e)', () => {
  const api = useTestApi();
  const advisers: Array<{ id: string; name: string; phone: string }> = [];
  let resourceId: string;
  let byAdmin: string;
  const partner = () => api.as({ role: 'PARTNER', providerId: TEST_PROVIDER });

  beforeAll(async () => {
    for (const [name, phone] of [
      ['转介顾问甲', '021-6222 0001'],
      ['转介顾问乙', '021-6222 0002'],
    ]) {
      const { data } = await api.as({ role: 'ADMIN' }).exec(CreateAdviserDocument, {
        input: { name, phone, streetCode: CHANGNING.huayang, roleType: 'SOCIAL_WORKER', caseloadMax: 40 },
      });
      if (data?.createAdviser.__typename !== 'Adviser') throw new Error(JSON.stringify(data));
      advisers.push({ id: data.createAdviser.id, name, phone });
    }
    resourceId = await insertResource(api.db, 'R-RA-1');
    // Eight referrals alternating between the two advisers, and one issued by an ADMIN (not on the roster).
    for (let i = 0; i < 8; i++) await insertReferral(api.db, { resourceId, issuedBy: advisers[i % 2].id });
    byAdmin = await insertReferral(api.db, { resourceId, issuedBy: 'test-admin' });
  }, 60_000);

  it('the receiving partner sees the adviser who issued each referral, by name and work phone', async () => {
    const { data, errors } = await partner().exec(ReferralsWithAdviserDocument, { page: { skip: 0, take: 20 } });
    expect(errors).toBeUndefined();
    const items = data!.referrals.items;
    expect(items).toHaveLength(9);
    for (const item of items) {
      const adviser = advisers.find((a) => a.id === item.issuedBy);
      expect(item.referringAdviser).toEqual(
        adviser ? { id: adviser.id, name: adviser.name, phone: adviser.phone, streetCode: CHANGNING.huayang } : null,
      );
    }
  });

  it('is null for a referral an ADMIN issued (no roster entry), for the adviser of the street as well', async () => {
    const adviser = api.as({ role: 'ADVISER', sub: advisers[0].id, streets: [CHANGNING.huayang] });
    const { data, errors } = await adviser.exec(ReferralAdviserByIdDocument, { id: byAdmin });
    expect(errors).toBeUndefined();
    expect(data!.referral.referringAdviser).toBeNull();
  });

  it('another organisation sees neither the referral nor its adviser', async () => {
    const { data } = await api
      .as({ role: 'PARTNER', providerId: 'P-CN-MZJ' })
      .exec(ReferralsWithAdviserDocument, { page: { skip: 0, take: 20 } });
    expect(data!.referrals.items).toEqual([]);
  });

  async function statementsFor(take: number) {
    api.queries.reset();
    const { data, errors } = await api.as({ role: 'ADMIN' }).exec(ReferralsWithAdviserDocument, {
      filter: { providerId: TEST_PROVIDER },
      page: { skip: 0, take },
    });
    expect(errors).toBeUndefined();
    expect(data!.referrals.items).toHaveLength(take);
    expect(data!.referrals.items.filter((r) => r.referringAdviser).length).toBeGreaterThan(0);
    return api.queries.count;
  }

  it('a page of 2 and a page of 9 referrals cost the same number of statements (one roster read)', async () => {
    const two = await statementsFor(2);
    const nine = await statementsFor(9);
    // page + count, and one batched roster read for all advisers on the page
    expect(nine).toBe(two);
    expect(api.queries.statements.filter((s) => /FROM "adviser"/.test(s))).toHaveLength(1);
  });
});
