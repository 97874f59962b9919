// Batch benchmark (npm run bench:batch -- --size N [--rounds 2] [--chunk 500]): the project's city-wide
// reassessment (`npm run assess -- --all --force`: runAssessBatch, the chunked run of batch-chunks.ts, one
// transaction per chunk with its ledger row, the needs and schedules kept in step by the AssessmentMade
// handlers, ANALYZE after the 1st, 2nd, 4th … chunk and at the end) beside a floor measured in the same run on
// the same database. The floor streams the same households in keyset pages of the same size, reads the same
// facts (AssessmentService.factsFor), scores them with scoring/ (scoreHousehold) and writes the same rows with
// one multi-row statement each per page: the assessments (json_to_recordset), the needs raised, confirmed
// and closed (INSERT and UPDATE … FROM), their need_change rows, and the visit schedules
// (refreshVisitSchedules, already set-based: its sources in six queries, one upsert). It leaves out the
// chunk ledger, the previous-assessment and warning lookups, the events and ANALYZE. Last, one run of the floor
// that also stores each assessment's full profile, as every assessment did before issue 15 §3. Each round runs both
// (the order alternated), best kept; the households are assessed once before the first round, so both
// re-assess (as --force does: a new assessment per household, needs confirmed). Without DATABASE_URL:
// in-memory PGlite with a demo population of --size; with DATABASE_URL: its active households, the demo
// seeded to --size first (deterministic ids: seeding again adds nothing). With --replan, re-planning too: the
// households planned by PlanService.generateMany per page of --chunk, committed, beside a floor with the same
// inputs, the pure planner (planHousehold) and its diff, and the same plan and item rows in one INSERT each.
import 'reflect-metadata';
import { loadavg } from 'node:os';
import type { DataSource, EntityManager } from 'typeorm';
import { HardshipProfile, scoreHousehold, ScoringModel } from '../../../scoring';
import { seedReferenceData } from '../../../seeds';
import { seedDemo } from '../../../seeds/demo.seed';
import { systemClock } from '../../common/clock';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/data-source';
import { createServices } from '../../graphql/schema';
import { runAssessBatch } from '../../modules/assessment/assess-batch';
import type { AssessmentService } from '../../modules/assessment/assessment.service';
import { factsHash } from '../../modules/assessment/assessment.service';
import { sanitise } from '../../modules/assessment/derived-profile';
import { Household } from '../../modules/household/household.entity';
import { CLOSED_NEED_STATUSES } from '../../modules/need/need.enums';
import { standardInForce } from '../../modules/reference/reference.service';
import { refreshVisitSchedules } from '../../modules/visit/visit-schedule.refresh';
import { diffPlans } from '../../modules/plan/plan-diff';
import { Plan, PlanItem } from '../../modules/plan/plan.entity';
import { plannedItemRow, plannedPlanRow } from '../../modules/plan/plan.service';
import { planHousehold } from '../../modules/plan/planner';
import { parseArgs } from '../args';
import { chunkedRuns } from '../batch-support';
import { ChunkedRuns } from '../../modules/batch/batch-chunks';

const INSERT_ASSESSMENTS = `INSERT INTO assessment (household_id, model_id, as_of, facts, facts_hash, profile,
  composite, level, circle, visit_cadence, reassess_months, assessed_by, assessed_at)
SELECT household_id, model_id, as_of, facts, facts_hash, profile, composite, level, circle, visit_cadence,
  reassess_months, 'bench:floor', $2::timestamptz
FROM json_to_recordset($1::json) AS r(household_id uuid, model_id varchar, as_of date, facts json, facts_hash varchar,
  profile jsonb, composite numeric, level text, circle smallint, visit_cadence text, reassess_months smallint)
RETURNING id, household_id`;
const INSERT_NEEDS = `INSERT INTO need (household_id, code, status, source, urgency, indicators, assessment_id,
  still_triggered)
SELECT household_id, code, 'OPEN', 'ASSESSMENT', urgency, indicators, assessment_id, true
FROM json_to_recordset($1::json) AS r(household_id uuid, code varchar, urgency text, indicators text[],
  assessment_id uuid)
RETURNING id`;
const UPDATE_NEEDS = `UPDATE need n SET assessment_id = r.assessment_id, still_triggered = r.still_triggered,
  indicators = r.indicators, urgency = r.urgency, status = r.status, closed_at = r.closed_at, updated_at = $2
FROM json_to_recordset($1::json) AS r(id uuid, assessment_id uuid, still_triggered boolean, indicators text[],
  urgency text, status text, closed_at timestamptz)
WHERE n.id = r.id`;
const INSERT_CHANGES = `INSERT INTO need_change (need_id, from_status, to_status, reason, actor_id)
SELECT need_id, from_status, to_status, reason, 'assessment'
FROM json_to_recordset($1::json) AS r(need_id uuid, from_status text, to_status text, reason text)`;

