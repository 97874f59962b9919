// Issue 15 §3: a city-wide reassessment as a chunked run. On PostgreSQL two `npm run worker` processes
// share the run through the queue (pg-boss), one is killed with SIGKILL halfway, and the run still ends
// SUCCEEDED with every active household assessed exactly once by it. On either database the same chunk
// code runs in-process (the embedded database's path), a failed run resumes where it stopped, and ADMIN
// reads the runs through GraphQL batchRuns (a cursor connection); other roles are refused.
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createServices } from '../../src/graphql/schema';
import {
  planAssessRun,
  runAssessBatch,
  runChunksInProcess,
  assessChunk,
} from '../../src/modules/assessment/assess-batch';
import type { AssessmentService } from '../../src/modules/assessment/assessment.service';
import { ChunkedRuns } from '../../src/modules/batch/batch-chunks';
import { BatchQueue } from '../../src/modules/batch/batch-queue';
import { BatchRunsDocument } from '../__generated__/graphql';
import { seedCity } from '../support/seed-city';
import { useTestApi } from '../support/test-api';

const ROOT = path.resolve(__dirname, '../..');
const api = useTestApi();
const admin = () => api.as({ role: 'ADMIN' });

/** Assessments each household got from runs by this actor: households → count, over all households. */
async function assessedBy(actor: string): Promise<Map<string, number>> {
  const rows: Array<{ id: string; status: string; n: number }> = await api.db.query(
    `SELECT h.id, h.status, count(a.id)::int AS n FROM household h
     LEFT JOIN assessment a ON a.household_id = h.id AND a.assessed_by = $1 GROUP BY h.id, h.status`,
    [actor],
  );
  return new Map(rows.map((r) => [`${r.status}:${r.id}`, r.n]));
}

/** Exactly one assessment for every ACTIVE household, none for an ARCHIVED one. */
function expectOncePerActive(counts: Map<string, number>) {
  const active = [...counts].filter(([key]) => key.startsWith('ACTIVE:'));
  expect(active.length).toBeGreaterThan(0);
  expect(active.filter(([, n]) => n !== 1)).toEqual([]);
  expect([...counts].filter(([key, n]) => key.startsWith('ARCHIVED:') && n !== 0)).toEqual([]);
}

/**
 * The run's end ANALYZEd what it wrote (autovacuum may be off): the planner's row counts of those tables
 * are their real sizes (a table this small is read whole by ANALYZE), not what they were before the run.
 */
async function expectFreshStatistics() {
  for (const table of ['assessment', 'need', 'visit_schedule', 'hardship_count']) {
    const [{ reltuples, n }] = await api.db.query(
      `SELECT c.reltuples::int AS reltuples, (SELECT count(*)::int FROM "${table}") AS n FROM pg_class c
       WHERE c.oid = $1::regclass`,
      [table],
    );
    expect({ table, reltuples }).toEqual({ table, reltuples: n });
  }
}

beforeAll(async () => {
  // 480 households, one in 20 ARCHIVED (seed-city.ts): 456 ACTIVE to reassess
  await seedCity(api.db, 480);
});

describe('in-process (the embedded database runs its chunks in turn)', () => {
  it('assesses each active household once, in chunks of 50, and batchRuns shows the run to ADMIN', async () => {
    const seen: number[] = [];
    const { assessments, chunked } = createServices(api.db, api.clock);
    const result = await runAssessBatch(chunked, assessments, {
      chunk: 50,
      force: true,
      actorId: 'test:in-process',
      onChunk: (done) => seen.push(done),
    });
    // 456 ACTIVE households in chunks of 50: 10 chunks, the last of 6
    expect(result).toMatchObject({ total: 456, done: 456, created: 456 });
    expect(seen).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450, 456]);
    expectOncePerActive(await assessedBy('test:in-process'));
    await expectFreshStatistics();

    const res = await admin().exec(BatchRunsDocument, { filter: { kind: 'assess' }, first: 1 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.batchRuns.totalCount).toBe(1);
    expect(res.data!.batchRuns.edges[0].node).toMatchObject({
      id: result.runId,
      status: 'SUCCEEDED',
      total: 456,
      done: 456,
      chunkSize: 50,
      chunks: 10,
      chunksLeft: 0,
      etaSeconds: null,
    });
    for (const caller of [
      api.as({ role: 'ADVISER', streets: ['310105001'] }),
      api.as({ role: 'VIEWER' }),
      api.as({ role: 'PARTNER', providerId: 'P-X' }),
    ]) {
      const refused = await caller.exec(BatchRunsDocument, {});
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
  });

  it('a run whose third chunk throws is FAILED at 2 chunks; resumed, it does only what was left', async () => {
    const { assessments, chunked } = createServices(api.db, api.clock);
    let calls = 0;
    const failing = {
      assessHouseholds: (...args: Parameters<AssessmentService['assessHouseholds']>) => {
        if (++calls === 3) throw new Error('chunk refused');
        return assessments.assessHouseholds(...args);
      },
    } as AssessmentService;
    const { run } = await planAssessRun(chunked, { chunk: 100, force: true, actorId: 'test:resume' });
    await expect(runChunksInProcess(chunked, run.id, assessChunk(failing), 'test')).rejects.toThrow('chunk refused');
    expect(await chunked.get(run.id)).toMatchObject({ status: 'FAILED', done: 200, chunks: 5, chunksLeft: 3 });
    expect(await chunked.reopen(run.id)).toBe(true);
    const ended = await runChunksInProcess(chunked, run.id, assessChunk(assessments), 'test');
    expect(ended).toMatchObject({ status: 'SUCCEEDED', done: 456, chunksLeft: 0 });
    expectOncePerActive(await assessedBy('test:resume'));
    await expectFreshStatistics();
  });
});

