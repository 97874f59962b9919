// The ids bench:api asks about, picked from the database at start (read only): the busiest street ×
// category for the filtered page, two characters of a member's name for the search, a household with
// the most to show (a plan, else an assessment), the adviser (or street) with the most due visits and
// the partner with the most pending referrals. The demo may have no plans, advisers or referrals yet:
// then those operations measure their empty answers, and `describe` says so.
import type { DataSource } from 'typeorm';
import type { TokenClaims } from '../../auth/token';
import type { Clock } from '../../common/clock';

export interface Fixtures {
  householdFilter: { status: string; districtCode: string; streetCode: string; category: string };
  searchText: string;
  householdId: string;
  adviserId: string | null;
  streetCode: string;
  adviserClaims: TokenClaims;
  until: string;
  providerId: string;
  describe: string;
}

export async function pickFixtures(db: DataSource, clock: Clock): Promise<Fixtures> {
  const today = clock.today();
  const one = async <T>(sql: string, parameters: unknown[] = []): Promise<T | undefined> =>
    ((await db.query(sql, parameters)) as T[])[0];
  const busiest = await one<{ street_code: string; district_code: string; category: string; n: number }>(
    `SELECT h.street_code, s.district_code, c.category, count(*)::int AS n
       FROM household h JOIN street s ON s.code = h.street_code
       JOIN category_holding c ON c.household_id = h.id AND (c.until IS NULL OR c.until >= $1::date)
      WHERE h.status = 'ACTIVE' GROUP BY 1, 2, 3 ORDER BY n DESC LIMIT 1`,
    [today],
  );
  if (!busiest) throw new Error('bench:api needs households holding a category: run npm run seed:demo first');
  const name = await one<{ name: string }>(
    `SELECT m.name FROM member m JOIN household h ON h.id = m.household_id
      WHERE h.status = 'ACTIVE' AND char_length(m.name) >= 3 ORDER BY m.id LIMIT 1`,
  );
  const household =
    (await one<{ id: string; what: string }>(
      `SELECT p.household_id AS id, 'with a plan' AS what FROM plan p
         JOIN household h ON h.id = p.household_id WHERE h.status = 'ACTIVE' ORDER BY p.household_id LIMIT 1`,
    )) ??
    (await one<{ id: string; what: string }>(
      `SELECT a.household_id AS id, 'assessed, no plan' AS what FROM assessment a
         JOIN household h ON h.id = a.household_id WHERE h.status = 'ACTIVE' ORDER BY a.household_id LIMIT 1`,
    )) ??
    (await one<{ id: string; what: string }>(
      `SELECT id, 'not assessed' AS what FROM household WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`,
    ))!;
  const adviser = await one<{ id: string; street_code: string; n: number }>(
    `SELECT a.id, a.street_code, count(*)::int AS n FROM adviser a JOIN visit_schedule v ON v.adviser_id = a.id
      WHERE a.active GROUP BY 1, 2 ORDER BY n DESC LIMIT 1`,
  );
  const street = adviser
    ? { street_code: adviser.street_code, n: adviser.n }
    : ((await one<{ street_code: string; n: number }>(
        `SELECT street_code, count(*)::int AS n FROM visit_schedule WHERE next_due IS NOT NULL
          GROUP BY 1 ORDER BY n DESC LIMIT 1`,
      )) ?? { street_code: busiest.street_code, n: 0 });
  const partner =
    (await one<{ id: string; n: number }>(
      `SELECT provider_id AS id, count(*)::int AS n FROM referral WHERE status = 'PENDING'
       GROUP BY 1 ORDER BY n DESC LIMIT 1`,
    )) ?? (await one<{ id: string; n: number }>(`SELECT id, 0 AS n FROM provider ORDER BY id LIMIT 1`));
  if (!partner) throw new Error('bench:api needs a provider: run the reference seeds first');
  // A year ahead: every scheduled visit of the street counts as due.
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + 365 * 86_400_000).toISOString().slice(0, 10);
  const searchText = (name?.name ?? '建国').slice(-2);
  return {
    householdFilter: {
      status: 'ACTIVE',
      districtCode: busiest.district_code,
      streetCode: busiest.street_code,
      category: busiest.category,
    },
    searchText,
    householdId: household.id,
    adviserId: adviser?.id ?? null,
    streetCode: street.street_code,
    adviserClaims: adviser
      ? { sub: adviser.id, role: 'ADVISER', streets: [adviser.street_code] }
      : { sub: 'bench-adviser', role: 'ADVISER', streets: [street.street_code] },
    until,
    providerId: partner.id,
    describe: [
      `page: street ${busiest.street_code} × ${busiest.category} (${busiest.n} households)`,
      `search "${searchText}"`,
      `household ${household.what}`,
      adviser
        ? `due visits of roster adviser (${adviser.n} scheduled)`
        : `no roster adviser with visits: an ADVISER token for street ${street.street_code} (${street.n} scheduled)`,
      `partner ${partner.id} (${partner.n} pending referrals)`,
    ].join('; '),
  };
}
