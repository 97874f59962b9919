import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 11 (part A): each member's insurance cover (社会保险 / 医疗保险 / 失业保险) and trade-union
// membership (工会会员), nullable booleans — existing rows stay null (unknown), never false. And the
// seed rules R01, R04, R05, R07, R10, R14, R26 corrected to CATALOGUE.md / POLICY.md: an
// installation whose rule still carries the seeded rule exactly gets the new one, as a new version
// with its change row; a rule someone edited is left as it is (as 1764703000000 does).
export class MemberCoverAndRules1765100000000 implements MigrationInterface {
  name = 'MemberCoverAndRules1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "member" ADD "social_insured" boolean, ADD "medical_insured" boolean,
       ADD "unemployment_insured" boolean, ADD "union_member" boolean`,
    );
    for (const code of CODES) await replace(q, code, BEFORE[code], AFTER[code]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const code of CODES) await replace(q, code, AFTER[code], BEFORE[code]);
    await q.query(
      `ALTER TABLE "member" DROP COLUMN "social_insured", DROP COLUMN "medical_insured",
       DROP COLUMN "unemployment_insured", DROP COLUMN "union_member"`,
    );
  }
}

async function replace(q: QueryRunner, code: Code, from: unknown, to: unknown) {
  await q.query(
    `WITH changed AS (
       UPDATE "resource" SET "eligibility" = $2::jsonb, "version" = "version" + 1, "updated_at" = now()
       WHERE "code" = $1 AND "eligibility" = $3::jsonb RETURNING "id", "version")
     INSERT INTO "resource_change" ("resource_id", "resource_version", "action", "actor_id", "actor_role", "changes", "note")
     SELECT "id", "version", 'UPDATED', 'migration:1765100000000', 'SYSTEM', $4::jsonb, $5 FROM changed`,
    [
      code,
      JSON.stringify(to),
      JSON.stringify(from),
      JSON.stringify({ eligibility: { from, to } }),
      `${code} corrected to CATALOGUE.md / POLICY.md (issue 11)`,
    ],
  );
}

const CODES = ['R01', 'R04', 'R05', 'R07', 'R10', 'R14', 'R26'] as const;
type Code = (typeof CODES)[number];

// The seeded rules before and after, frozen here.
export const BEFORE: Record<Code, unknown> = {
  R01: {
    all: [
      { anyMember: { fact: 'member.hukou', op: 'eq', value: 'LOCAL' } },
      { fact: 'household.incomeRatio', op: 'lt', value: 1 },
    ],
  },
  R04: {
    all: [
      { fact: 'household.edgeIncomeRatio', op: 'lt', value: 1 },
      { not: { fact: 'household.categories', op: 'includes', value: 'DB' } },
    ],
  },
  R05: {
    all: [
      { fact: 'household.incomeRatioAfterRigidSpending', op: 'lt', value: 1 },
      { not: { fact: 'household.categories', op: 'includesAny', value: ['DB', 'TK'] } },
    ],
  },
  R07: {
    any: [
      { fact: 'household.needs', op: 'includesAny', value: ['N05', 'N02'] },
      {
        anyMember: {
          all: [
            { fact: 'member.hukou', op: 'eq', value: 'RESIDENCE_PERMIT' },
            { fact: 'member.employmentStatus', op: 'in', value: ['UNEMPLOYED_REGISTERED', 'UNEMPLOYED_UNREGISTERED'] },
            { fact: 'member.monthsUnemployed', op: 'gte', value: 3 },
          ],
        },
      },
    ],
  },
  R10: {
    all: [
      {
        anyMember: {
          fact: 'member.studentStage',
          op: 'in',
          value: [
            'PRIMARY',
            'JUNIOR_SECONDARY',
            'SENIOR_SECONDARY',
            'SECONDARY_VOCATIONAL',
            'HIGHER_VOCATIONAL',
            'UNDERGRADUATE',
            'POSTGRADUATE',
          ],
        },
      },
      {
        any: [
          { fact: 'household.categories', op: 'includesAny', value: ['DB', 'TK', 'BY', 'GE'] },
          {
            anyMember: {
              all: [
                { fact: 'member.relation', op: 'in', value: ['HEAD', 'SPOUSE'] },
                {
                  any: [
                    { fact: 'member.seriousIllness', op: 'eq', value: true },
                    { fact: 'member.hasDisability', op: 'eq', value: true },
                  ],
                },
              ],
            },
          },
        ],
      },
    ],
  },
  R14: {
    anyMember: {
      all: [
        { fact: 'member.age', op: 'gte', value: 60 },
        { fact: 'member.careNeedsGrade', op: 'gte', value: 2 },
      ],
    },
  },
  R26: {
    all: [
      {
        anyMember: {
          fact: 'member.employmentStatus',
          op: 'in',
          value: ['EMPLOYED_FORMAL', 'EMPLOYED_PART_TIME', 'EMPLOYED_INFORMAL'],
        },
      },
      { fact: 'household.edgeIncomeRatio', op: 'lt', value: 1 },
    ],
  },
};
export const AFTER: Record<Code, unknown> = {
  R01: {
    all: [
      { fact: 'household.headLocalHukou', op: 'eq', value: true },
      { fact: 'household.incomeRatio', op: 'lt', value: 1 },
      { fact: 'household.assetsWithinDibaoLimit', op: 'eq', value: true },
    ],
  },
  R04: {
    all: [
      { fact: 'household.edgeIncomeRatio', op: 'lt', value: 1 },
      { fact: 'household.assetsWithinDibaoLimit', op: 'eq', value: true },
      { fact: 'household.dibaoEligible', op: 'eq', value: false },
    ],
  },
  R05: {
    all: [
      { fact: 'household.incomeRatioAfterRigidSpending', op: 'lt', value: 1 },
      { fact: 'household.assetsWithinDibaoLimit', op: 'eq', value: true },
      { fact: 'household.dibaoEligible', op: 'eq', value: false },
      { not: { fact: 'household.categories', op: 'includes', value: 'TK' } },
    ],
  },
  R07: {
    any: [
      { fact: 'household.needs', op: 'includesAny', value: ['N05', 'N02'] },
      {
        anyMember: {
          all: [
            { fact: 'member.hukou', op: 'eq', value: 'RESIDENCE_PERMIT' },
            { fact: 'member.employmentStatus', op: 'in', value: ['UNEMPLOYED_REGISTERED', 'UNEMPLOYED_UNREGISTERED'] },
            { fact: 'member.monthsUnemployed', op: 'gte', value: 3 },
            { fact: 'member.unemploymentInsured', op: 'eq', value: false },
          ],
        },
      },
    ],
  },
  R10: {
    all: [
      { anyMember: { fact: 'member.studentStage', op: 'in', value: ['PRIMARY', 'JUNIOR_SECONDARY'] } },
      {
        any: [
          { fact: 'household.categories', op: 'includesAny', value: ['DB', 'TK', 'BY', 'GE'] },
          {
            anyMember: {
              all: [
                { fact: 'member.relation', op: 'in', value: ['HEAD', 'SPOUSE'] },
                {
                  any: [
                    { fact: 'member.seriousIllness', op: 'eq', value: true },
                    { fact: 'member.hasDisability', op: 'eq', value: true },
                  ],
                },
              ],
            },
          },
        ],
      },
    ],
  },
  R14: {
    anyMember: {
      all: [
        { fact: 'member.age', op: 'gte', value: 60 },
        { fact: 'member.medicalInsured', op: 'eq', value: true },
        { fact: 'member.careNeedsGrade', op: 'gte', value: 2 },
      ],
    },
  },
  R26: {
    all: [
      {
        anyMember: {
          all: [
            {
              fact: 'member.employmentStatus',
              op: 'in',
              value: ['EMPLOYED_FORMAL', 'EMPLOYED_PART_TIME', 'EMPLOYED_INFORMAL'],
            },
            { fact: 'member.unionMember', op: 'eq', value: true },
          ],
        },
      },
      { fact: 'household.edgeIncomeRatio', op: 'lt', value: 1 },
    ],
  },
};