interface ActiveNeed {
  id: string;
  household_id: string;
  code: string;
  status: string;
  source: string;
  urgency: string;
  indicators: string[];
}

/** One page of the floor: the same facts, scored, and every row the batch writes for them, in bulk. */
async function floorPage(
  em: EntityManager,
  assessments: AssessmentService,
  page: Household[],
  model: ScoringModel,
  standard: Awaited<ReturnType<typeof standardInForce>>,
  asOf: string,
  storeProfile: boolean,
) {
  const now = systemClock.now();
  const facts = await assessments.factsFor(em, page, asOf, standard);
  const profiles: HardshipProfile[] = facts.map((f) => scoreHousehold(f, model));
  const rows = page.map((h, i) => ({
    household_id: h.id,
    model_id: model.id,
    as_of: asOf,
    facts: facts[i],
    facts_hash: factsHash(facts[i]),
    profile: storeProfile ? sanitise(profiles[i]) : null, // what each assessment stored before issue 15 §3
    composite: profiles[i].composite,
    level: profiles[i].level,
    circle: profiles[i].circle.primary,
    visit_cadence: profiles[i].cadence.visit,
    reassess_months: profiles[i].cadence.reassessMonths,
  }));
  const stored: Array<{ id: string; household_id: string }> = await em.query(INSERT_ASSESSMENTS, [
    JSON.stringify(rows),
    now,
  ]);
  const assessmentOf = new Map(stored.map((r) => [r.household_id, r.id]));
  const active: ActiveNeed[] = await em.query(
    `SELECT id, household_id, code, status, source, urgency, indicators FROM need
     WHERE household_id = ANY($1::uuid[]) AND status <> ALL($2::text[])`,
    [page.map((h) => h.id), [...CLOSED_NEED_STATUSES]],
  );
  const current = new Map<string, Map<string, ActiveNeed>>();
  for (const n of active) current.set(n.household_id, (current.get(n.household_id) ?? new Map()).set(n.code, n));
  const inserts: object[] = [];
  const updates: object[] = [];
  const changes: object[] = [];
  page.forEach((h, i) => {
    const assessmentId = assessmentOf.get(h.id)!;
    const mine = current.get(h.id) ?? new Map<string, ActiveNeed>();
    const derived = new Set<string>();
    for (const n of profiles[i].needs) {
      derived.add(n.code);
      const existing = mine.get(n.code);
      if (!existing)
        inserts.push({
          household_id: h.id,
          code: n.code,
          urgency: n.urgency,
          indicators: n.indicators,
          assessment_id: assessmentId,
        });
      else
        updates.push({
          id: existing.id,
          assessment_id: assessmentId,
          still_triggered: true,
          indicators: [...new Set([...existing.indicators, ...n.indicators])],
          urgency: n.urgency === 'EMERGENCY' ? 'EMERGENCY' : existing.urgency,
          status: existing.status,
          closed_at: null,
        });
    }
    for (const n of mine.values()) {
      if (n.source !== 'ASSESSMENT' || derived.has(n.code)) continue;
      const closes = n.status === 'OPEN' || n.status === 'NO_RESOURCE';
      updates.push({
        id: n.id,
        assessment_id: closes ? assessmentId : null,
        still_triggered: false,
        indicators: n.indicators,
        urgency: n.urgency,
        status: closes ? 'RESOLVED' : n.status,
        closed_at: closes ? now : null,
      });
      if (closes)
        changes.push({ need_id: n.id, from_status: n.status, to_status: 'RESOLVED', reason: '重新评估不再触发' });
    }
  });
  if (inserts.length > 0) {
    const raised: Array<{ id: string }> = await em.query(INSERT_NEEDS, [JSON.stringify(inserts)]);
    for (const { id } of raised)
      changes.push({ need_id: id, from_status: null, to_status: 'OPEN', reason: '评估发现 raised by assessment' });
  }
  if (updates.length > 0) await em.query(UPDATE_NEEDS, [JSON.stringify(updates), now]);
  if (changes.length > 0) await em.query(INSERT_CHANGES, [JSON.stringify(changes)]);
  await refreshVisitSchedules(
    em,
    page.map((h) => h.id),
    systemClock,
  );
}

