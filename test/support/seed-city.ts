// A city in bulk SQL, for the EXPLAIN test (thousands of households) and the connection tests (a few dozen).
import type { DataSource } from 'typeorm';

const SURNAMES = `'{张,王,李,赵,陈,刘,杨,黄,周,吴,徐,孙,胡,朱,高,林,何,郭,马,罗}'::text[]`;
const GIVEN = `'{伟,芳,娜,敏,静,丽,强,磊,军,洋,勇,艳,杰,娟,涛,明,超,秀,霞,平,刚,桂,英,华,建,国,庆,文,玉,兰,
  红,梅,志,海,荣,春,凤,云,龙,斌}'::text[]`.replace(/\s+/g, '');
const ROADS = `ARRAY['长宁路','华阳路','新泾路','天山路','仙霞路','虹桥路','延安西路','武夷路']`;
const COMMUNITIES = `ARRAY['华阳','新华','江苏','周家桥','天山','程家桥']`;
const H = `md5('h' || g)::uuid`; // household g's id

/**
 * A city in bulk SQL: `count` households over every street, two members, two needs and an assessment
 * each; a plan and a referral for every second household (most of them COMPLETED, one in twenty still
 * PENDING, as in a running service), categories, visit schedules, warnings
 * and service records. Names are surname + two given characters, so a two-character part of a name
 * matches about one household in 800.
 */
