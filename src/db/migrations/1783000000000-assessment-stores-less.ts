import { MigrationInterface, QueryRunner } from 'typeorm';

// An assessment stores less (issue 15 §3): its facts, model version and scores, and the level's cadence the
// visit schedule reads (two narrow columns, backfilled from the stored profiles); the profile itself is
// derived from facts and model when read (src/modules/assessment/derived-profile.ts), so new rows leave it
// null. Rows written before keep the profile they stored and show it. The facts become json (kept as written,
// keys in their order) instead of jsonb (keys sorted): re-scoring must see the facts scoring saw, and some of
// the profile's lists (the facts to ask, the decisive facts) follow the facts' key order.
export class AssessmentStoresLess1783000000000 implements MigrationInterface {
  name = 'AssessmentStoresLess1783000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment" ADD "visit_cadence" text, ADD "reassess_months" smallint`);
    await q.query(
      `UPDATE "assessment" SET "visit_cadence" = "profile"->'cadence'->>'visit',
        "reassess_months" = ("profile"->'cadence'->>'reassessMonths')::smallint`,
    );
    await q.query(
      `ALTER TABLE "assessment" ALTER "visit_cadence" SET NOT NULL, ALTER "reassess_months" SET NOT NULL,
        ALTER "profile" DROP NOT NULL, ALTER "facts" TYPE json USING "facts"::json`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = await q.query(`SELECT count(*)::int AS n FROM "assessment" WHERE "profile" IS NULL`);
    if (n > 0)
      throw new Error(`${n} assessments have no stored profile (they derive it): the older code cannot read them`);
    await q.query(
      `ALTER TABLE "assessment" ALTER "profile" SET NOT NULL, ALTER "facts" TYPE jsonb USING "facts"::jsonb`,
    );
    await q.query(`ALTER TABLE "assessment" DROP "visit_cadence", DROP "reassess_months"`);
  }
}
