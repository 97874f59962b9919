// Every list query the API can issue reads an index (issue 19): a seeded city, ANALYZEd (these
// servers run with autovacuum off), and EXPLAIN (FORMAT JSON) of the SQL each service really sends,
// captured from TypeORM's logger, for each role and filter. A Seq Scan of a guarded table fails.
//
// Inventory of the lists the API can issue: paged (skip/take) and per-household (loaders over a page).
// Scope: ADV = ADVISER (its streets), PTR = PARTNER (its organisation). VIEWER sees aggregates only.
//
// | list             | filters                               | scope predicate           | ORDER BY                  |
// |------------------|---------------------------------------|---------------------------|---------------------------|
// | households       | status streetCode districtCode        | ADV h.street_code IN      | created_at DESC, id DESC  |
// |                  | category text                         |                           |                           |
// | referrals        | status providerId streetCode overdue  | ADV r.street_code IN; PTR | issued_at DESC, id DESC   |
// |                  |                                       | r.provider_id + EXISTS    |                           |
// |                  |                                       | consent                   |                           |
// | warningList      | status householdId batchId streetCode | ADV h.street_code IN      | received_at DESC,line,id  |
// | serviceRecords   | householdId adviserId from to         | ADV EXISTS street         | occurred_at DESC, id      |
// | dueVisits,       | until; adviserId | streetCode         | ADV own streets and       | next_due (reassess_on),   |
// | overdueVisits,   |                                       | their colleagues          | household_id              |
// | dueReassessments |                                       |                           |                           |
// | advisers         | streetCode active specialty           | ADV a.street_code IN      | street_code, name, id     |
// | resources        | needCode tier providerId              | PTR own drafts, else      | code (unique)             |
// |                  | streetCode status text                | PUBLISHED                 |                           |
// | accessAudit      | actor action object request           | ADMIN only                | at DESC, id               |
// |                  | from to                               |                           |                           |
// | Household.needs  | the page's household ids              | the page                  | opened_at, code, id       |
// | .assessments     | the page's household ids              | the page                  | assessed_at DESC, id DESC |
// | .plans           | the page's household ids              | the page                  | version DESC (unique)     |
// | .members .warnings .serviceRecords .categories .visitSchedule: by household_id, in order, id last                |
//
// Indexes (migration 1768000000000): household (status, created_at, id) and (street_code, status, created_at,
// id); category_holding (category, household_id); GIN search_bigrams(address | neighbourhood | member.name)
// (1768000001000); referral (issued_at, id) and (street_code | provider_id | status, issued_at, id); warning
// (received_at DESC, line, id) and (status | household_id | batch_id, …); service_record (occurred_at, id);
// visit_schedule (street_code | adviser_id, next_due, household_id); need (household_id, opened_at, code, id);
// assessment (household_id, assessed_at, id). Advisers, resources and the audit keep their own indexes.
// Referrals order by issued_at DESC, id DESC (one direction: a backward scan of these indexes), test the
// partner's consent condition by EXISTS (no join to page by DISTINCT) and cap a count not limited to
// streets or an organisation, like households.
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../src/common/viewer';
import { createLoaders } from '../../src/graphql/context';
import { createServices } from '../../src/graphql/schema';
import { HOUSEHOLD_COUNT_CAP } from '../../src/modules/household/household.service';
import { useTestDatabase } from '../support/test-database';

/** Tables the issue names: a sequential scan of one of them reads the city. */
const GUARDED = new Set(['household', 'member', 'need', 'referral', 'plan', 'assessment']);
/** PGlite runs in WebAssembly: a smaller city keeps the file under a minute there; the planner still cares. */
const HOUSEHOLDS = process.env.DATABASE_URL ? 20_000 : 12_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}
const seqScans = (node: PlanNode): string[] => [
  ...(node['Node Type'] === 'Seq Scan' && GUARDED.has(node['Relation Name']!) ? [node['Relation Name']!] : []),
  ...(node.Plans ?? []).flatMap(seqScans),
];

