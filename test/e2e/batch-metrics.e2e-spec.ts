// Batch progress on GET /metrics over real HTTP (issue 17, "batch progress"): the assess batch and
// the household import write batch_run rows, the service reads them at scrape time. Expected values
// come from the households this file makes: 3 in 新泾 (xinjing) and 1 in 华阳 (huayang).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { createServices } from '../../src/graphql/schema';
import type { Clock } from '../../src/common/clock';
import type { Viewer } from '../../src/common/viewer';
import { HouseholdImportService } from '../../src/modules/spreadsheet/household-import.service';
import { runAssessBatch } from '../../src/modules/assessment/assess-batch';
import type { AssessmentService } from '../../src/modules/assessment/assessment.service';
import { BATCH_KINDS } from '../../src/modules/batch/batch-run.entity';
import { BatchRuns } from '../../src/modules/batch/batch-progress';
import { ChunkedRuns } from '../../src/modules/batch/batch-chunks';
import { importWarningsFile } from '../../src/modules/warning/warning-import';
import { CHANGNING, freshIdNumber } from '../support/factories';
import { householdRows, toXlsx, upload, XLSX } from '../support/spreadsheets';
import { tokenFor, useTestApi } from '../support/test-api';

const api = useTestApi({ requestTimeoutMs: 60_000 });
const admin = tokenFor({ role: 'ADMIN', sub: 'batch-metrics-admin' });

/** The value of one series, or undefined when it is absent. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};
/** Scrapes after moving the clock on 2 s: past the scrape cache (1 s by the clock). */
const scrape = async () => {
  api.clock.advanceMinutes(2 / 60);
  const res = await request(api.server).get('/metrics').expect(200);
  return (series: string) => sample(res.text, series);
};
const nowSeconds = () => api.clock.now().getTime() / 1000;
const batches = () => new BatchRuns(api.db, api.clock);
const chunked = () => new ChunkedRuns(api.db, api.clock);