const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer('two worker processes on the queue, one killed halfway (PostgreSQL)', () => {
  const workers: ChildProcess[] = [];
  afterAll(() => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
  });

  function startWorker() {
    const child = spawn(process.execPath, ['scripts/cli.js', 'worker'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: api.url,
        NODE_ENV: 'test',
        BATCH_LEASE_SECONDS: '3', // a killed worker's chunk goes to another within ~3 s + maintenance
        BATCH_MAINTENANCE_SECONDS: '1',
        BATCH_POLL_SECONDS: '1',
      },
    });
    workers.push(child);
    let stderr = '';
    const ready = new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', (d) => {
        stderr += d;
        if (stderr.includes('waiting for chunks')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${stderr}`)));
    });
    return { child, ready, stderr: () => stderr };
  }

  it('completes the run with every active household assessed exactly once', async () => {
    const a = startWorker();
    const b = startWorker();
    await Promise.all([a.ready, b.ready]);
    const chunked = new ChunkedRuns(api.db, api.clock);
    const { run, chunks } = await planAssessRun(chunked, { chunk: 8, force: true, actorId: 'test:workers' });
    expect(chunks).toHaveLength(57); // 456 / 8
    const queue = await BatchQueue.open(
      api.url,
      { leaseSeconds: 3, maintenanceSeconds: 1, pollSeconds: 1, retryLimit: 10 },
      () => undefined,
    );
    await queue.enqueue(chunks.map((c) => ({ kind: 'assess' as const, runId: run.id, chunkId: c.id })));
    await queue.stop();

    // Halfway: at least a third of the chunks done and worker A holding one it has not finished.
    const workerA = `%:${a.child.pid}`;
    let held: string | null = null;
    for (const started = Date.now(); !held && Date.now() - started < 60_000;) {
      const [row] = await api.db.query(
        `SELECT c.id, r.chunks - r.chunks_left AS done FROM batch_chunk c JOIN batch_run r ON r.id = c.run_id
         WHERE c.run_id = $1 AND c.status = 'PENDING' AND c.claimed_by LIKE $2`,
        [run.id, workerA],
      );
      if (row && row.done >= 19) held = row.id;
      else await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(held).not.toBeNull();
    a.child.kill('SIGKILL');
    await new Promise((resolve) => a.child.once('exit', resolve));
    const [afterKill] = await api.db.query(`SELECT status FROM batch_chunk WHERE id = $1`, [held]);

    let ended: { status: string } | null = null;
    for (const started = Date.now(); Date.now() - started < 60_000;) {
      ended = await chunked.get(run.id);
      if (ended!.status !== 'RUNNING') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(ended).toMatchObject({ status: 'SUCCEEDED', total: 456, done: 456, chunksLeft: 0 });
    expectOncePerActive(await assessedBy('test:workers'));
    // Both workers did chunks; the chunk A held when it died went to B (if A had not committed it).
    const byWorker: Array<{ claimed_by: string }> = await api.db.query(
      `SELECT DISTINCT claimed_by FROM batch_chunk WHERE run_id = $1`,
      [run.id],
    );
    expect(byWorker.map((r) => r.claimed_by.split(':').pop()).sort()).toEqual(
      [String(a.child.pid), String(b.child.pid)].sort(),
    );
    if (afterKill.status === 'PENDING') {
      const [retaken] = await api.db.query(`SELECT status, attempts, claimed_by FROM batch_chunk WHERE id = $1`, [
        held,
      ]);
      expect(retaken).toMatchObject({
        status: 'DONE',
        attempts: 2,
        claimed_by: expect.stringMatching(`:${b.child.pid}$`),
      });
    }
    b.child.kill('SIGTERM');
    expect(await new Promise((resolve) => b.child.once('exit', resolve))).toBe(0);
  }, 150_000);
});
