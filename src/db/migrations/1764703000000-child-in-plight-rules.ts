import { MigrationInterface, QueryRunner } from 'typeorm';

// R06 (困境儿童基本生活保障) and R27 (追光小屋) read the one definition of a child in plight
// (policy/child-in-plight.ts, POLICY.md §3.2) through the facts member.childInPlight,
// household.childInPlight and household.lowIncome (issue 12). New installations get the rules
// from seeds/data/catalogue.json; here an installation whose R06 / R27 still carries the seeded rule
// exactly gets the new one, as a new version with its change row. A rule someone edited is left as
// it is (the people who edited it decide).
export class ChildInPlightRules1764703000000 implements MigrationInterface {
  name = 'ChildInPlightRules1764703000000';

  async up(q: QueryRunner): Promise<void> {
    for (const code of ['R06', 'R27'] as const) await replace(q, code, BEFORE[code], AFTER[code]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const code of ['R06', 'R27'] as const) await replace(q, code, AFTER[code], BEFORE[code]);
  }
}

async function replace(q: QueryRunner, code: string, from: unknown, to: unknown) {
  await q.query(
    `WITH changed AS (
       UPDATE "resource" SET "eligibility" = $2::jsonb, "version" = "version" + 1, "updated_at" = now()
       WHERE "code" = $1 AND "eligibility" = $3::jsonb RETURNING "id", "version")
     INSERT INTO "resource_change" ("resource_id", "resource_version", "action", "actor_id", "actor_role", "changes", "note")
     SELECT "id", "version", 'UPDATED', 'migration:1764703000000', 'SYSTEM', $4::jsonb, $5 FROM changed`,
    [
      code,
      JSON.stringify(to),
      JSON.stringify(from),
      JSON.stringify({ eligibility: { from, to } }),
      "child in plight from the parents' facts (issue 12)",
    ],
  );
}

// The seeded rules before and after, frozen here.
const BEFORE = {
  R06: {
    all: [
      { anyMember: { fact: 'member.age', op: 'lt', value: 18 } },
      {
        any: [
          { fact: 'household.categories', op: 'includesAny', value: ['KJ'] },
          { fact: 'household.guardianship', op: 'in', value: ['PARENT_UNAVAILABLE', 'NO_ACTUAL_CARER'] },
          { fact: 'household.familyConflict', op: 'eq', value: 'SIGNS_OF_VIOLENCE' },
          {
            anyMember: {
              all: [
                { fact: 'member.relation', op: 'in', value: ['HEAD', 'SPOUSE'] },
                { fact: 'member.age', op: 'gte', value: 18 },
                {
                  any: [
                    { fact: 'member.seriousIllness', op: 'eq', value: true },
                    { fact: 'member.severelyDisabled', op: 'eq', value: true },
                    {
                      fact: 'member.specialStatuses',
                      op: 'includesAny',
                      value: ['SERVING_SENTENCE', 'DRUG_REHABILITATION'],
                    },
                  ],
                },
              ],
            },
          },
        ],
      },
    ],
  },
  R27: {
    all: [
      { anyMember: { fact: 'member.age', op: 'lt', value: 18 } },
      {
        any: [
          { fact: 'household.categories', op: 'includesAny', value: ['KJ', 'GE'] },
          { fact: 'household.guardianship', op: 'in', value: ['PARENT_UNAVAILABLE', 'NO_ACTUAL_CARER'] },
          {
            all: [
              {
                any: [
                  { fact: 'household.categories', op: 'includesAny', value: ['DB', 'BY', 'TK', 'GX'] },
                  { fact: 'household.edgeIncomeRatio', op: 'lt', value: 1 },
                ],
              },
              { fact: 'household.guardianship', op: 'eq', value: 'SINGLE_PARENT_OR_GRANDPARENTS' },
            ],
          },
        ],
      },
    ],
  },
} as const;
const AFTER = {
  R06: {
    all: [
      { anyMember: { fact: 'member.age', op: 'lt', value: 18 } },
      {
        any: [
          { fact: 'household.categories', op: 'includes', value: 'KJ' },
          { anyMember: { fact: 'member.childInPlight', op: 'eq', value: true } },
        ],
      },
    ],
  },
  R27: {
    all: [
      { anyMember: { fact: 'member.age', op: 'lt', value: 18 } },
      {
        any: [
          { fact: 'household.childInPlight', op: 'eq', value: true },
          { fact: 'household.lowIncome', op: 'eq', value: true },
        ],
      },
    ],
  },
} as const;
