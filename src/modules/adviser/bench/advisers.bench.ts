// Adviser benchmark (npm run bench:advisers): on the demo database (DATABASE_URL, default
// postgresql://postgres@127.0.0.1:5432/fl_demo) it applies pending migrations, makes sure the three
// largest streets have deterministic demo advisers (演示顾问) with households assigned, then times
// dueVisits for a street, the overdue list of an adviser and of a street, and each statistics query
// (p50/p95 over RUNS runs, through the real services), and prints the EXPLAIN plan of each statement.
// Additive only: it never deletes anything, so other benchmarks can share the database.
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import type { Logger } from 'typeorm';
import { systemClock } from '../../../common/clock';
import type { Viewer } from '../../../common/viewer';
import { createDataSource } from '../../../db/data-source';
import { createServices } from '../../../graphql/schema';
import { refreshVisitSchedules } from '../../visit/visit-schedule.refresh';

const URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/fl_demo';
const RUNS = Number(process.env.RUNS ?? 30);
const STREETS = 3;
const CASELOAD = 60;
const ADMIN: Viewer = { id: 'bench', role: 'ADMIN', name: null, streetCodes: [], providerId: null };
const VIEWER: Viewer = { id: 'bench', role: 'VIEWER', name: null, streetCodes: [], providerId: null };

// Fixed ids: the same advisers on every run and every machine.
const uuidOf = (text: string) => {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

class Capture implements Logger {
  on = false;
  statements: Array<{ query: string; parameters: unknown[] }> = [];
  logQuery(query: string, parameters?: unknown[]) {
    if (this.on && !/^(START|BEGIN|COMMIT|ROLLBACK)/i.test(query))
      this.statements.push({ query, parameters: parameters ?? [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  const capture = new Capture();
  const db = createDataSource(URL, { poolSize: 4, logger: capture });
  await db.initialize();
  try {
    const ran = await db.runMigrations();
    if (ran.length > 0) console.log(`migrations applied: ${ran.map((m) => m.name).join(', ')}`);
    const s = createServices(db, systemClock);
    const streets: Array<{ street_code: string; n: number }> = await db.query(
      `SELECT street_code, count(*)::int AS n FROM household WHERE status = 'ACTIVE' GROUP BY 1
        ORDER BY 2 DESC, 1 LIMIT ${STREETS}`,
    );
    const [{ n: households }] = await db.query(`SELECT count(*)::int AS n FROM household WHERE status = 'ACTIVE'`);
    console.log(
      `${households} active households; benchmark ` +
        `streets ${streets.map((x) => `${x.street_code} (${x.n})`).join(', ')}`,
    );

    // Advisers and assignments, deterministic and idempotent: ceil(n / CASELOAD) advisers per street,
    // households dealt out in id order to those with spare places.
    for (const { street_code: street, n } of streets) {
      const count = Math.ceil(n / CASELOAD);
      const ids = Array.from({ length: count }, (_, i) => uuidOf(`bench-adviser-${street}-${i}`));
      await db.query(
        `INSERT INTO adviser (id, name, street_code, role_type, caseload_max, specialties)
        SELECT id::uuid, '演示顾问' || $2 || '-' || ord, $2, 'COMMUNITY_WORKER', $3, ARRAY['ELDERLY']
        FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord) ON CONFLICT (id) DO NOTHING`,
        [ids, street, CASELOAD],
      );
      const assigned: Array<{ household_id: string }> = await db.query(
        `
        WITH free AS (SELECT h.id, row_number() OVER (ORDER BY h.id) - 1 AS k FROM household h
          WHERE h.street_code = $1 AND h.status = 'ACTIVE'
            AND NOT EXISTS (SELECT 1 FROM household_assignment x WHERE x.household_id = h.id
              AND x.assigned_until IS NULL)),
        places AS (SELECT a.id AS adviser_id, a.caseload_max - (SELECT count(*) FROM household_assignment x
          WHERE x.adviser_id = a.id AND x.assigned_until IS NULL) AS spare
          FROM adviser a WHERE a.id = ANY($2::uuid[])),
        slots AS (SELECT adviser_id, row_number() OVER (ORDER BY adviser_id, g) - 1 AS k
          FROM places, generate_series(1, greatest(spare, 0)) g)
        INSERT INTO household_assignment (household_id, adviser_id, assigned_by, note)
        SELECT free.id, slots.adviser_id, 'bench', 'bench:advisers' FROM free JOIN slots USING (k)
        RETURNING household_id`,
        [street, ids],
      );
      if (assigned.length > 0) {
        await db.transaction((em) =>
          refreshVisitSchedules(
            em,
            assigned.map((a) => a.household_id),
            systemClock,
          ),
        );
        console.log(`street ${street}: ${count} advisers, ${assigned.length} households newly assigned`);
      }
    }
    await db.query(
      'ANALYZE visit_schedule; ANALYZE household_assignment; ANALYZE adviser; ANALYZE need; ANALYZE service_record',
    );

    const street = streets[0].street_code;
    const adviserId = uuidOf(`bench-adviser-${street}-0`);
    const endOfMonth = (() => {
      const d = new Date(`${systemClock.today().slice(0, 8)}01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + 1, 0);
      return d.toISOString().slice(0, 10);
    })();
    const page = { skip: 0, take: 20 };
    const cases: Array<[string, () => Promise<unknown>]> = [
      [
        `dueVisits(street ${street}, until ${endOfMonth})`,
        () => s.visits.due(ADMIN, { streetCode: street }, endOfMonth, page),
      ],
      [`dueVisits(adviser, until ${endOfMonth})`, () => s.visits.due(ADMIN, { adviserId }, endOfMonth, page)],
      [`overdueVisits(street ${street})`, () => s.visits.overdue(ADMIN, { streetCode: street }, page)],
      [
        `adviserWorkStatistics(district ${street.slice(0, 6)}, this month)`,
        () =>
          s.visitStatistics.adviserWork(ADMIN, {
            from: `${systemClock.today().slice(0, 8)}01`,
            to: systemClock.today(),
            districtCode: street.slice(0, 6),
          }),
      ],
      ['needStatistics (all, VIEWER)', () => s.needStatistics.needs(VIEWER)],
      [`needStatistics (district ${street.slice(0, 6)})`, () => s.needStatistics.needs(ADMIN, street.slice(0, 6))],
      ['hardshipStatistics (all, VIEWER)', () => s.statistics.hardship(VIEWER)],
    ];
    console.log(`\nlatency over ${RUNS} runs (after 3 warm-up runs), milliseconds`);
    const plans: Array<[string, string[]]> = [];
    for (const [name, run] of cases) {
      for (let i = 0; i < 3; i++) await run();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = process.hrtime.bigint();
        await run();
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      console.log(
        `  ${name.padEnd(58)} ` +
          `p50 ${pct(times, 50).toFixed(1).padStart(7)}   p95 ${pct(times, 95).toFixed(1).padStart(7)}`,
      );
      capture.statements = [];
      capture.on = true;
      await run();
      capture.on = false;
      const explained: string[] = [];
      for (const { query, parameters } of capture.statements.filter(
        (q) => /^\s*SELECT/i.test(q.query) && !/FROM "adviser" "Adviser"/.test(q.query),
      )) {
        const rows: Array<{ 'QUERY PLAN': string }> = await db.query(
          `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${query}`,
          parameters,
        );
        explained.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
      plans.push([name, explained]);
    }
    for (const [name, explained] of plans) {
      console.log(`\n=== ${name}`);
      for (const plan of explained) console.log(`${plan}\n---`);
    }
  } finally {
    await db.destroy();
  }
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