async function floor(
  db: DataSource,
  s: ReturnType<typeof createServices>,
  chunk: number,
  storeProfile = false,
): Promise<number> {
  const asOf = systemClock.today();
  const standard = await standardInForce(db.manager, asOf);
  const model = await s.assessments.activeModel();
  let done = 0;
  for (let last = '00000000-0000-0000-0000-000000000000'; ;) {
    const page = await db
      .getRepository(Household)
      .createQueryBuilder('h')
      .where(`h.status = 'ACTIVE' AND h.id > :last`, { last })
      .orderBy('h.id')
      .take(chunk)
      .getMany();
    if (page.length === 0) break;
    last = page[page.length - 1].id;
    await db.transaction((em) => floorPage(em, s.assessments, page, model, standard, asOf, storeProfile));
    done += page.length;
  }
  return done;
}

const FIRST_ID = '00000000-0000-0000-0000-000000000000';
const pageAfter = (db: DataSource, last: string, chunk: number) =>
  db
    .getRepository(Household)
    .createQueryBuilder('h')
    .where(`h.status = 'ACTIVE' AND h.id > :last`, { last })
    .orderBy('h.id')
    .take(chunk)
    .getMany();

/** Re-planning as the project does it in a batch: PlanService.generateMany per page, committed. */
async function replanBatch(db: DataSource, s: ReturnType<typeof createServices>, chunk: number): Promise<number> {
  let done = 0;
  for (let page = await pageAfter(db, FIRST_ID, chunk); page.length > 0;) {
    await db.transaction((em) => s.plans.generateMany(em, page, 'bench:batch', { onlyChanged: false }));
    done += page.length;
    page = await pageAfter(db, page[page.length - 1].id, chunk);
  }
  return done;
}

/** Re-planning's floor: the same inputs (PlanInputLoader), the pure planner and its diff, the same plan and
 *  item rows in one INSERT each per page (and the previous drafts superseded in one UPDATE). */
