// Scarce places over real HTTP (issue 15 §2): one QUOTA resource with 2 places a YEAR and four
// households claiming it through their plans. Priorities by CATALOGUE.md matching guidance step 4 and
// the weights of policy/allocation-priority.ts (level 30,000 / 20,000 / 10,000, EMERGENCY +5,000, +1
// per day waited, +1 per place), derived by hand below; the period rolls over with the injected clock.
import { AcceptReferralDocument, AllocateDocument, ResourceQuotaPeriodsDocument } from '../__generated__/graphql';
import { CHANGNING } from '../support/factories';
import { insertClaimant, insertQuotaResource } from '../support/allocation';
import { TEST_PROVIDER } from '../support/referrals';
import { useTestApi } from '../support/test-api';

describe('allocate (e2e)', () => {
  const api = useTestApi();
  const admin = api.as({ role: 'ADMIN' });
  const partner = api.as({ role: 'PARTNER', providerId: TEST_PROVIDER });
  let resourceId = '';
  const ids: Record<string, { household: string; referral: string }> = {};

  async function claimant(key: string, street: string, level: string, urgency: string, since: string) {
    const c = { resourceIds: [resourceId], street, address: `名额分配${key}号`, level, urgency, since };
    const { household, referral } = await insertClaimant(api.db, c, true);
    ids[key] = { household, referral: referral! };
  }

  beforeAll(async () => {
    api.clock.set('2026-12-10');
    resourceId = await insertQuotaResource(api.db, 'R-ALLOC', { quota: 2, period: 'YEAR' });
    await claimant('A', CHANGNING.huayang, 'HIGH', 'ORDINARY', '2026-12-01'); // 30,000 + 9 days + 1 = 30,010
    await claimant('B', CHANGNING.huayang, 'MODERATE', 'EMERGENCY', '2026-11-30'); // 20,000 + 5,000 + 10 + 1 = 25,011
    await claimant('C', CHANGNING.xinjing, 'MODERATE', 'ORDINARY', '2025-12-10'); // 20,000 + 365 + 1 = 20,366
    await claimant('D', CHANGNING.huayang, 'LOW', 'ORDINARY', '2024-12-10'); // 10,000 + 730 + 1 = 10,731
  });

  it('ADMIN: the 2 places go by level, then urgency, then waiting time; the rest wait in that order', async () => {
    const res = await admin.exec(AllocateDocument, { resourceIds: [resourceId] });
    expect(res.errors).toBeUndefined();
    const a = res.data!.allocate;
    expect(a).toMatchObject({ on: '2026-12-10', method: 'SORT', objective: 30_010 + 25_011 });
    const [r] = a.resources;
    expect(r).toMatchObject({ resourceCode: 'R-ALLOC', periodKey: '2026', periodStartsOn: '2026-01-01' });
    expect(r).toMatchObject({ periodEndsOn: '2026-12-31', places: 2, placedCount: 2, queueLength: 2 });
    expect(r.placed.map((p) => [p.householdId, p.priority, p.position, p.reason])).toEqual([
      [ids.A.household, 30_010, null, null],
      [ids.B.household, 25_011, null, null],
    ]);
    // C (中, a year waited) before D (低, two years waited): level first (CATALOGUE step 4).
    expect(r.queue).toEqual([
      expect.objectContaining({ householdId: ids.C.household, priority: 20_366, position: 1, reason: 'PLACES_FILLED' }),
      expect.objectContaining({ householdId: ids.D.household, priority: 10_731, position: 2, reason: 'PLACES_FILLED' }),
    ]);
    expect(r.queue[0]).toMatchObject({
      level: 'MODERATE',
      urgency: 'ORDINARY',
      waitingSince: '2025-12-10',
      waitingDays: 365,
    });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM quota_period WHERE resource_id = $1`, [
      resourceId,
    ]);
    expect(n).toBe(0); // a proposal writes nothing
  });

  it('ADVISER sees its streets by id and address, the others by street and priority; VIEWER counts only', async () => {
    const adviser = api.as({ role: 'ADVISER', streets: [CHANGNING.huayang] });
    api.queries.reset();
    const asked = await adviser.exec(AllocateDocument, { resourceIds: [resourceId] });
    // 3 statements: resources, claims, one batched household read for the object-scope check of the claims.
    expect(api.queries.count).toBe(3);
    expect(asked.errors).toBeUndefined();
    const mine = asked.data!.allocate.resources[0];
    expect(mine.queue[0]).toMatchObject({
      householdId: null,
      address: null,
      streetCode: CHANGNING.xinjing,
      position: 1,
    });
    expect(mine.queue[1]).toMatchObject({ householdId: ids.D.household, address: '名额分配D号' });
    const viewer = (await api.as({ role: 'VIEWER' }).exec(AllocateDocument, { resourceIds: [resourceId] })).data!;
    expect(viewer.allocate.objective).toBeNull(); // a sum of households' priorities
    expect(viewer.allocate.resources[0]).toMatchObject({ placed: [], queue: [], placedCount: null, queueLength: null });
    const forbidden = await partner.exec(AllocateDocument, { resourceIds: [resourceId] });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('bad input: every problem named by field and reason, never an internal error', async () => {
    const [entitlement] = await api.db.query(`SELECT id FROM resource WHERE code = 'R01'`);
    const res = await admin.exec(AllocateDocument, {
      resourceIds: [entitlement.id, 'not-a-uuid', resourceId, resourceId],
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'resourceIds.0', reason: 'NOT_A_QUOTA' }),
      expect.objectContaining({ field: 'resourceIds.1', reason: 'NOT_FOUND' }),
      expect.objectContaining({ field: 'resourceIds.3', reason: 'DUPLICATE' }),
    ]);
    const empty = await admin.exec(AllocateDocument, { resourceIds: [] });
    expect(empty.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ reason: 'REQUIRED' })]);
    const ended = await admin.exec(AllocateDocument, { resourceIds: [resourceId], on: '2025-06-01' });
    expect(ended.errors?.[0].extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'on', reason: 'PERIOD_ENDED' }),
    ]);
  });

  it('places taken are counted in the period; the next period reopens them, with history', async () => {
    for (const key of ['A', 'B']) {
      const res = await partner.exec(AcceptReferralDocument, { input: { id: ids[key].referral } });
      expect(res.data!.acceptReferral.__typename).toBe('Referral');
    }
    const full = await partner.exec(AcceptReferralDocument, { input: { id: ids.C.referral } });
    expect(full.data!.acceptReferral).toMatchObject({
      __typename: 'ResourceAtCapacityError',
      reason: 'NO_PLACES_LEFT',
    });
    // 2026: no place left; A and B hold theirs and are no longer claimants; C and D wait.
    const now = (await admin.exec(AllocateDocument, { resourceIds: [resourceId] })).data!.allocate.resources[0];
    expect(now).toMatchObject({ places: 0, placed: [] });
    expect(now.queue.map((q) => [q.householdId, q.position, q.reason])).toEqual([
      [ids.C.household, 1, 'NO_PLACES'],
      [ids.D.household, 2, 'NO_PLACES'],
    ]);
    // Asked ahead in 2026 for 2027, the quota is whole; on 2 January 2027 the places have reopened.
    const ahead = (await admin.exec(AllocateDocument, { resourceIds: [resourceId], on: '2027-03-01' })).data!;
    expect(ahead.allocate.resources[0]).toMatchObject({ periodKey: '2027', places: 2 });
    api.clock.set('2027-01-02');
    // Nothing taken in 2027 yet: the stored count still says 0 (of 2026), the period's places are whole.
    const reopened = (await admin.exec(ResourceQuotaPeriodsDocument, { id: resourceId })).data!.resource;
    expect(reopened).toMatchObject({ remaining: 0, currentPeriod: '2027', placesLeft: 2 });
    const next = (await admin.exec(AllocateDocument, { resourceIds: [resourceId] })).data!.allocate.resources[0];
    expect(next).toMatchObject({ periodKey: '2027', places: 2, queue: [] });
    expect(next.placed.map((p) => p.householdId)).toEqual([ids.C.household, ids.D.household]);
    const accepted = await partner.exec(AcceptReferralDocument, { input: { id: ids.C.referral } });
    expect(accepted.data!.acceptReferral.__typename).toBe('Referral');
    const history = await api.db.query(
      `SELECT period_key AS key, places, taken FROM quota_period WHERE resource_id = $1 ORDER BY period_key`,
      [resourceId],
    );
    expect(history).toEqual([
      { key: '2026', places: 2, taken: 2 },
      { key: '2027', places: 2, taken: 1 },
    ]);
    const [row] = await api.db.query(`SELECT remaining, remaining_period FROM resource WHERE id = $1`, [resourceId]);
    expect(row).toEqual({ remaining: 1, remaining_period: '2027' });
    const read = (await admin.exec(ResourceQuotaPeriodsDocument, { id: resourceId })).data!.resource;
    expect(read).toMatchObject({ remaining: 1, placesLeft: 1 });
    expect(read!.quotaPeriods).toEqual([
      { periodKey: '2026', startsOn: '2026-01-01', endsOn: '2026-12-31', places: 2, taken: 2 },
      { periodKey: '2027', startsOn: '2027-01-01', endsOn: '2027-12-31', places: 2, taken: 1 },
    ]);
    const [ref] = await api.db.query(`SELECT place_period FROM referral WHERE id = $1`, [ids.C.referral]);
    expect(ref.place_period).toBe('2027');
  });
});
