import { MigrationInterface, QueryRunner } from 'typeorm';

// Each parent's situation of each minor (issue 12, POLICY.md §3.2), the facts that define a child
// in plight. The household's one guardianship value (observations_guardianship) is kept as it was
// entered — nothing is lost — and still stands for a minor none of whose parents is recorded
// (policy/child-in-plight.ts). Where it says NORMAL, it says both parents care for the children,
// so that is written onto every member under 18 today, and the summary (now redundant there) is
// cleared. The other values cannot be split: SINGLE_PARENT_OR_GRANDPARENTS does not say which
// parent, PARENT_UNAVAILABLE neither which parent nor why; writing one would invent a fact.
export class ParentSituations1764702000000 implements MigrationInterface {
  name = 'ParentSituations1764702000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "member" ADD "father_situation" text, ADD "mother_situation" text`);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // Shanghai date
    await q.query(
      `UPDATE "member" m SET "father_situation" = 'CARING', "mother_situation" = 'CARING'
       FROM "household" h WHERE h.id = m.household_id AND h.observations_guardianship = 'NORMAL'
       AND m.birth_date IS NOT NULL AND m.birth_date > ($1::date - interval '18 years')`,
      [today],
    );
    await q.query(
      `UPDATE "household" h SET "observations_guardianship" = NULL WHERE h.observations_guardianship = 'NORMAL'
       AND EXISTS (SELECT 1 FROM "member" m WHERE m.household_id = h.id AND m.father_situation = 'CARING')
       AND NOT EXISTS (SELECT 1 FROM "member" m WHERE m.household_id = h.id AND m.birth_date IS NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "household" h SET "observations_guardianship" = 'NORMAL' WHERE h.observations_guardianship IS NULL
       AND EXISTS (SELECT 1 FROM "member" m WHERE m.household_id = h.id AND m.father_situation = 'CARING' AND m.mother_situation = 'CARING')`,
    );
    await q.query(`ALTER TABLE "member" DROP COLUMN "father_situation", DROP COLUMN "mother_situation"`);
  }
}