async function replanFloor(db: DataSource, s: ReturnType<typeof createServices>, chunk: number): Promise<number> {
  let done = 0;
  for (let page = await pageAfter(db, FIRST_ID, chunk); page.length > 0;) {
    await db.transaction(async (em) => {
      const inputs = s.plans.inputs;
      const data = (await inputs.load(em, page, await inputs.catalogue(em))).filter((d) => d.assessmentId !== null);
      const now = systemClock.now();
      const plans: object[] = [];
      const items: object[] = [];
      const superseded: string[] = [];
      for (const d of data) {
        const out = planHousehold(d.input);
        const previous = d.previous;
        const changes = diffPlans(previous && { ...previous.plan, items: previous.items }, {
          assessmentId: d.assessmentId,
          ...out,
        });
        if (previous?.plan.status === 'DRAFT') superseded.push(previous.plan.id);
        const plan = plannedPlanRow(d, out, changes, 'bench:floor', now);
        plans.push(plan);
        out.items.forEach((item, i) => items.push(plannedItemRow(plan.id, item, i, 'bench:floor')));
      }
      if (superseded.length)
        await em.query(`UPDATE plan SET status = 'SUPERSEDED' WHERE id = ANY($1::uuid[]) AND status = 'DRAFT'`, [
          superseded,
        ]);
      if (plans.length) await em.createQueryBuilder().insert().into(Plan).values(plans).execute();
      for (let i = 0; i < items.length; i += 2000)
        await em
          .createQueryBuilder()
          .insert()
          .into(PlanItem)
          .values(items.slice(i, i + 2000))
          .execute();
    });
    done += page.length;
    page = await pageAfter(db, page[page.length - 1].id, chunk);
  }
  return done;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const size = Number(args.get('size')?.[0] ?? 2000);
  const rounds = Number(args.get('rounds')?.[0] ?? 2);
  const chunk = Number(args.get('chunk')?.[0] ?? 500);
  const config = { ...loadConfig(), migrateOnStart: true };
  if (!config.databaseUrl) config.dataDir = 'memory://';
  const database = await openDatabase(config);
  const db = database.dataSource;
  try {
    await seedReferenceData(db);
    const t0 = Date.now();
    await seedDemo(db, size);
    const [{ n: households }] = await db.query(`SELECT count(*)::int AS n FROM household WHERE status = 'ACTIVE'`);
    const where = config.databaseUrl ? 'PostgreSQL' : 'in-memory PGlite';
    const s = createServices(db, systemClock);
    const chunked = chunkedRuns(db, systemClock);
    const batch = (force: boolean) =>
      runAssessBatch(chunked, s.assessments, { chunk, force, actorId: 'bench:batch' }).then((r) => r.done);
    await batch(false); // every household assessed once: both sides then re-assess
    console.log(
      `${households} active households (${where}; seeded and assessed in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    const timed = async (run: () => Promise<number>) => {
      const start = process.hrtime.bigint();
      const n = await run();
      return { seconds: Number(process.hrtime.bigint() - start) / 1e9, n };
    };
    const results = { batch: [] as number[], floor: [] as number[] };
    const side = async (name: 'batch' | 'floor', round: number) => {
      const r = await timed(() => (name === 'batch' ? batch(true) : floor(db, s, chunk)));
      if (r.n !== households) throw new Error(`${name} did ${r.n} of ${households} households`);
      results[name].push(r.seconds);
      console.log(`round ${round + 1} ${name}: ${r.seconds.toFixed(2)} s (${Math.round(households / r.seconds)}/s)`);
    };
    for (let round = 0; round < rounds; round++)
      if (round % 2 === 0) await side('floor', round).then(() => side('batch', round));
      else await side('batch', round).then(() => side('floor', round));
    if (args.has('breakdown')) {
      // Where the batch's extra time goes: once more without its ANALYZE after the 1st, 2nd, 4th … chunk.
      const analyse = ChunkedRuns.prototype.analyse;
      ChunkedRuns.prototype.analyse = async () => undefined;
      const quiet = await timed(() => batch(true));
      ChunkedRuns.prototype.analyse = analyse;
      console.log(`batch without ANALYZE: ${quiet.seconds.toFixed(2)} s (${Math.round(households / quiet.seconds)}/s)`);
    }
    // Once more, the floor storing each assessment's full profile as the code did before (what storing less saved).
    const before = await timed(() => floor(db, s, chunk, true));
    console.log(
      `floor storing the profile too: ${before.seconds.toFixed(2)} s (${Math.round(households / before.seconds)}/s)`,
    );
    const rate = (xs: number[]) => Math.round(households / Math.min(...xs));
    if (args.has('replan')) {
      const replan = { batch: [] as number[], floor: [] as number[] };
      for (let round = 0; round < rounds; round++)
        for (const name of round % 2 === 0 ? (['floor', 'batch'] as const) : (['batch', 'floor'] as const)) {
          const r = await timed(() => (name === 'batch' ? replanBatch(db, s, chunk) : replanFloor(db, s, chunk)));
          replan[name].push(r.seconds);
          console.log(
            `round ${round + 1} re-plan ${name}: ${r.seconds.toFixed(2)} s (${Math.round(r.n / r.seconds)}/s)`,
          );
        }
      const [b, f] = [rate(replan.batch), rate(replan.floor)];
      console.log(`re-plan batch: ${b} plans/s, floor: ${f} plans/s (best of ${rounds})`);
      console.log(`re-plan ratio: ${(f / b).toFixed(2)}× the floor's time (target ≤ 2×; rate target ≥ 1,000/s)`);
    }
    const [batchRate, floorRate] = [rate(results.batch), rate(results.floor)];
    console.log(`re-assess batch: ${batchRate} households/s (best of ${rounds})`);
    console.log(`re-assess floor: ${floorRate} households/s (best of ${rounds})`);
    console.log(
      `ratio: ${(floorRate / batchRate).toFixed(2)}× the floor's time (target ≤ 2×; rate target ≥ 2,000/s); ` +
        `load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
