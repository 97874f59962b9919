// Every list is a cursor connection (issue 19): paging forward with first/after and backward with
// last/before through a seeded set returns every item exactly once, in the list's documented order
// (written out below in SQL, from the order each list's description gives, not from the API), with
// right pageInfo flags; each page costs the same number of SQL statements; the deprecated
// page { skip take } → items / totalItems still works; bad cursors and windows are BAD_USER_INPUT.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AccessAuditConnectionDocument,
  AdvisersConnectionDocument,
  DueReassessmentsConnectionDocument,
  DueVisitsConnectionDocument,
  HouseholdsConnectionDocument,
  OverdueVisitsConnectionDocument,
  ReferralsConnectionDocument,
  ResourcesConnectionDocument,
  ServiceRecordsConnectionDocument,
  WarningsConnectionDocument,
} from '../__generated__/graphql';
import { CHANGNING } from '../support/factories';
import { seedCity } from '../support/seed-city';
import { useTestApi } from '../support/test-api';

interface Connection {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  totalCountKind: string;
  items: Array<{ id: string }>;
  totalItems: number;
}
type Window = { first?: number; after?: string; last?: number; before?: string; page?: { skip: number; take: number } };

interface ListCase {
  name: string;
  document: TypedDocumentNode<any, any>;
  field: string;
  variables?: Record<string, unknown>;
  /** The list's order as its description states it, with the id as the unique tie-breaker. */
  expectedSql: string;
}

const STREET = CHANGNING.huayang;
const AUDIT_BEFORE = '2026-01-01T00:00:00.000Z';
// Visits: the schedules of one street (below), due by `until`; overdue = due before TEST_TODAY.
const UNTIL = '2026-12-31';

const LISTS: ListCase[] = [
  {
    name: 'households (ACTIVE, newest first)',
    document: HouseholdsConnectionDocument,
    field: 'households',
    expectedSql: `SELECT id FROM household WHERE status = 'ACTIVE' ORDER BY created_at DESC, id DESC`,
  },
  {
    name: 'referrals (newest issued first)',
    document: ReferralsConnectionDocument,
    field: 'referrals',
    expectedSql: `SELECT id FROM referral ORDER BY issued_at DESC, id DESC`,
  },
  {
    name: 'warningList (newest received first, then file line)',
    document: WarningsConnectionDocument,
    field: 'warningList',
    expectedSql: `SELECT id FROM warning ORDER BY received_at DESC, line, id`,
  },
  {
    name: 'serviceRecords (newest first)',
    document: ServiceRecordsConnectionDocument,
    field: 'serviceRecords',
    expectedSql: `SELECT id FROM service_record ORDER BY occurred_at DESC, id`,
  },
  {
    name: 'advisers (active, by street then name)',
    document: AdvisersConnectionDocument,
    field: 'advisers',
    expectedSql: `SELECT id FROM adviser WHERE active ORDER BY street_code, name, id`,
  },
  {
    name: 'resources (PUBLISHED, by code)',
    document: ResourcesConnectionDocument,
    field: 'resources',
    expectedSql: `SELECT id FROM resource WHERE status = 'PUBLISHED' ORDER BY code`,
  },
  {
    name: 'accessAudit (newest first)',
    document: AccessAuditConnectionDocument,
    field: 'accessAudit',
    variables: { filter: { to: AUDIT_BEFORE } },
    expectedSql: `SELECT id FROM access_audit WHERE at < '${AUDIT_BEFORE}' ORDER BY at DESC, id`,
  },
  {
    name: 'dueVisits (earliest due first)',
    document: DueVisitsConnectionDocument,
    field: 'dueVisits',
    variables: { until: UNTIL, streetCode: STREET },
    expectedSql: `SELECT household_id AS id FROM visit_schedule WHERE street_code = '${STREET}'
      AND next_due <= '${UNTIL}' ORDER BY next_due, household_id`,
  },
  {
    name: 'overdueVisits (earliest due first)',
    document: OverdueVisitsConnectionDocument,
    field: 'overdueVisits',
    variables: { streetCode: STREET },
    expectedSql: `SELECT household_id AS id FROM visit_schedule WHERE street_code = '${STREET}'
      AND next_due < DATE '2026-11-20' ORDER BY next_due, household_id`,
  },
  {
    name: 'dueReassessments (earliest first)',
    document: DueReassessmentsConnectionDocument,
    field: 'dueReassessments',
    variables: { until: UNTIL, streetCode: STREET },
    expectedSql: `SELECT household_id AS id FROM visit_schedule WHERE street_code = '${STREET}'
      AND reassess_on <= '${UNTIL}' ORDER BY reassess_on, household_id`,
  },
];

