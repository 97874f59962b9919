// The assess command's progress bar and the rate and ETA batchRuns shows (issue 15 §3), from a run's row.
import { progressBar } from '../../../src/cli/batch-support';
import { BatchRun } from '../../../src/modules/batch/batch-run.entity';

const run = (patch: Partial<BatchRun>) =>
  Object.assign(new BatchRun(), {
    kind: 'assess',
    status: 'RUNNING',
    startedAt: new Date('2026-11-20T02:00:00Z'),
    heartbeatAt: new Date('2026-11-20T02:00:02Z'),
    finishedAt: null,
    total: 300,
    done: 200,
    failed: 0,
    chunks: 12,
    chunksLeft: 4,
    ...patch,
  });

describe('progress of a chunked run', () => {
  it('200 of 300 done in 2 s: 100/s, 1 s left, two thirds of the bar', () => {
    const r = run({});
    expect(r.rate).toBe(100);
    expect(r.etaSeconds).toBe(1);
    // 200/300 = 66.7 % → 67 %, 20 of 30 cells filled
    expect(progressBar(r)).toBe(`[${'#'.repeat(20)}${'-'.repeat(10)}]  67% 200/300 · 100/s · ETA 0:01 · chunks 8/12`);
  });

  it('no rate before anything is done; no ETA once ended; hours in the ETA of a long run', () => {
    expect(run({ done: 0 }).rate).toBeNull();
    expect(run({ done: 0 }).etaSeconds).toBeNull();
    const ended = run({ status: 'SUCCEEDED', done: 300, chunksLeft: 0, finishedAt: new Date('2026-11-20T02:00:03Z') });
    expect(ended.rate).toBe(100);
    expect(ended.etaSeconds).toBeNull();
    // 1,000 of 100,000 in 10 s: 100/s, 99,000 left = 990 s = 16 min 30 s
    const city = run({ total: 100_000, done: 1000, heartbeatAt: new Date('2026-11-20T02:00:10Z') });
    expect(progressBar(city)).toContain('   1% 1000/100000 · 100/s · ETA 16:30 ·');
    // 1,000 of 1,000,000 at 100/s: 999,000 / 100 = 9,990 s = 2 h 46 min 30 s
    expect(progressBar({ ...city, total: 1_000_000, etaSeconds: 9990, rate: 100 } as BatchRun)).toContain(
      'ETA 2:46:30',
    );
  });
});
