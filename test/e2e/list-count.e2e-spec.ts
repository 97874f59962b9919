// A list counts its matches only when the client selects the count (issue 19, "counts that do not
// scan the city", and the API overhead part): a page without totalCount/totalItems is the page's one
// statement; selecting the count (directly, or through a fragment) adds exactly the count statement;
// the deprecated offset page still knows whether a next page exists without counting.
import {
  DueVisitsWithCountDocument,
  DueVisitsWithoutCountDocument,
  HouseholdsCountInFragmentDocument,
  HouseholdsWithoutCountDocument,
} from '../__generated__/graphql';
import { seedCity } from '../support/seed-city';
import { useTestApi } from '../support/test-api';

describe('list counts only when selected (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });
  let active: number;

  beforeAll(async () => {
    await seedCity(api.db, 40);
    // seedCity archives every 20th household: 40 − 2 = 38 ACTIVE (the list's default status).
    [{ n: active }] = await api.db.query(`SELECT count(*)::int AS n FROM household WHERE status = 'ACTIVE'`);
    expect(active).toBe(38);
  }, 120_000);

  async function statements<T>(run: () => Promise<{ data?: T | null; errors?: unknown }>) {
    api.queries.reset();
    const { data, errors } = await run();
    expect(errors).toBeUndefined();
    return { data: data!, statements: api.queries.count };
  }

  it('a households page without totalCount is one statement; with it through a fragment, two', async () => {
    const without = await statements(() => admin().exec(HouseholdsWithoutCountDocument, { first: 5 }));
    expect(without.data.households.edges).toHaveLength(5);
    expect(without.data.households.pageInfo.hasNextPage).toBe(true); // 38 > 5
    expect(without.statements).toBe(1); // the page (ids only: no loader runs)

    const counted = await statements(() => admin().exec(HouseholdsCountInFragmentDocument, { first: 5 }));
    expect(counted.statements).toBe(without.statements + 1); // + the count
    expect(counted.data.households.totalCount).toBe(active); // under the city-wide cap: exact
  });

  it('the deprecated offset page knows of a next page without counting', async () => {
    // 38 ACTIVE households: skip 30 take 5 leaves 3 more after it; skip 35 take 5 is the last page.
    const middle = await statements(() =>
      admin().exec(HouseholdsWithoutCountDocument, { page: { skip: 30, take: 5 } }),
    );
    expect(middle.data.households.edges).toHaveLength(5);
    expect(middle.data.households.pageInfo.hasNextPage).toBe(true);
    expect(middle.statements).toBe(1);
    const last = await statements(() => admin().exec(HouseholdsWithoutCountDocument, { page: { skip: 35, take: 5 } }));
    expect(last.data.households.edges).toHaveLength(3);
    expect(last.data.households.pageInfo.hasNextPage).toBe(false);
    // exactly one page's worth left: take 3 from 35 reads a fourth row to learn there is none
    const exact = await statements(() => admin().exec(HouseholdsWithoutCountDocument, { page: { skip: 35, take: 3 } }));
    expect(exact.data.households.pageInfo.hasNextPage).toBe(false);
  });

  it('due visits: the count statement runs only when totalCount is selected', async () => {
    const [{ street_code: streetCode, n }] = await api.db.query(
      `SELECT street_code, count(*)::int AS n FROM visit_schedule WHERE next_due IS NOT NULL
        GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1`,
    );
    const variables = { streetCode, until: '2099-12-31' };
    const without = await statements(() => admin().exec(DueVisitsWithoutCountDocument, variables));
    const counted = await statements(() => admin().exec(DueVisitsWithCountDocument, variables));
    expect(counted.statements).toBe(without.statements + 1);
    expect(counted.data.dueVisits.totalCount).toBe(n); // every scheduled visit of the street is due by 2099
  });
});
