// Scarce places over real HTTP (issue 15 §2): one QUOTA resource with 2 places a YEAR and four
// households claiming it through their plans. Priorities by CATALOGUE.md matching guidance step 4 and
// the weights of policy/allocation-priority.ts (level 30,000 / 20,000 / 10,000, EMERGENCY +5,000, +1
// per day waited, +1 per place), derived by hand below; the period rolls over with the injected clock.
import { randomUUID } from 'node:crypto';
import { AcceptReferralDocument, AllocateDocument, ResourceQuotaPeriodsDocument } from '../__generated__/graphql';
import { CHANGNING } from '../support/factories';
import { TEST_PROVIDER } from '../support/referrals';
import { useTestApi } from '../support/test-api';

describe('allocate (e2e)', () => {
  const api = useTestApi();
  const admin = api.as({ role: 'ADMIN' });
  const partner = api.as({ role: 'PARTNER', providerId: TEST_PROVIDER });
  const resourceId = randomUUID();
  const ids: Record<string, { household: string; referral: string }> = {};

  /** A household with an assessment, one open need opened on `since`, a current plan item and a PENDING referral. */
  async function claimant(key: string, street: string, level: string, urgency: string, since: string) {
    const q = (sql: string, params: unknown[]) => api.db.query(sql, params);
    const [h] = await q(
      `INSERT INTO household (street_code, address, consents_charity_referral, version) VALUES ($1, $2, true, 1) RETURNING id`,
      [street, `名额分配${key}号`],
    );
    await q(
      `INSERT INTO assessment (household_id, model_id, as_of, facts, facts_hash, profile, composite, level, assessed_by)
       VALUES ($1, 'sh-2024.1', '2026-11-01', '{}', 'x', '{}', 30, $2, 'test')`,
      [h.id, level],
    );
    const [n] = await q(
      `INSERT INTO need (household_id, code, status, source, urgency, opened_at)
       VALUES ($1, 'N07', 'OPEN', 'VISIT', $2, $3::timestamptz) RETURNING id`,
      [h.id, urgency, `${since}T10:00:00+08:00`],
    );
    const [p] = await q(
      `INSERT INTO plan (household_id, version, status, catalogue_state, generated_by) VALUES ($1, 1, 'APPROVED', '[]', 'test') RETURNING id`,
      [h.id],
    );
    const [item] = await q(
      `INSERT INTO plan_item (plan_id, position, kind, source, need_id, need_code, need_ids, need_codes, resource_id,
        resource_code, tier, eligibility_result, expected_benefit, added_by)
       VALUES ($1, 1, 'REFERRAL', 'PLANNER', $2, 'N07', ARRAY[$2::uuid], '{N07}', $3, 'R-ALLOC', 'CHARITY_COMMUNITY',
        'ELIGIBLE', '{"zh":"上门探访","en":"home visits"}', 'test') RETURNING id`,
      [p.id, n.id, resourceId],
    );
    const [r] = await q(
      `INSERT INTO referral (plan_id, plan_item_id, household_id, street_code, need_id, need_code, need_ids, need_codes,
        urgency, resource_id, provider_id, status, issued_by, answer_due_at)
       VALUES ($1, $2, $3, $4, $5, 'N07', ARRAY[$5::uuid], '{N07}', $6, $7, $8, 'PENDING', 'test', now() + interval '10 days')
       RETURNING id`,
      [p.id, item.id, h.id, street, n.id, urgency, resourceId, TEST_PROVIDER],
    );
    ids[key] = { household: h.id, referral: r.id };
  }

  beforeAll(async () => {
    api.clock.set('2026-12-10');
    await api.db.query(
      `INSERT INTO resource (id, code, provider_id, name_zh, name_en, form, need_codes, eligibility, benefit, capacity_kind,
        quota, period, remaining, geo_scope, status, version)
       VALUES ($1, 'R-ALLOC', $2, '两个名额', 'Two places', 'SERVICE', '{N07}', '{"fact":"household.memberCount","op":"gte","value":1}',
        '{}', 'QUOTA', 2, 'YEAR', 2, '{"level":"CITY","codes":[]}', 'PUBLISHED', 1)`,
      [resourceId, TEST_PROVIDER],
    );
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

  it('ADVISER sees its streets by id and address, others by street and priority only; VIEWER only counts, small cells hidden', async () => {
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
