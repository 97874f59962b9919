// The allocator on hand-derived instances (CATALOGUE.md matching guidance step 4: level 高 > 中 > 低,
// then urgency, then waiting time; weights in policy/allocation-priority.ts: level 30,000 / 20,000 /
// 10,000, EMERGENCY +5,000, +1 per day waited, +1 per place).
import { placePriority } from '../../../policy/allocation-priority';
import { allocate } from '../../../src/modules/allocation/allocator';

describe('allocate: one scarce resource (the sort)', () => {
  // h1 LOW, ordinary, 100 days: 10,000 + 0 + 100 + 1 = 10,101
  // h2 HIGH, ordinary, 0 days: 30,000 + 0 + 0 + 1 = 30,001
  // h3 MODERATE, EMERGENCY, 10 days: 20,000 + 5,000 + 10 + 1 = 25,011
  // h4 MODERATE, ordinary, 400 days: 20,000 + 0 + 400 + 1 = 20,401
  const claims = [
    { householdId: 'h1', resourceId: 'A', priority: placePriority('LOW', 'ORDINARY', 100) },
    { householdId: 'h2', resourceId: 'A', priority: placePriority('HIGH', 'ORDINARY', 0) },
    { householdId: 'h3', resourceId: 'A', priority: placePriority('MODERATE', 'EMERGENCY', 10) },
    { householdId: 'h4', resourceId: 'A', priority: placePriority('MODERATE', 'ORDINARY', 400) },
  ];

  it('gives the 2 places by level, then urgency, then waiting time, and queues the rest in that order', () => {
    const result = allocate([{ id: 'A', places: 2, exclusiveGroup: null }], claims);
    expect(result.method).toBe('SORT');
    expect(result.objective).toBe(30_001 + 25_011);
    expect(result.resources[0].placed).toEqual([
      { householdId: 'h2', priority: 30_001 },
      { householdId: 'h3', priority: 25_011 },
    ]);
    // h4 (中, 400 days) is ahead of h1 (低, 100 days): level before waiting time.
    expect(result.resources[0].queue).toEqual([
      { householdId: 'h4', priority: 20_401, position: 1, reason: 'PLACES_FILLED', givenInstead: null },
      { householdId: 'h1', priority: 10_101, position: 2, reason: 'PLACES_FILLED', givenInstead: null },
    ]);
  });

  it('no places in the period: every claim queued with NO_PLACES', () => {
    const result = allocate([{ id: 'A', places: 0, exclusiveGroup: null }], claims);
    expect(result.objective).toBe(0);
    expect(result.resources[0].queue.map((q) => [q.householdId, q.position, q.reason])).toEqual([
      ['h2', 1, 'NO_PLACES'],
      ['h3', 2, 'NO_PLACES'],
      ['h4', 3, 'NO_PLACES'],
      ['h1', 4, 'NO_PLACES'],
    ]);
  });

  it('equal priority: the smaller household id first, so the proposal is reproducible', () => {
    const p = placePriority('HIGH', 'ORDINARY', 30);
    const result = allocate(
      [{ id: 'A', places: 1, exclusiveGroup: null }],
      [
        { householdId: 'b', resourceId: 'A', priority: p },
        { householdId: 'a', resourceId: 'A', priority: p },
      ],
    );
    expect(result.resources[0].placed.map((x) => x.householdId)).toEqual(['a']);
    expect(result.resources[0].queue[0]).toMatchObject({ householdId: 'b', position: 1 });
  });

  it('a household claiming the same resource twice holds one claim (one place per household per resource)', () => {
    const p = placePriority('LOW', 'ORDINARY', 0);
    const result = allocate(
      [{ id: 'A', places: 5, exclusiveGroup: null }],
      [
        { householdId: 'h', resourceId: 'A', priority: p },
        { householdId: 'h', resourceId: 'A', priority: p },
      ],
    );
    expect(result.resources[0].placed).toHaveLength(1);
  });
});

describe('allocate: an exclusive group across resources (the min-cost flow)', () => {
  // A and B are in one exclusive group (互斥), one place each. h1 (HIGH, 30,001) claims both; h2
  // (MODERATE, 20,001) claims A only. Taking the best claim first would give h1 A and leave B empty
  // (total 30,001); the best total gives h1 B and h2 A: 30,001 + 20,001 = 50,002.
  const resources = [
    { id: 'A', places: 1, exclusiveGroup: 'G' },
    { id: 'B', places: 1, exclusiveGroup: 'G' },
  ];
  const high = placePriority('HIGH', 'ORDINARY', 0);
  const moderate = placePriority('MODERATE', 'ORDINARY', 0);
  const claims = [
    { householdId: 'h1', resourceId: 'A', priority: high },
    { householdId: 'h1', resourceId: 'B', priority: high },
    { householdId: 'h2', resourceId: 'A', priority: moderate },
  ];

  it('gives every place and the highest total', () => {
    const result = allocate(resources, claims);
    expect(result.method).toBe('MIN_COST_FLOW');
    expect(result.objective).toBe(50_002);
    expect(result.resources.map((r) => r.placed.map((p) => p.householdId))).toEqual([['h2'], ['h1']]);
  });

  it("explains h1's place in A's queue: given B of the same group instead", () => {
    const [a, b] = allocate(resources, claims).resources;
    expect(a.queue).toEqual([
      { householdId: 'h1', priority: high, position: 1, reason: 'EXCLUSIVE_GROUP', givenInstead: 'B' },
    ]);
    expect(b.queue).toEqual([]);
  });

  it('resources outside the group are independent: h1 may hold A and an ungrouped C', () => {
    const result = allocate(
      [...resources, { id: 'C', places: 1, exclusiveGroup: null }],
      [...claims, { householdId: 'h1', resourceId: 'C', priority: high }],
    );
    expect(result.objective).toBe(50_002 + high);
    expect(result.resources[2].placed.map((p) => p.householdId)).toEqual(['h1']);
  });

  it('a longer exchange: three group members, the flow moves two claims to fit a third household', () => {
    // Group G over A, B, C, one place each. x claims A, B (HIGH); y claims B, C (HIGH); z claims A
    // (LOW). Best: z A, x B, y C = 30,001 + 30,001 + 10,001 = 70,003 (every place filled).
    const low = placePriority('LOW', 'ORDINARY', 0);
    const result = allocate(
      ['A', 'B', 'C'].map((id) => ({ id, places: 1, exclusiveGroup: 'G' })),
      [
        { householdId: 'x', resourceId: 'A', priority: high },
        { householdId: 'x', resourceId: 'B', priority: high },
        { householdId: 'y', resourceId: 'B', priority: high },
        { householdId: 'y', resourceId: 'C', priority: high },
        { householdId: 'z', resourceId: 'A', priority: low },
      ],
    );
    expect(result.objective).toBe(70_003);
    expect(result.resources.map((r) => r.placed.map((p) => p.householdId))).toEqual([['z'], ['x'], ['y']]);
  });
});
