// Capacity never overbooks: 100 providers' acceptances race over real HTTP for a resource with 10
// places. Exactly 10 are accepted; the other 90 get ResourceAtCapacityError naming the resource.
// On PostgreSQL the requests really run concurrently; on PGlite (one connection) they queue.
import { randomUUID } from 'node:crypto';
import { AcceptReferralDocument } from '../__generated__/graphql';
import { CHANGNING } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('referral capacity (e2e)', () => {
  const api = useTestApi();

  it('100 concurrent accepts against 10 places: exactly 10 accepted, 90 clear refusals', async () => {
    const resourceId = randomUUID();
    await api.db.query(
      `INSERT INTO resource (id, code, provider_id, name_zh, name_en, form, need_codes, eligibility, benefit,
        capacity_kind, quota, remaining, geo_scope, status, version)
      VALUES ($1, 'R-CAP10', 'P-CN-SQJJH', '十个名额', 'Ten places', 'SERVICE', '{N07}',
        '{"fact":"household.memberCount","op":"gte","value":1}', '{}', 'QUOTA', 10, 10, '{"level":"CITY","codes":[]}',
        'PUBLISHED', 1)`,
      [resourceId],
    );
    // 100 households, each with one need, one approved plan item and one PENDING referral to it.
    const referralIds: string[] = [];
    for (let i = 0; i < 100; i++) {
      const [h] = await api.db.query(
        `INSERT INTO household (street_code, address, consents_charity_referral, version)
          VALUES ($1, $2, true, 1) RETURNING id`,
        [CHANGNING.huayang, `名额测试${i}号`],
      );
      const [n] = await api.db.query(
        `INSERT INTO need (household_id, code, status, source, urgency)
          VALUES ($1, 'N07', 'REFERRED', 'VISIT', 'ORDINARY') RETURNING id`,
        [h.id],
      );
      const [p] = await api.db.query(
        `INSERT INTO plan (household_id, version, status, catalogue_state, generated_by)
          VALUES ($1, 1, 'APPROVED', '[]', 'test') RETURNING id`,
        [h.id],
      );
      const [item] = await api.db.query(
        `INSERT INTO plan_item (plan_id, position, kind, source, need_id, need_code, need_ids, need_codes,
          resource_id, resource_code, tier, eligibility_result, expected_benefit, added_by)
        VALUES ($1, 1, 'REFERRAL', 'PLANNER', $2, 'N07', ARRAY[$2::uuid], '{N07}', $3, 'R-CAP10',
          'CHARITY_COMMUNITY', 'ELIGIBLE', '{"zh":"上门探访","en":"home visits"}', 'test') RETURNING id`,
        [p.id, n.id, resourceId],
      );
      const [r] = await api.db.query(
        `INSERT INTO referral (plan_id, plan_item_id, household_id, street_code, need_id, need_code, need_ids,
          need_codes, urgency, resource_id, provider_id, status, issued_by, answer_due_at)
        VALUES ($1, $2, $3, $4, $5, 'N07', ARRAY[$5::uuid], '{N07}', 'ORDINARY', $6, 'P-CN-SQJJH',
          'PENDING', 'test', now() + interval '10 days') RETURNING id`,
        [p.id, item.id, h.id, CHANGNING.huayang, n.id, resourceId],
      );
      referralIds.push(r.id);
    }
    const partner = api.as({ role: 'PARTNER', providerId: 'P-CN-SQJJH' });
    const results = await Promise.all(referralIds.map((id) => partner.exec(AcceptReferralDocument, { input: { id } })));
    const failed = results.filter((r) => r.status !== 200 || r.errors);
    expect(failed.map((r) => JSON.stringify(r.errors ?? r.status)).slice(0, 2)).toEqual([]);
    const outcomes = results.map((r) => r.data!.acceptReferral);
    const accepted = outcomes.filter((o) => o.__typename === 'Referral');
    const refused = outcomes.filter((o) => o.__typename === 'ResourceAtCapacityError');
    expect(accepted).toHaveLength(10);
    expect(refused).toHaveLength(90);
    expect(refused[0]).toMatchObject({
      errorCode: 'CONFLICT',
      resourceId,
      resourceCode: 'R-CAP10',
      reason: 'NO_PLACES_LEFT',
      message: expect.stringContaining('R-CAP10'),
    });
    const [{ remaining }] = await api.db.query('SELECT remaining FROM resource WHERE id = $1', [resourceId]);
    expect(remaining).toBe(0);
    const rows = await api.db.query(
      `SELECT status, count(*)::int AS n FROM referral WHERE resource_id = $1 GROUP BY status ORDER BY status`,
      [resourceId],
    );
    expect(rows).toEqual([
      { status: 'ACCEPTED', n: 10 },
      { status: 'PENDING', n: 90 },
    ]); // a refusal wrote nothing
    const history = await api.db.query(
      `SELECT count(*)::int AS n FROM referral_change c JOIN referral r ON r.id = c.referral_id
        WHERE r.resource_id = $1`,
      [resourceId],
    );
    expect(history[0].n).toBe(10);
  });
});