describe('batch progress on /metrics', () => {
  it('scrapes an empty batch_run table: nothing ran, nothing runs, the scrape still answers', async () => {
    const m = await scrape();
    expect(m('fourlists_batch_scrape_ok')).toBe(1);
    for (const kind of BATCH_KINDS) {
      expect(m(`fourlists_batch_running{kind="${kind}"}`)).toBe(0);
      expect(m(`fourlists_batch_stale{kind="${kind}"}`)).toBe(0);
      expect(m(`fourlists_batch_items{kind="${kind}",state="done"}`)).toBeUndefined();
      expect(m(`fourlists_batch_status{kind="${kind}",status="SUCCEEDED"}`)).toBeUndefined();
      expect(m(`fourlists_batch_last_success_timestamp_seconds{kind="${kind}"}`)).toBeUndefined();
    }
  });

  it('an applied household import: total = households in the file, all done, SUCCEEDED', async () => {
    const rows = [...householdRows(3, CHANGNING.xinjing, '批新泾'), ...householdRows(1, CHANGNING.huayang, '批华阳')];
    const res = await upload(api.server, admin, await toXlsx(rows), XLSX, false);
    expect(res.status).toBe(200);
    expect(res.body.households.created).toBe(4);
    const finished = nowSeconds();
    const m = await scrape();
    expect(m('fourlists_batch_items{kind="household_import",state="total"}')).toBe(4);
    expect(m('fourlists_batch_items{kind="household_import",state="done"}')).toBe(4);
    expect(m('fourlists_batch_items{kind="household_import",state="failed"}')).toBe(0);
    expect(m('fourlists_batch_status{kind="household_import",status="SUCCEEDED"}')).toBe(1);
    expect(m('fourlists_batch_status{kind="household_import",status="RUNNING"}')).toBe(0);
    expect(m('fourlists_batch_running{kind="household_import"}')).toBe(0);
    expect(m('fourlists_batch_last_success_timestamp_seconds{kind="household_import"}')).toBe(finished);
  });

  it('a dry run is no batch: the latest import run stays the applied one', async () => {
    const res = await upload(api.server, admin, await toXlsx(householdRows(2, CHANGNING.xinjing, '批试')), XLSX, true);
    expect(res.status).toBe(200);
    const m = await scrape();
    expect(m('fourlists_batch_items{kind="household_import",state="total"}')).toBe(4);
  });

  it('a refused import is FAILED: the bad household failed, the others counted done, nothing written', async () => {
    const rows = householdRows(5, CHANGNING.xinjing, '批拒');
    rows[9].hukou = '外地'; // household 5's second member: not a label of 户籍
    const res = await upload(api.server, admin, await toXlsx(rows), XLSX, false);
    expect(res.status).toBe(422);
    const m = await scrape();
    expect(m('fourlists_batch_items{kind="household_import",state="total"}')).toBe(5);
    expect(m('fourlists_batch_items{kind="household_import",state="done"}')).toBe(4);
    expect(m('fourlists_batch_items{kind="household_import",state="failed"}')).toBe(1);
    expect(m('fourlists_batch_status{kind="household_import",status="FAILED"}')).toBe(1);
    expect(m('fourlists_batch_status{kind="household_import",status="SUCCEEDED"}')).toBe(0);
  });

  let assessedAt = 0;
  it('the assess batch on one street: total and done = its 3 active households, in chunks of 2', async () => {
    const { assessments } = createServices(api.db, api.clock);
    const seen: number[] = [];
    const result = await runAssessBatch(chunked(), assessments, {
      street: CHANGNING.xinjing,
      chunk: 2,
      force: false,
      actorId: 'test:batch-metrics',
      onChunk: (done) => seen.push(done),
    });
    expect(result).toMatchObject({ total: 3, done: 3, created: 3 });
    expect(seen).toEqual([2, 3]);
    assessedAt = nowSeconds();
    const m = await scrape();
    expect(m('fourlists_batch_items{kind="assess",state="total"}')).toBe(3);
    expect(m('fourlists_batch_items{kind="assess",state="done"}')).toBe(3);
    expect(m('fourlists_batch_items{kind="assess",state="failed"}')).toBe(0);
    expect(m('fourlists_batch_status{kind="assess",status="SUCCEEDED"}')).toBe(1);
    expect(m('fourlists_batch_last_success_timestamp_seconds{kind="assess"}')).toBe(assessedAt);
  });

  it('an assess batch failing in chunk 2 is FAILED at 2 of 4; the last success stays the earlier run', async () => {
    const { assessments } = createServices(api.db, api.clock);
    let calls = 0;
    const failing = {
      assessHouseholds: (...args: Parameters<AssessmentService['assessHouseholds']>) => {
        if (++calls === 2) throw new Error('chunk refused');
        return assessments.assessHouseholds(...args);
      },
    } as AssessmentService;
    await expect(
      runAssessBatch(chunked(), failing, { chunk: 2, force: true, actorId: 'test:batch-metrics' }),
    ).rejects.toThrow('chunk refused');
    const m = await scrape();
    // all streets: 3 in xinjing + 1 in huayang active (the refused import wrote none)
    expect(m('fourlists_batch_items{kind="assess",state="total"}')).toBe(4);
    expect(m('fourlists_batch_items{kind="assess",state="done"}')).toBe(2);
    expect(m('fourlists_batch_status{kind="assess",status="FAILED"}')).toBe(1);
    expect(m('fourlists_batch_running{kind="assess"}')).toBe(0);
    expect(m('fourlists_batch_last_success_timestamp_seconds{kind="assess"}')).toBe(assessedAt);
  });

  it('a run in progress: running, counts written at most once a second, stale when silent 15 minutes', async () => {
    const run = await batches().start('seed_demo', 10);
    const started = nowSeconds();
    run.advance(3); // same instant as the start: not written yet
    await run.settled();
    let m = await scrape();
    expect(m('fourlists_batch_running{kind="seed_demo"}')).toBe(1);
    expect(m('fourlists_batch_status{kind="seed_demo",status="RUNNING"}')).toBe(1);
    expect(m('fourlists_batch_items{kind="seed_demo",state="done"}')).toBe(0);
    expect(m('fourlists_batch_started_timestamp_seconds{kind="seed_demo"}')).toBe(started);
    run.advance(2, 1); // 2 s after the start (the scrape moved the clock): written, 5 done and 1 failed
    await run.settled();
    const beat = nowSeconds();
    m = await scrape();
    expect(m('fourlists_batch_items{kind="seed_demo",state="done"}')).toBe(5);
    expect(m('fourlists_batch_items{kind="seed_demo",state="failed"}')).toBe(1);
    expect(m('fourlists_batch_items{kind="seed_demo",state="total"}')).toBe(10);
    expect(m('fourlists_batch_heartbeat_timestamp_seconds{kind="seed_demo"}')).toBe(beat);
    api.clock.advanceMinutes(15); // plus the scrape's 2 s: silent for over 15 minutes
    m = await scrape();
    expect(m('fourlists_batch_stale{kind="seed_demo"}')).toBe(1);
    expect(m('fourlists_batch_running{kind="seed_demo"}')).toBe(0);
    await run.fail();
    m = await scrape();
    expect(m('fourlists_batch_stale{kind="seed_demo"}')).toBe(0);
    expect(m('fourlists_batch_status{kind="seed_demo",status="FAILED"}')).toBe(1);
    expect(m('fourlists_batch_last_success_timestamp_seconds{kind="seed_demo"}')).toBeUndefined();
  });

  it('warnings:import: a refused file FAILED (good line done, bad one failed); an applied one SUCCEEDED', async () => {
    const { warnings } = createServices(api.db, api.clock);
    const dir = mkdtempSync(path.join(tmpdir(), 'batch-warnings-'));
    const file = (name: string, body: string) => {
      writeFileSync(path.join(dir, name), `event_id,type,id_number,date,detail\n${body}`);
      return path.join(dir, name);
    };
    const today = api.clock.today();
    const unknown = freshIdNumber(); // registered nowhere: stored as unmatched, still a line processed
    const bad = file('bad.csv', `B-1,MOVE,${unknown},${today},ok\nB-2,MOVE,${unknown.slice(0, 17)}Y,${today},bad\n`);
    const quiet = () => undefined;
    expect(await importWarningsFile(warnings, bad, 'test', quiet, batches())).toBe(1);
    let m = await scrape();
    expect(m('fourlists_batch_items{kind="warnings_import",state="total"}')).toBe(2);
    expect(m('fourlists_batch_items{kind="warnings_import",state="done"}')).toBe(1);
    expect(m('fourlists_batch_items{kind="warnings_import",state="failed"}')).toBe(1);
    expect(m('fourlists_batch_status{kind="warnings_import",status="FAILED"}')).toBe(1);
    const good = file('good.csv', `G-1,MOVE,${unknown},${today},ok\n`);
    expect(await importWarningsFile(warnings, good, 'test', quiet, batches())).toBe(0);
    const finished = nowSeconds();
    m = await scrape();
    expect(m('fourlists_batch_items{kind="warnings_import",state="total"}')).toBe(1);
    expect(m('fourlists_batch_items{kind="warnings_import",state="done"}')).toBe(1);
    expect(m('fourlists_batch_status{kind="warnings_import",status="SUCCEEDED"}')).toBe(1);
    expect(m('fourlists_batch_last_success_timestamp_seconds{kind="warnings_import"}')).toBe(finished);
  });

  // The CLIs are separate processes: their runs reach the service's /metrics through batch_run.
  // PostgreSQL only (PGlite serves one connection, so a second process cannot join it).
  (process.env.DATABASE_URL ? it : it.skip)(
    "npm run assess and npm run seed:demo, as child processes, show up on the service's /metrics",
    async () => {
      const env = { ...process.env, DATABASE_URL: api.url, MIGRATE_ON_START: 'false', LOG_LEVEL: 'silent' };
      const cli = (...args: string[]) => promisify(execFile)('npx', ['ts-node', '--swc', ...args], { env });
      await cli('src/cli/assess.ts', '--street', CHANGNING.xinjing, '--chunk', '2');
      await cli('src/cli/seed-demo.ts', '--size', '3');
      const m = await scrape();
      // the 3 active households of 新泾 (the refused import wrote none)
      expect(m('fourlists_batch_items{kind="assess",state="total"}')).toBe(3);
      expect(m('fourlists_batch_items{kind="assess",state="done"}')).toBe(3);
      expect(m('fourlists_batch_status{kind="assess",status="SUCCEEDED"}')).toBe(1);
      expect(m('fourlists_batch_items{kind="seed_demo",state="total"}')).toBe(3);
      expect(m('fourlists_batch_items{kind="seed_demo",state="done"}')).toBe(3);
      expect(m('fourlists_batch_status{kind="seed_demo",status="SUCCEEDED"}')).toBe(1);
    },
    120_000,
  );

  it('progress written while the import transaction runs waits its turn, even on one connection (PGlite)', async () => {
    // A clock that moves 1 s each time it is read: every advance() is a second after the last write.
    const base = api.clock.now().getTime();
    let reads = 0;
    const ticking: Clock = { now: () => new Date(base + 1000 * ++reads), today: () => api.clock.today() };
    const services = createServices(api.db, ticking);
    const imports = new HouseholdImportService(
      services.households,
      services.members,
      ticking,
      new BatchRuns(api.db, ticking),
    );
    const viewer = {
      id: 'batch-metrics-admin',
      role: 'ADMIN',
      name: null,
      streetCodes: [],
      providerId: null,
    } as Viewer;
    api.queries.reset();
    const bytes = await toXlsx(householdRows(3, CHANGNING.xinjing, '批滴答'));
    const summary = await imports.run(viewer, bytes, 'xlsx', { dryRun: false, requestId: 'batch-tick' });
    expect(summary.applied).toBe(true);
    // the start, one write per household (each a second later), the end: 5 writes
    const writes = api.queries.statements.filter((q) => /^(INSERT INTO|UPDATE) "batch_run"/.test(q));
    expect(writes).toHaveLength(5);
    const [row] = await api.db.query(
      `SELECT "status", "total", "done", "failed" FROM "batch_run" WHERE "kind" = 'household_import'
        ORDER BY "started_at" DESC LIMIT 1`,
    );
    expect(row).toEqual({ status: 'SUCCEEDED', total: 3, done: 3, failed: 0 });
  });

  it('keeps no PII: a batch_run row holds kind, status, times and counts only', async () => {
    const [row] = await api.db.query(`SELECT * FROM "batch_run" LIMIT 1`);
    expect(Object.keys(row).sort()).toEqual(
      // issue 15: a chunked run's size and chunks, and its options (force, street code, actor: no resident's data)
      ['done', 'failed', 'finished_at', 'heartbeat_at', 'id', 'kind', 'started_at', 'status', 'total']
        .concat(['chunk_size', 'chunks', 'chunks_left', 'options'])
        .sort(),
    );
    const options: Array<{ options: object }> = await api.db.query(`SELECT options FROM batch_run`);
    for (const row of options)
      for (const key of Object.keys(row.options)) expect(['force', 'street', 'actorId']).toContain(key);
  });
});

