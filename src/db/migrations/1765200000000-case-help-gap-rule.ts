import { MigrationInterface, QueryRunner } from 'typeorm';
// Issue 11 (NEED-2): 市民综合帮扶·个案 (R33) is for "DB / BY / GX still in difficulty" (CATALOGUE.md
// R33, 沪民救发〔2025〕1号). An N01 raised while the household receives 低保 is exactly that gap
// (NEEDS.md NEED-2), so the rule's needs test also accepts N01. As 1765100000000 does, only an
// installation whose R33 rule is still the seeded one gets the new version, with its change row.
export class CaseHelpGapRule1765200000000 implements MigrationInterface {
  name = 'CaseHelpGapRule1765200000000';
  async up(q: QueryRunner): Promise<void> {
    await replace(q, BEFORE, AFTER);
  }
  async down(q: QueryRunner): Promise<void> {
    await replace(q, AFTER, BEFORE);
  }
}

async function replace(q: QueryRunner, from: unknown, to: unknown) {
  await q.query(
    `WITH changed AS (
       UPDATE "resource" SET "eligibility" = $2::jsonb, "version" = "version" + 1, "updated_at" = now()
       WHERE "code" = 'R33' AND "eligibility" = $1::jsonb RETURNING "id", "version")
     INSERT INTO "resource_change" ("resource_id", "resource_version", "action", "actor_id", "actor_role", "changes", "note")
     SELECT "id", "version", 'UPDATED', 'migration:1765200000000', 'SYSTEM', $3::jsonb, $4 FROM changed`,
    [
      JSON.stringify(from),
      JSON.stringify(to),
      JSON.stringify({ eligibility: { from, to } }),
      'R33 also meets an N01 gap under 低保 (NEED-2; issue 11)',
    ],
  );
}

const holders = {
  any: [
    { not: { fact: 'household.categories', op: 'includesAny', value: ['DB', 'TK', 'BY', 'GX'] } },
    { fact: 'household.categories', op: 'includesAny', value: ['DB', 'BY', 'GX'] },
  ],
};
// The seeded rule before and after, frozen here.
export const BEFORE = {
  all: [{ fact: 'household.needs', op: 'includesAny', value: ['N05', 'N02', 'N06'] }, holders],
};
export const AFTER = {
  all: [{ fact: 'household.needs', op: 'includesAny', value: ['N01', 'N05', 'N02', 'N06'] }, holders],
};
