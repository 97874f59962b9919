// Claimants for scarce places written straight into the tables (as referrals.ts does): a household
// with an assessment of the given level, one open need opened on `since`, a current APPROVED plan with
// one item per resource, and optionally a PENDING referral to the first.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TEST_PROVIDER } from './referrals';

/** A published QUOTA resource of the test provider; returns its id. */
export async function insertQuotaResource(
  db: DataSource,
  code: string,
  opts: { quota: number; period: string | null; exclusiveGroup?: string },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO resource (id, code, provider_id, name_zh, name_en, form, need_codes, eligibility, benefit,
      capacity_kind, quota, period, remaining, exclusive_group, geo_scope, status, version)
     VALUES ($1, $2, $3, '名额资源', 'Places', 'SERVICE', '{N07}',
      '{"fact":"household.memberCount","op":"gte","value":1}', '{}', 'QUOTA', $4, $5, $4, $6,
      '{"level":"CITY","codes":[]}', 'PUBLISHED', 1)`,
    [id, code, TEST_PROVIDER, opts.quota, opts.period, opts.exclusiveGroup ?? null],
  );
  return id;
}

export interface Claimant {
  household: string;
  /** The PENDING referral to the first resource, when asked for. */
  referral: string | null;
}

export async function insertClaimant(
  db: DataSource,
  c: { resourceIds: string[]; street: string; address: string; level: string; urgency: string; since: string },
  withReferral = false,
): Promise<Claimant> {
  const [h] = await db.query(
    `INSERT INTO household (street_code, address, consents_charity_referral, version)
     VALUES ($1, $2, true, 1) RETURNING id`,
    [c.street, c.address],
  );
  await db.query(
    `INSERT INTO assessment (household_id, model_id, as_of, facts, facts_hash, profile, composite, level,
       visit_cadence, reassess_months, assessed_by)
     VALUES ($1, 'sh-2024.1', '2026-11-01', '{}', 'x', '{}', 30, $2, 'QUARTERLY', 12, 'test')`,
    [h.id, c.level],
  );
  const [n] = await db.query(
    `INSERT INTO need (household_id, code, status, source, urgency, opened_at)
     VALUES ($1, 'N07', 'OPEN', 'VISIT', $2, $3::timestamptz) RETURNING id`,
    [h.id, c.urgency, `${c.since}T10:00:00+08:00`],
  );
  const [p] = await db.query(
    `INSERT INTO plan (household_id, version, status, catalogue_state, generated_by)
     VALUES ($1, 1, 'APPROVED', '[]', 'test') RETURNING id`,
    [h.id],
  );
  const items: string[] = [];
  for (const [i, resourceId] of c.resourceIds.entries()) {
    const [item] = await db.query(
      `INSERT INTO plan_item (plan_id, position, kind, source, need_id, need_code, need_ids, need_codes, resource_id,
        resource_code, tier, eligibility_result, expected_benefit, added_by)
       VALUES ($1, $2, 'REFERRAL', 'PLANNER', $3, 'N07', ARRAY[$3::uuid], '{N07}', $4, 'R-ALLOC', 'CHARITY_COMMUNITY',
        'ELIGIBLE', '{"zh":"上门探访","en":"home visits"}', 'test') RETURNING id`,
      [p.id, i + 1, n.id, resourceId],
    );
    items.push(item.id);
  }
  if (!withReferral) return { household: h.id, referral: null };
  const [r] = await db.query(
    `INSERT INTO referral (plan_id, plan_item_id, household_id, street_code, need_id, need_code, need_ids, need_codes,
      urgency, resource_id, provider_id, status, issued_by, answer_due_at)
     VALUES ($1, $2, $3, $4, $5, 'N07', ARRAY[$5::uuid], '{N07}', $6, $7, $8, 'PENDING', 'test',
      now() + interval '10 days')
     RETURNING id`,
    [p.id, items[0], h.id, c.street, n.id, c.urgency, c.resourceIds[0], TEST_PROVIDER],
  );
  return { household: h.id, referral: r.id };
}
