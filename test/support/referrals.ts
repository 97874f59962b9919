// A PENDING referral written straight into the tables (as referral-capacity.e2e-spec.ts does): a
// household, its need, an approved plan with one item, and the referral to the item's resource.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CHANGNING } from './factories';

export const TEST_PROVIDER = 'P-CN-SQJJH'; // seeded: 长宁区街镇社区基金会 (COMMUNITY_FUND, non-government)

/** A published resource of the provider with open places; returns its id. */
export async function insertResource(db: DataSource, code: string, providerId = TEST_PROVIDER): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO resource (id, code, provider_id, name_zh, name_en, form, need_codes, eligibility, benefit,
      capacity_kind, quota, remaining, geo_scope, status, version)
    VALUES ($1, $2, $3, '测试资源', 'Test resource', 'SERVICE', '{N07}',
      '{"fact":"household.memberCount","op":"gte","value":1}', '{}', 'QUOTA', 100, 100, '{"level":"CITY","codes":[]}',
      'PUBLISHED', 1)`,
    [id, code, providerId],
  );
  return id;
}

export async function insertReferral(
  db: DataSource,
  opts: { resourceId: string; issuedBy: string; providerId?: string; answerDueAt?: Date; address?: string },
): Promise<string> {
  const [h] = await db.query(
    `INSERT INTO household (street_code, address, consents_charity_referral, version) VALUES ($1, $2, true, 1)
      RETURNING id`,
    [CHANGNING.huayang, opts.address ?? `转介测试${randomUUID().slice(0, 8)}号`],
  );
  const [n] = await db.query(
    `INSERT INTO need (household_id, code, status, source, urgency)
      VALUES ($1, 'N07', 'REFERRED', 'VISIT', 'ORDINARY') RETURNING id`,
    [h.id],
  );
  const [p] = await db.query(
    `INSERT INTO plan (household_id, version, status, catalogue_state, generated_by)
      VALUES ($1, 1, 'APPROVED', '[]', 'test') RETURNING id`,
    [h.id],
  );
  const [item] = await db.query(
    `INSERT INTO plan_item (plan_id, position, kind, source, need_id, need_code, need_ids, need_codes, resource_id,
      resource_code, tier, eligibility_result, expected_benefit, added_by)
    VALUES ($1, 1, 'REFERRAL', 'PLANNER', $2, 'N07', ARRAY[$2::uuid], '{N07}', $3, 'R-TEST',
      'CHARITY_COMMUNITY', 'ELIGIBLE', '{"zh":"上门探访","en":"home visits"}', 'test') RETURNING id`,
    [p.id, n.id, opts.resourceId],
  );
  const [r] = await db.query(
    `INSERT INTO referral (plan_id, plan_item_id, household_id, street_code, need_id, need_code, need_ids,
      need_codes, urgency, resource_id, provider_id, status, issued_by, answer_due_at)
    VALUES ($1, $2, $3, $4, $5, 'N07', ARRAY[$5::uuid], '{N07}', 'ORDINARY', $6, $7, 'PENDING', $8,
      coalesce($9::timestamptz, now() + interval '10 days')) RETURNING id`,
    [
      p.id,
      item.id,
      h.id,
      CHANGNING.huayang,
      n.id,
      opts.resourceId,
      opts.providerId ?? TEST_PROVIDER,
      opts.issuedBy,
      opts.answerDueAt ?? null,
    ],
  );
  return r.id;
}
