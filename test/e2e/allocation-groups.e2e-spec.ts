// Several resources at once over real HTTP (issue 15 §2): R-GA and R-GB share an exclusive group
// (互斥), one place each a QUARTER; R-GC is outside it. Weights of policy/allocation-priority.ts
// (CATALOGUE.md matching guidance step 4), by hand, on 2026-12-10:
//   X HIGH, ordinary, waiting since 2026-12-09 (1 day): 30,000 + 1 + 1 = 30,002; claims GA, GB and GC
//   Y MODERATE, ordinary, since 2026-12-10 (0 days): 20,000 + 0 + 1 = 20,001; claims GA only
// Giving X the first place it ranks highest on (GA) would leave GB empty: 30,002 + 30,002 (GC) = 60,004.
// The best total gives X GB and Y GA: 30,002 + 20,001 + 30,002 (GC) = 80,005.
import { AllocateDocument } from '../__generated__/graphql';
import { insertClaimant, insertQuotaResource } from '../support/allocation';
import { CHANGNING } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('allocate across an exclusive group (e2e)', () => {
  const api = useTestApi();
  const r: Record<string, string> = {};
  const h: Record<string, string> = {};

  beforeAll(async () => {
    api.clock.set('2026-12-10');
    for (const code of ['GA', 'GB'])
      r[code] = await insertQuotaResource(api.db, `R-${code}`, {
        quota: 1,
        period: 'QUARTER',
        exclusiveGroup: 'ALLOC_G',
      });
    r.GC = await insertQuotaResource(api.db, 'R-GC', { quota: 1, period: 'QUARTER' });
    const base = { street: CHANGNING.huayang, urgency: 'ORDINARY' };
    h.X = (
      await insertClaimant(api.db, {
        ...base,
        resourceIds: [r.GA, r.GB, r.GC],
        address: 'X',
        level: 'HIGH',
        since: '2026-12-09',
      })
    ).household;
    h.Y = (
      await insertClaimant(api.db, {
        ...base,
        resourceIds: [r.GA],
        address: 'Y',
        level: 'MODERATE',
        since: '2026-12-10',
      })
    ).household;
  });

  it('solves the resources together: the highest total, the group respected, the queue explained', async () => {
    const res = await api.as({ role: 'ADMIN' }).exec(AllocateDocument, { resourceIds: [r.GA, r.GB, r.GC] });
    expect(res.errors).toBeUndefined();
    const a = res.data!.allocate;
    expect(a).toMatchObject({ method: 'MIN_COST_FLOW', objective: 80_005 });
    expect(a.resources.map((x) => [x.resourceCode, x.periodKey, x.placed.map((p) => p.householdId)])).toEqual([
      ['R-GA', '2026-Q4', [h.Y]],
      ['R-GB', '2026-Q4', [h.X]],
      ['R-GC', '2026-Q4', [h.X]], // outside the group: X may hold it beside GB
    ]);
    expect(a.resources[0].queue).toEqual([
      expect.objectContaining({
        householdId: h.X,
        priority: 30_002,
        position: 1,
        reason: 'EXCLUSIVE_GROUP',
        givenInstead: 'R-GB',
      }),
    ]);
  });
});
