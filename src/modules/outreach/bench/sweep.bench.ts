// Sweep benchmark (npm run bench:sweep -- --size N): runOutreachSweep over the whole city beside its
// floor, measured in the same run on the same database. The floor streams the same households in the
// same keyset chunks, reads the same facts once (readChunk), evaluates them with the same functions
// (evaluateHousehold: the eligibility engine and policy/outreach-groups.ts) and bulk-inserts the same
// lead rows (one INSERT … jsonb_to_recordset per chunk, the sweep's own statement) — without the
// sweep's lookup of existing leads, adviser assignment and history rows. Each is run three times (best
// kept), leads deleted in between. Without DATABASE_URL: in-memory PGlite with an assessed demo of
// --size households (default 2,000). With DATABASE_URL: its active households (seeded and assessed to --size when
// fewer); it refuses to start when outreach_lead has rows unless --reset (which deletes them).
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { parseArgs } from '../../../cli/args';
import { loadConfig } from '../../../config';
import { openDatabase } from '../../../db/data-source';
import { systemClock } from '../../../common/clock';
import { createServices } from '../../../graphql/schema';
import { seedReferenceData } from '../../../../seeds';
import { Household } from '../../household/household.entity';
import { standardInForce } from '../../reference/reference.service';
import { seedAssessedDemo } from '../../plan/bench/assessed-demo';
import { evaluateHousehold, readChunk } from '../outreach-facts';
import { loadSchemes } from '../outreach-schemes';
import { factsHashOf, INSERT_LEADS, leadRow } from '../outreach-write';
import { SWEEP_CHUNK } from '../outreach-sweep.service';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../../common/viewer';

const ROUNDS = 3;
const ADMIN: Viewer = { id: 'bench', role: 'ADMIN', name: null, streetCodes: [], providerId: null };

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const size = Number(args.get('size')?.[0] ?? 2000);
  const config = { ...loadConfig(), migrateOnStart: true };
  if (!config.databaseUrl) config.dataDir = 'memory://';
  const database = await openDatabase(config);
  const db = database.dataSource;
  try {
    await seedReferenceData(db);
    const [{ n: existing }] = await db.query(`SELECT count(*)::int AS n FROM outreach_lead`);
    if (existing > 0 && !args.has('reset'))
      throw new Error(`outreach_lead has ${existing} rows: pass --reset to delete them, or use another database`);
    const [{ n: active }] = await db.query(`SELECT count(*)::int AS n FROM household WHERE status = 'ACTIVE'`);
    const t0 = Date.now();
    if (!config.databaseUrl || active < size) await seedAssessedDemo(db, size);
    const [{ n: households }] = await db.query(`SELECT count(*)::int AS n FROM household WHERE status = 'ACTIVE'`);
    const where = config.databaseUrl ? 'PostgreSQL' : 'in-memory PGlite';
    console.log(`${households} active households (${where}; set up in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    const s = createServices(db, systemClock);
    const reset = () => db.query(`TRUNCATE outreach_lead_change, outreach_lead`);
    await reset();
    const timed = async (run: () => Promise<number>) => {
      const start = process.hrtime.bigint();
      const leads = await run();
      return { seconds: Number(process.hrtime.bigint() - start) / 1e9, leads };
    };
    const sweep = async () => {
      const report = await s.outreachSweeps.run(ADMIN, { level: 'CITY' });
      if (!('raised' in report)) throw new Error('the sweep refused its input');
      return report.raised;
    };
    const results = { floor: [] as number[], sweep: [] as number[], leads: { floor: 0, sweep: 0 } };
    const runFloor = async (round: number) => {
      const f = await timed(() => floor(db, s.assessments));
      results.floor.push(f.seconds);
      results.leads.floor = f.leads;
      console.log(`round ${round + 1} floor: ${f.seconds.toFixed(2)} s, ${f.leads} leads`);
      await reset();
    };
    const runSweep = async (round: number) => {
      const w = await timed(sweep);
      results.sweep.push(w.seconds);
      results.leads.sweep = w.leads;
      console.log(`round ${round + 1} sweep: ${w.seconds.toFixed(2)} s, ${w.leads} leads`);
      if (round === 0) {
        const again = await timed(sweep);
        console.log(`idempotent re-run: ${again.leads} raised, ${Math.round(households / again.seconds)} households/s`);
      }
      await reset();
    };
    // Alternate which goes first, so that neither always finds the caches the other warmed.
    for (let round = 0; round < ROUNDS; round++)
      if (round % 2 === 0) await runFloor(round).then(() => runSweep(round));
      else await runSweep(round).then(() => runFloor(round));
    const best = (xs: number[]) => Math.min(...xs);
    const rate = (seconds: number) => Math.round(households / seconds);
    const [sweepRate, floorRate] = [rate(best(results.sweep)), rate(best(results.floor))];
    console.log(`leads: sweep ${results.leads.sweep}, floor ${results.leads.floor}`);
    console.log(
      `sweep: ${sweepRate} households/s (best of ${ROUNDS}: ${results.sweep.map((x) => x.toFixed(2)).join(', ')} s)`,
    );
    console.log(
      `floor: ${floorRate} households/s (best of ${ROUNDS}: ${results.floor.map((x) => x.toFixed(2)).join(', ')} s)`,
    );
    console.log(
      `ratio: ${(floorRate / sweepRate).toFixed(2)}× (target ≤ 2×); load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await database.close();
  }
}

/** The floor: the same stream, the same facts and evaluation, the same lead rows bulk-inserted. */
async function floor(db: DataSource, assessments: ReturnType<typeof createServices>['assessments']): Promise<number> {
  const asOf = systemClock.today();
  const standard = await standardInForce(db.manager, asOf);
  const schemes = await loadSchemes(db.manager);
  let leads = 0;
  for (let last = { streetCode: '', id: '00000000-0000-0000-0000-000000000000' }; ;) {
    const page = await db
      .getRepository(Household)
      .createQueryBuilder('h')
      .where(`h.status = 'ACTIVE' AND (h.street_code, h.id) > (:street, :id)`, { street: last.streetCode, id: last.id })
      .orderBy('h.street_code')
      .addOrderBy('h.id')
      .take(SWEEP_CHUNK)
      .getMany();
    if (page.length === 0) break;
    last = page[page.length - 1];
    const now = systemClock.now();
    leads += await db.transaction(async (tx) => {
      const rows = (await readChunk(tx, assessments, page, asOf, standard)).flatMap((row) =>
        evaluateHousehold(row, schemes, standard).map((d) => leadRow(row.household, d, factsHashOf(d))),
      );
      if (rows.length > 0) await tx.query(INSERT_LEADS, [JSON.stringify(rows), now]);
      return rows.length;
    });
  }
  return leads;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