describe('batch progress when batch_run cannot be read', () => {
  it('still answers the scrape, with the previous values and fourlists_batch_scrape_ok 0', async () => {
    await batches().track('warnings_import', 2, async (run) => run.advance(2));
    expect((await scrape())('fourlists_batch_items{kind="warnings_import",state="done"}')).toBe(2);
    await api.db.query(`ALTER TABLE "batch_run" RENAME TO "batch_run_away"`);
    try {
      const m = await scrape();
      expect(m('fourlists_batch_scrape_ok')).toBe(0);
      expect(m('fourlists_batch_items{kind="warnings_import",state="done"}')).toBe(2);
      expect(m('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    } finally {
      await api.db.query(`ALTER TABLE "batch_run_away" RENAME TO "batch_run"`);
    }
    expect((await scrape())('fourlists_batch_scrape_ok')).toBe(1);
  });

  it('a batch whose progress cannot be written still runs and ends as it would, with a warning', async () => {
    const warnings: unknown[] = [];
    const unrecorded = new BatchRuns(api.db, api.clock, (error) => warnings.push(error));
    await api.db.query(`ALTER TABLE "batch_run" RENAME TO "batch_run_away"`);
    try {
      expect(await unrecorded.track('assess', 1, async (run) => (run.advance(1), 'ran'))).toBe('ran');
      await expect(unrecorded.track('assess', 1, async () => Promise.reject(new Error('work failed')))).rejects.toThrow(
        'work failed',
      );
    } finally {
      await api.db.query(`ALTER TABLE "batch_run_away" RENAME TO "batch_run"`);
    }
    expect(warnings).toHaveLength(2); // one per start; nothing else is tried
  });
});