describe('every list query reads an index on a city-sized database (issue 19)', () => {
  const t = useTestDatabase();
  let captured: Array<{ sql: string; parameters: unknown[] }> = [];
  let services: ReturnType<typeof createServices>;
  let streets: string[];
  let providerId: string;
  let adviserId: string;
  let pageIds: string[];
  let someHousehold: string;
  let batchId: string;

  beforeAll(async () => {
    await seedCity(t.db, HOUSEHOLDS);
    await t.db.query('ANALYZE');
    services = createServices(t.db, t.clock);
    streets = (await t.db.query(`SELECT code FROM street ORDER BY code LIMIT 2`)).map((r: { code: string }) => r.code);
    [{ provider_id: providerId }] = await t.db.query(
      `SELECT provider_id FROM referral GROUP BY 1 ORDER BY count(*) DESC`,
    );
    [{ id: adviserId }] = await t.db.query(`SELECT id FROM adviser WHERE street_code = $1`, [streets[0]]);
    [{ id: someHousehold }] = await t.db.query(`SELECT household_id AS id FROM warning LIMIT 1`);
    [{ id: batchId }] = await t.db.query(`SELECT id FROM warning_batch LIMIT 1`);
    pageIds = (await services.households.list(admin, {}, { skip: 0, take: 20 })).items.map((h) => h.id);
    t.queries.logQuery = (sql: string, parameters?: unknown[]) => {
      captured.push({ sql, parameters: parameters ?? [] });
    };
  }, 240_000);

  const admin: Viewer = { id: 'admin', role: 'ADMIN', name: null, streetCodes: [], providerId: null };
  const adviser = (): Viewer => ({
    id: adviserId,
    role: 'ADVISER',
    name: null,
    streetCodes: streets,
    providerId: null,
  });
  const partner = (): Viewer => ({ id: 'p', role: 'PARTNER', name: null, streetCodes: [], providerId });
  const page = { skip: 0, take: 20 };
  const deep = { skip: 400, take: 20 };
  const until = '2026-12-31';

  /** Runs one list as the API would and EXPLAINs every SELECT it sent; returns the guarded tables read sequentially. */
  async function explain(run: () => Promise<unknown>) {
    captured = [];
    await run();
    const selects = captured.filter((c) => /^\s*(SELECT|WITH)/i.test(c.sql));
    expect(selects.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const { sql, parameters } of selects) {
      const [row] = await t.db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      const plan = (typeof row['QUERY PLAN'] === 'string' ? JSON.parse(row['QUERY PLAN']) : row['QUERY PLAN'])[0];
      found.push(...seqScans(plan.Plan).map((table) => `${table} in: ${sql.slice(0, 160)}`));
    }
    return found;
  }

  const cases: Array<[string, () => Promise<unknown>]> = [
    ['households ADMIN', () => services.households.list(admin, {}, page)],
    ['households ADMIN deep page', () => services.households.list(admin, {}, deep)],
    ['households ADMIN ARCHIVED', () => services.households.list(admin, { status: 'ARCHIVED' }, page)],
    ['households ADMIN streetCode', () => services.households.list(admin, { streetCode: streets[0] }, page)],
    [
      'households ADMIN districtCode',
      () => services.households.list(admin, { districtCode: streets[0].slice(0, 6) }, page),
    ],
    ['households ADMIN category', () => services.households.list(admin, { category: 'TK_DISPERSED' as never }, page)],
    ['households ADMIN text: 2 characters of a name', () => services.households.list(admin, { text: '明伟' }, page)],
    ['households ADMIN text: 3 characters of a name', () => services.households.list(admin, { text: '刘明伟' }, page)],
    ['households ADMIN text: address', () => services.households.list(admin, { text: '1234弄' }, page)],
    [
      'households ADMIN text + street',
      () => services.households.list(admin, { text: '明伟', streetCode: streets[0] }, page),
    ],
    ['households ADVISER', () => services.households.list(adviser(), {}, page)],
    ['households ADVISER deep page', () => services.households.list(adviser(), {}, deep)],
    ['households ADVISER streetCode', () => services.households.list(adviser(), { streetCode: streets[1] }, page)],
    ['households ADVISER category', () => services.households.list(adviser(), { category: 'DB' as never }, page)],
    ['households ADVISER text', () => services.households.list(adviser(), { text: '明伟' }, page)],
    ['referrals ADMIN', () => services.referrals.list(admin, {}, page)],
    ['referrals ADMIN status', () => services.referrals.list(admin, { status: 'PENDING' }, page)],
    ['referrals ADMIN providerId', () => services.referrals.list(admin, { providerId }, page)],
    ['referrals ADMIN streetCode', () => services.referrals.list(admin, { streetCode: streets[0] }, page)],
    ['referrals ADMIN overdue', () => services.referrals.list(admin, { overdue: true }, page)],
    ['referrals ADMIN not overdue', () => services.referrals.list(admin, { overdue: false }, page)],
    ['referrals ADVISER', () => services.referrals.list(adviser(), {}, page)],
    ['referrals ADVISER status', () => services.referrals.list(adviser(), { status: 'ACCEPTED' }, page)],
    ['referrals PARTNER inbox', () => services.referrals.list(partner(), {}, page)],
    ['referrals PARTNER status', () => services.referrals.list(partner(), { status: 'PENDING' }, page)],
    ['referrals PARTNER overdue', () => services.referrals.list(partner(), { overdue: true }, page)],
    ['warnings ADMIN', () => services.warnings.list(admin, {}, page)],
    ['warnings ADMIN status', () => services.warnings.list(admin, { status: 'OPEN' }, page)],
    ['warnings ADMIN household', () => services.warnings.list(admin, { householdId: someHousehold }, page)],
    ['warnings ADMIN batch', () => services.warnings.list(admin, { batchId }, page)],
    ['warnings ADMIN street', () => services.warnings.list(admin, { streetCode: streets[0] }, page)],
    ['warnings ADVISER', () => services.warnings.list(adviser(), {}, page)],
    ['service records ADMIN', () => services.serviceRecords.list(admin, {}, page)],
    [
      'service records ADMIN household',
      () => services.serviceRecords.list(admin, { householdId: someHousehold }, page),
    ],
    ['service records ADMIN adviser', () => services.serviceRecords.list(admin, { adviserId }, page)],
    [
      'service records ADMIN dates',
      () => services.serviceRecords.list(admin, { from: '2026-03-01', to: '2026-03-31' }, page),
    ],
    ['service records ADVISER', () => services.serviceRecords.list(adviser(), {}, page)],
    ['due visits by street', () => services.visits.due(adviser(), { streetCode: streets[0] }, until, page)],
    ['due visits by adviser', () => services.visits.due(admin, { adviserId }, until, page)],
    ['overdue visits by street', () => services.visits.overdue(admin, { streetCode: streets[0] }, page)],
    [
      'due reassessments by street',
      () => services.visits.dueReassessments(admin, { streetCode: streets[0] }, until, page),
    ],
    ['due reassessments by adviser', () => services.visits.dueReassessments(adviser(), { adviserId }, until, page)],
    ['advisers ADMIN', () => services.advisers.list(admin, {}, page)],
    ['advisers ADVISER', () => services.advisers.list(adviser(), {}, page)],
    ['resources ADMIN', () => services.resources.list(admin, {}, page)],
    ['resources PARTNER', () => services.resources.list(partner(), {}, page)],
    ['access audit', () => services.audit.list({}, page)],
    ['per-household loaders of a page', () => loadPage(createLoaders(t.db), pageIds)],
  ];

  it.each(cases)('%s: no sequential scan of a guarded table', async (_name, run) => {
    expect(await explain(run)).toEqual([]);
  });

  it('finds a household by any two characters of a Chinese member name, through the index', async () => {
    const text = '明伟';
    const expected: Array<{ id: string }> = await t.db.query(
      `SELECT DISTINCT h.id FROM household h JOIN member m ON m.household_id = h.id
       WHERE h.status = 'ACTIVE' AND strpos(m.name, $1) > 0`,
      [text],
    );
    expect(expected.length).toBeGreaterThan(0);
    captured = [];
    const found = await services.households.list(admin, { text }, { skip: 0, take: 100 });
    const [pageSql] = captured.filter((c) => /ORDER BY/.test(c.sql));
    const [row] = await t.db.query(`EXPLAIN (FORMAT JSON) ${pageSql.sql}`, pageSql.parameters);
    const plan = JSON.stringify(
      typeof row['QUERY PLAN'] === 'string' ? JSON.parse(row['QUERY PLAN']) : row['QUERY PLAN'],
    );
    for (const index of [
      'IDX_member_name_bigrams',
      'IDX_household_address_bigrams',
      'IDX_household_neighbourhood_bigrams',
    ])
      expect(plan).toContain(`"Index Name":"${index}"`);
    expect(found.items.map((h) => h.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(found).toMatchObject({ totalItems: expected.length, totalItemsKind: 'EXACT' });
  });

  it("counts an adviser's streets exactly and caps a city-wide count, saying which", async () => {
    const [{ n: own }] = await t.db.query(
      `SELECT count(*)::int AS n FROM household WHERE status = 'ACTIVE' AND street_code = ANY($1)`,
      [streets],
    );
    expect(await services.households.list(adviser(), {}, page)).toMatchObject({
      totalItems: own,
      totalItemsKind: 'EXACT',
    });
    const [{ n: all }] = await t.db.query(`SELECT count(*)::int AS n FROM household WHERE status = 'ACTIVE'`);
    const city = await services.households.list(admin, {}, page);
    if (all > HOUSEHOLD_COUNT_CAP)
      expect(city).toMatchObject({ totalItems: HOUSEHOLD_COUNT_CAP + 1, totalItemsKind: 'AT_LEAST' });
    else expect(city).toMatchObject({ totalItems: all, totalItemsKind: 'EXACT' });
  });
});

async function loadPage(loaders: ReturnType<typeof createLoaders>, ids: string[]) {
  await Promise.all([
    loaders.membersByHouseholdId.loadMany(ids),
    loaders.needsByHouseholdId.loadMany(ids),
    loaders.assessmentsByHouseholdId.loadMany(ids),
    loaders.latestAssessmentByHouseholdId.loadMany(ids),
    loaders.plansByHouseholdId.loadMany(ids),
    loaders.categoriesByHouseholdId.loadMany(ids),
    loaders.warningsByHouseholdId.loadMany(ids),
    loaders.serviceRecordsByHouseholdId.loadMany(ids),
    loaders.visitScheduleByHouseholdId.loadMany(ids),
    loaders.currentAssignmentByHouseholdId.loadMany(ids),
  ]);
}

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
async function seedCity(db: DataSource, count: number) {
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
      level, assessed_by, assessed_at)
    SELECT md5('a' || g)::uuid, ${H}, m.id, date '2026-03-01', '{}', md5(g::text), '{}', g % 100,
      'MODERATE', 'seed', timestamptz '2026-03-01 00:00+08' + g * interval '1 minute'
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
      r.provider_id, coalesce((ARRAY['PENDING','ACCEPTED','IN_PROGRESS','IN_PROGRESS','DECLINED','DECLINED'])[1 + g / 2 % 20],
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