export async function seedCity(db: DataSource, count: number) {
  const q = (sql: string) => db.query(sql, [count]);
  const households = `generate_series(1, $1) g`;
  await q(`INSERT INTO adviser (name, street_code, role_type, caseload_max)
    SELECT '顾问' || code, code, 'SOCIAL_WORKER', 200 FROM street WHERE $1 > 0`);
  await q(`INSERT INTO household (id, version, street_code, address, neighbourhood, status, created_at,
      consents_charity_referral)
    SELECT ${H}, 1, s.codes[1 + g % array_length(s.codes, 1)],
      (${ROADS})[1 + g % 8] || g || '弄' || (g % 50) || '号', (${COMMUNITIES})[1 + g % 6] || '小区',
      CASE WHEN g % 20 = 0 THEN 'ARCHIVED' ELSE 'ACTIVE' END,
      timestamptz '2025-01-01 00:00+08' + g * interval '17 minutes', g % 2 = 0
    FROM ${households}, (SELECT array_agg(code ORDER BY code) AS codes FROM street) s`);
  await q(`INSERT INTO member (household_id, position, name, id_number)
    SELECT ${H}, k, (${SURNAMES})[1 + (g + k) % 20] || (${GIVEN})[1 + (g / 20 + k) % 40]
      || (${GIVEN})[1 + (g / 800 + 7 * k) % 40], '31' || lpad((2 * g + k)::text, 16, '0')
    FROM ${households}, generate_series(0, 1) k`);
  await q(`INSERT INTO need (id, household_id, code, status, source, urgency, opened_at)
    SELECT md5('n' || g || '-' || k)::uuid, ${H}, c.codes[1 + (g + k) % array_length(c.codes, 1)],
      'OPEN', 'ASSESSMENT', 'ROUTINE', timestamptz '2026-01-01 00:00+08' + g * interval '1 minute'
    FROM ${households}, generate_series(0, 1) k,
      (SELECT array_agg(code ORDER BY code) AS codes FROM need_code) c`);
  await q(`INSERT INTO assessment (id, household_id, model_id, as_of, facts, facts_hash, profile, composite,
      level, visit_cadence, reassess_months, assessed_by, assessed_at)
    SELECT md5('a' || g)::uuid, ${H}, m.id, date '2026-03-01', '{}', md5(g::text), '{}', g % 100,
      'MODERATE', 'QUARTERLY', 12, 'seed', timestamptz '2026-03-01 00:00+08' + g * interval '1 minute'
    FROM ${households}, (SELECT id FROM scoring_model_version WHERE status = 'ACTIVE') m`);
  await q(`INSERT INTO category_holding (household_id, category, since)
    SELECT ${H}, (ARRAY['DB','TK_DISPERSED','GX'])[1 + g % 3], date '2025-06-01'
    FROM ${households} WHERE g % 3 = 0`);
  await q(`INSERT INTO plan (id, household_id, version, status, assessment_id, catalogue_state, generated_by)
    SELECT md5('p' || g)::uuid, ${H}, 1, 'APPROVED', md5('a' || g)::uuid, '[]', 'seed'
    FROM ${households} WHERE g % 2 = 0`);
  await q(`INSERT INTO plan_item (id, plan_id, position, kind, source, need_id, need_code, need_ids, need_codes,
      resource_id, resource_code, tier, eligibility_result, expected_benefit, added_by)
    SELECT md5('i' || g)::uuid, md5('p' || g)::uuid, 0, 'RESOURCE', 'PLANNER', n.id, n.code, ARRAY[n.id],
      ARRAY[n.code], r.id, r.code,
      'STATUTORY', 'ELIGIBLE', '{}', 'seed'
    FROM ${households}
    JOIN need n ON n.id = md5('n' || g || '-0')::uuid
    JOIN LATERAL (SELECT id, code FROM resource ORDER BY code
      OFFSET g % (SELECT count(*) FROM resource) LIMIT 1) r ON true
    WHERE g % 2 = 0`);
  await q(`INSERT INTO referral (plan_id, plan_item_id, household_id, street_code, need_id, need_code,
      need_ids, need_codes, urgency, resource_id, provider_id, status, issued_by, issued_at, answer_due_at)
    SELECT i.plan_id, i.id, p.household_id, h.street_code, i.need_id, i.need_code, i.need_ids, i.need_codes,
      'ROUTINE', i.resource_id,
      r.provider_id,
        coalesce((ARRAY['PENDING','ACCEPTED','IN_PROGRESS','IN_PROGRESS','DECLINED','DECLINED'])[1 + g / 2 % 20],
        'COMPLETED'), 'seed',
      timestamptz '2026-04-01 00:00+08' + g * interval '3 minutes',
      timestamptz '2026-04-08 00:00+08' + g * interval '3 minutes'
    FROM ${households} JOIN plan_item i ON i.id = md5('i' || g)::uuid JOIN plan p ON p.id = i.plan_id
    JOIN household h ON h.id = p.household_id JOIN resource r ON r.id = i.resource_id WHERE g % 2 = 0`);
  await q(`INSERT INTO visit_schedule (household_id, street_code, adviser_id, next_due, reassess_on,
      reassess_reason)
    SELECT h.id, h.street_code, a.id, date '2026-01-01' + (g % 700), date '2026-01-01' + (g % 500), 'INTERVAL'
    FROM ${households} JOIN household h ON h.id = ${H} JOIN adviser a ON a.street_code = h.street_code`);
  await q(`INSERT INTO warning_batch (id, source, received_by, rows, matched, unmatched, duplicates)
    SELECT md5('b' || k)::uuid, 'seed', 'seed', 0, 0, 0, 0 FROM generate_series(0, 9) k WHERE $1 > 0`);
  await q(`INSERT INTO warning (event_id, batch_id, line, type, id_number, member_id, household_id,
      event_date, detail, status, received_at)
    SELECT 'e' || g, md5('b' || g % 10)::uuid, g, t.codes[1 + g % array_length(t.codes, 1)], m.id_number,
      m.id, m.household_id, date '2026-05-01', 'seed', (ARRAY['OPEN','CLOSED'])[1 + g % 2],
      timestamptz '2026-05-01 00:00+08' + (g / 100) * interval '1 day'
    FROM ${households} JOIN member m ON m.id_number = '31' || lpad((2 * g)::text, 16, '0'),
      (SELECT array_agg(code ORDER BY code) AS codes FROM warning_type) t
    WHERE g % 10 = 0`);
  await q(`INSERT INTO service_record (household_id, adviser_id, service_code, mode, occurred_at,
      counts_as_visit, findings, recorded_by)
    SELECT h.id, a.id, st.codes[1 + g % array_length(st.codes, 1)], 'HOME_VISIT',
      timestamptz '2026-02-01 00:00+08' + g * interval '13 minutes', true, 'seed', 'seed'
    FROM ${households} JOIN household h ON h.id = ${H} JOIN adviser a ON a.street_code = h.street_code,
      (SELECT array_agg(code ORDER BY code) AS codes FROM adviser_service_type) st
    WHERE g % 5 = 0`);
}
