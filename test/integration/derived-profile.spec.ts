// Issue 15 §3, "store less": an assessment no longer stores its profile; the profile is derived when read from
// the facts it stored and the model version it names (src/modules/assessment/derived-profile.ts). This proves
// that the derived profile is the one the assessment stored before the change: for the seeded sample
// household (seeds/sample-households.ts), a demo population (seeds/demo.generator.ts) assessed by the real
// batch path, and 300 synthetic households (scoring/bench/synthetic.ts). "Stored before" is exactly what the
// old code wrote: sanitise(scoreHousehold(facts, model)) of the facts in memory, through a jsonb column; the
// derived profile starts from the facts as the database gives them back (jsonb reorders keys, drops
// undefined) and the model definition read from scoring_model_version.
import { In } from 'typeorm';
import { HouseholdFacts, scoreHousehold, type HardshipProfile } from '../../scoring';
import { syntheticHouseholds } from '../../scoring/bench/synthetic';
import { seedDemo } from '../../seeds/demo.seed';
import { TestClock } from '../../src/common/clock';
import type { Viewer } from '../../src/common/viewer';
import { createServices } from '../../src/graphql/schema';
import { Assessment } from '../../src/modules/assessment/assessment.entity';
import { profilesOf, sanitise } from '../../src/modules/assessment/derived-profile';
import { Household } from '../../src/modules/household/household.entity';
import { elderAloneInput } from '../support/factories';
import { openTestDatabase, TestDatabase } from '../support/test-database';

const admin: Viewer = { id: 'admin', role: 'ADMIN', name: null, streetCodes: [], providerId: null };

let database: TestDatabase & { close(): Promise<void> };
let services: ReturnType<typeof createServices>;
beforeAll(async () => {
  database = await openTestDatabase();
  services = createServices(database.db, database.clock as TestClock);
});
afterAll(() => database.close());

/** What the code before the change stored: the sanitised profile of the in-memory facts, through jsonb. */
async function storedBefore(facts: HouseholdFacts[]): Promise<HardshipProfile[]> {
  const model = await services.assessments.activeModel();
  const profiles = facts.map((f) => sanitise(scoreHousehold(f, model)));
  const rows: Array<{ p: HardshipProfile }> = await database.db.query(
    `SELECT e.p FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(p, i) ORDER BY e.i`,
    [JSON.stringify(profiles)],
  );
  return rows.map((r) => r.p);
}

const plain = (p: HardshipProfile) => JSON.parse(JSON.stringify(p)) as unknown;

describe('the derived profile equals the profile an assessment stored before (issue 15 §3)', () => {
  it('for the sample household and demo households assessed by the batch path', async () => {
    const created = await services.households.create(admin, elderAloneInput());
    expect(created).toBeInstanceOf(Household);
    await seedDemo(database.db, 80, undefined, 500, database.clock.today());
    const households = await database.db.getRepository(Household).find({ where: { status: 'ACTIVE' } });
    expect(households.length).toBe(81);
    await database.db.transaction((em) =>
      services.assessments.assessHouseholds(em, households, 'test', { force: true }),
    );
    const facts = await services.assessments.factsFor(database.db.manager, households, database.clock.today());
    const expected = await storedBefore(facts);

    const rows = await database.db
      .getRepository(Assessment)
      .find({ where: { householdId: In(households.map((h) => h.id)) } });
    expect(rows).toHaveLength(81);
    const byHousehold = new Map(rows.map((r) => [r.householdId, r]));
    const ordered = households.map((h) => byHousehold.get(h.id)!);
    expect(ordered.every((a) => a.profile === null)).toBe(true); // nothing but facts, model and scores stored
    const derived = await profilesOf(database.db, ordered);
    ordered.forEach((a, i) => {
      expect(plain(derived[i])).toEqual(expected[i]);
      // the scores and the cadence stored beside the facts are the profile's
      expect([a.composite, a.level, a.circle]).toEqual([
        expected[i].composite,
        expected[i].level,
        expected[i].circle.primary,
      ]);
      expect([a.visitCadence, a.reassessMonths]).toEqual([
        expected[i].cadence.visit,
        expected[i].cadence.reassessMonths,
      ]);
    });
    // the population is varied enough to mean something: several levels, needs, explanations with drivers
    expect(new Set(expected.map((p) => p.level)).size).toBeGreaterThanOrEqual(3);
    expect(expected.filter((p) => p.needs.length > 0).length).toBeGreaterThan(10);
    expect(expected.filter((p) => (p.explanation?.drivers.length ?? 0) > 0).length).toBeGreaterThan(10);
  });

  it('for 300 synthetic households stored as assessments without a profile', async () => {
    const facts = syntheticHouseholds(300, 20240615);
    const expected = await storedBefore(facts);
    const [{ id: householdId }] = await database.db.query(`SELECT id FROM household LIMIT 1`);
    const model = await services.assessments.activeModel();
    const inserted = await database.db.getRepository(Assessment).insert(
      facts.map((f, i) => ({
        householdId,
        modelId: model.id,
        asOf: f.asOf,
        facts: f,
        factsHash: `synthetic-${i}`,
        profile: null,
        composite: expected[i].composite,
        level: expected[i].level,
        circle: expected[i].circle.primary,
        visitCadence: expected[i].cadence.visit,
        reassessMonths: expected[i].cadence.reassessMonths,
        assessedBy: 'test',
        assessedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000),
      })),
    );
    const ids = inserted.identifiers.map((x) => x.id as string);
    const rows = await database.db.getRepository(Assessment).findBy({ id: In(ids) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const derived = await profilesOf(
      database.db,
      ids.map((id) => byId.get(id)!),
    );
    derived.forEach((p, i) => expect(plain(p)).toEqual(expected[i]));
    expect(new Set(expected.map((p) => p.level)).size).toBeGreaterThanOrEqual(3);
    expect(expected.filter((p) => p.range.levelDecided === false).length).toBeGreaterThan(0); // partial knowledge too
  });

  it('shows a row stored before the change with the profile it stored', async () => {
    const [{ id: householdId }] = await database.db.query(`SELECT id FROM household LIMIT 1`);
    const legacy = { modelId: 'sh-2024.1', level: 'LOW', note: 'as stored' };
    const { identifiers } = await database.db.getRepository(Assessment).insert({
      householdId,
      modelId: 'sh-2024.1',
      asOf: '2026-01-01',
      facts: {} as HouseholdFacts,
      factsHash: 'legacy',
      profile: legacy as unknown as HardshipProfile,
      composite: 10,
      level: 'LOW',
      circle: null,
      visitCadence: 'YEARLY_CONTACT',
      reassessMonths: 12,
      assessedBy: 'test',
      assessedAt: new Date(Date.UTC(2025, 0, 1)),
    });
    const row = await database.db.getRepository(Assessment).findOneByOrFail({ id: identifiers[0].id as string });
    expect(await profilesOf(database.db, [row])).toEqual([legacy]);
  });
});