describe('cursor connections for every list (issue 19)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });

  beforeAll(async () => {
    await seedCity(api.db, 60);
    // Ties on every sort column, so that only the id orders some neighbours, and microseconds that a
    // JavaScript Date would lose: a cursor must keep the database's own value.
    await api.db.query(
      `UPDATE household SET created_at = date_trunc('hour', created_at) + interval '123457 microseconds'`,
    );
    await api.db.query(
      `UPDATE referral SET issued_at = date_trunc('hour', issued_at) + interval '654321 microseconds'`,
    );
    await api.db.query(`UPDATE service_record SET occurred_at = date_trunc('day', occurred_at)`);
    await api.db.query(`UPDATE warning SET received_at = timestamptz '2026-05-01 00:00:00.000001+08'`);
    await api.db.query(
      `UPDATE visit_schedule SET street_code = $1,
        next_due = date '2026-01-01' + (abs(hashtext(household_id::text)) % 4),
        reassess_on = date '2026-01-01' + (abs(hashtext(household_id::text)) % 3)`,
      [STREET],
    );
    // The seed refers to government providers only, and every referred household consented to charity
    // referral: send half the referrals to a charity instead, and withdraw a third of the consents, the
    // consent of the charity's first referred household among them (ids are random: a third by hash could
    // miss every household the charity serves).
    const charity = `(SELECT id FROM provider WHERE type NOT IN ('GOVERNMENT_STATUTORY', 'GOVERNMENT_SPECIAL')
      ORDER BY id LIMIT 1)`;
    await api.db.query(`UPDATE referral SET provider_id = ${charity} WHERE abs(hashtext(id::text)) % 2 = 0`);
    await api.db.query(
      `UPDATE household SET consents_charity_referral = false WHERE abs(hashtext(id::text)) % 3 = 0
        OR id = (SELECT household_id FROM referral WHERE provider_id = ${charity} ORDER BY id LIMIT 1)`,
    );
    await api.db.query(
      `INSERT INTO access_audit (at, request_id, actor_id, actor_role, action)
       SELECT timestamptz '2025-06-01 00:00+08' + (k / 3) * interval '1 hour', 'r' || k, 'seed', 'ADMIN', 'WRITE'
       FROM generate_series(1, 14) k`,
    );
  }, 120_000);

  async function expectedIds(list: ListCase): Promise<string[]> {
    return (await api.db.query(list.expectedSql)).map((r: { id: string }) => r.id);
  }

  async function fetchPage(list: ListCase, window: Window) {
    api.queries.reset();
    const { data, errors } = await admin().exec(list.document, { ...list.variables, ...window });
    expect(errors).toBeUndefined();
    return { connection: data[list.field] as Connection, statements: api.queries.count };
  }

  describe.each(LISTS)('$name', (list) => {
    const size = 4;

    it('pages forward with first/after: every item once, in order, flags right, constant SQL per page', async () => {
      const expected = await expectedIds(list);
      expect(expected.length).toBeGreaterThan(size); // at least two pages
      const seen: string[] = [];
      const statements: number[] = [];
      let after: string | undefined;
      for (let pageNo = 0; ; pageNo++) {
        const { connection, statements: n } = await fetchPage(list, { first: size, ...(after && { after }) });
        statements.push(n);
        const ids = connection.edges.map((e) => e.node.id);
        seen.push(...ids);
        const remaining = expected.length - pageNo * size;
        expect(ids).toHaveLength(Math.min(size, remaining));
        expect(connection.pageInfo).toEqual({
          hasPreviousPage: pageNo > 0,
          hasNextPage: remaining > size,
          startCursor: connection.edges[0].cursor,
          endCursor: connection.edges[ids.length - 1].cursor,
        });
        expect(connection.items.map((i) => i.id)).toEqual(ids); // the deprecated field says the same
        expect(connection).toMatchObject({ totalCount: expected.length, totalCountKind: 'EXACT' });
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor!;
      }
      expect(seen).toEqual(expected);
      expect(new Set(statements).size).toBe(1);
    });

    it('pages backward with last/before from the end: every item once, in order, flags right', async () => {
      const expected = await expectedIds(list);
      const seen: string[] = [];
      let before: string | undefined;
      for (let pageNo = 0; ; pageNo++) {
        const { connection } = await fetchPage(list, { last: size, ...(before && { before }) });
        const ids = connection.edges.map((e) => e.node.id);
        seen.unshift(...ids);
        const remaining = expected.length - pageNo * size;
        expect(ids).toEqual(expected.slice(Math.max(0, remaining - size), remaining));
        expect(connection.pageInfo).toMatchObject({ hasNextPage: pageNo > 0, hasPreviousPage: remaining > size });
        if (!connection.pageInfo.hasPreviousPage) break;
        before = connection.pageInfo.startCursor!;
      }
      expect(seen).toEqual(expected);
    });

    it('a cursor from the middle pages both ways around its item', async () => {
      const expected = await expectedIds(list);
      const { connection } = await fetchPage(list, { first: size });
      const cursor = connection.edges[2].cursor; // the third item
      const after = (await fetchPage(list, { first: size, after: cursor })).connection;
      expect(after.edges.map((e) => e.node.id)).toEqual(expected.slice(3, 3 + size));
      const before = (await fetchPage(list, { last: size, before: cursor })).connection;
      expect(before.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 2));
      expect(before.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    });

    it('still answers the deprecated page { skip take } with items and totalItems', async () => {
      const expected = await expectedIds(list);
      const { connection } = await fetchPage(list, { page: { skip: size, take: size } });
      expect(connection.items.map((i) => i.id)).toEqual(expected.slice(size, 2 * size));
      expect(connection.totalItems).toBe(expected.length);
      expect(connection.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: expected.length > 2 * size });
      // its cursors continue with first/after where the offset page stopped
      const next = (await fetchPage(list, { first: size, after: connection.pageInfo.endCursor! })).connection;
      expect(next.edges.map((e) => e.node.id)).toEqual(expected.slice(2 * size, 3 * size));
    });
  });

  it('the default window is the first 20, as the old default page was', async () => {
    const expected = await expectedIds(LISTS[0]);
    const { connection } = await fetchPage(LISTS[0], {});
    expect(connection.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 20));
  });

  it('a PARTNER pages its inbox: own referrals, a non-government one only with charity-referral consent', async () => {
    const [{ provider_id: providerId }] = await api.db.query(
      `SELECT r.provider_id FROM referral r JOIN provider p ON p.id = r.provider_id
       WHERE p.type NOT IN ('GOVERNMENT_STATUTORY', 'GOVERNMENT_SPECIAL') GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const expected = (
      await api.db.query(
        `SELECT r.id FROM referral r JOIN household h ON h.id = r.household_id JOIN provider p ON p.id = r.provider_id
         WHERE r.provider_id = $1 AND (p.type IN ('GOVERNMENT_STATUTORY', 'GOVERNMENT_SPECIAL')
           OR h.consents_charity_referral)
         ORDER BY r.issued_at DESC, r.id DESC`,
        [providerId],
      )
    ).map((r: { id: string }) => r.id);
    expect(expected.length).toBeGreaterThan(2);
    const [{ n: all }] = await api.db.query(`SELECT count(*)::int AS n FROM referral WHERE provider_id = $1`, [
      providerId,
    ]);
    expect(expected.length).toBeLessThan(all); // the consent condition leaves some out
    const partner = api.as({ role: 'PARTNER', providerId });
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data, errors } = await partner.exec(ReferralsConnectionDocument, { first: 2, ...(after && { after }) });
      expect(errors).toBeUndefined();
      seen.push(...data!.referrals.edges.map((e) => e.node.id));
      if (!data!.referrals.pageInfo.hasNextPage) break;
      after = data!.referrals.pageInfo.endCursor!;
    }
    expect(seen).toEqual(expected);
  });

  describe('bad windows are BAD_USER_INPUT naming the argument, never INTERNAL_SERVER_ERROR', () => {
    const householdCursor = async () => (await fetchPage(LISTS[0], { first: 1 })).connection.edges[0].cursor;
    const refusal = async (document: TypedDocumentNode<any, any>, variables: Record<string, unknown>) => {
      const { errors } = await admin().exec(document, variables);
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      return errors![0].extensions?.fieldErrors?.map((f: { field: string; reason: string }) => [f.field, f.reason]);
    };

    it.each([
      ['not base64url', 'zz%%'],
      ['base64url of no JSON', Buffer.from('hello').toString('base64url')],
      ['the wrong shape', Buffer.from('["households"]').toString('base64url')],
      ['a value that is not a timestamp', Buffer.from('["households","x","y"]').toString('base64url')],
    ])('after: %s', async (_what, after) => {
      expect(await refusal(HouseholdsConnectionDocument, { first: 2, after })).toEqual([['after', 'INVALID_CURSOR']]);
    });

    it("a cursor of another list (a household's cursor given to referrals)", async () => {
      const cursor = await householdCursor();
      expect(await refusal(ReferralsConnectionDocument, { first: 2, after: cursor })).toEqual([
        ['after', 'INVALID_CURSOR'],
      ]);
      expect(await refusal(ReferralsConnectionDocument, { last: 2, before: cursor })).toEqual([
        ['before', 'INVALID_CURSOR'],
      ]);
    });

    it('first above 100 or below 1, first with last, page with cursors', async () => {
      expect(await refusal(HouseholdsConnectionDocument, { first: 101 })).toEqual([['first', 'OUT_OF_RANGE']]);
      expect(await refusal(HouseholdsConnectionDocument, { last: 0 })).toEqual([['last', 'OUT_OF_RANGE']]);
      expect(await refusal(HouseholdsConnectionDocument, { first: 2, last: 2 })).toEqual([['last', 'CONFLICT']]);
      expect(await refusal(HouseholdsConnectionDocument, { first: 2, page: { skip: 0, take: 2 } })).toEqual([
        ['page', 'CONFLICT'],
      ]);
    });
  });
});
