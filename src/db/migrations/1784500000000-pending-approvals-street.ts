import { MigrationInterface, QueryRunner } from 'typeorm';

// 待审批 without a join: each branch reads its household's street by primary key, one row at a time, instead of
// joining the households. Joined, ADMIN's city-wide page hash-joined every household with the waiting drafts (a
// sequential scan of household, explain.spec); a supervisor's page reads the waiting rows of its own streets
// through the household ids of those streets (pending-approval.service.ts).
const DRAFTED_BY_PLAN = `ARRAY(SELECT DISTINCT d FROM unnest(ARRAY[p."generated_by"] || ARRAY(
  SELECT i."added_by" FROM "plan_item" i WHERE i."plan_id" = p."id" AND i."source" = 'ADVISER'
  UNION SELECT i."removed_by" FROM "plan_item" i WHERE i."plan_id" = p."id" AND i."removed_by" IS NOT NULL
)) AS d WHERE d IS NOT NULL ORDER BY d)`;

/** The view, the household's street read by `street` from the branch's row `a`, with `join` after its FROM. */
type Street = { street: (a: string) => string; join: (a: string) => string };
const view = ({ street, join }: Street) => `CREATE VIEW "pending_approval" AS
  SELECT 'PLAN_APPROVAL'::text AS "kind", p."id" AS "subject_id", p."household_id", ${street('p')} AS "street_code",
         p."generated_at" AS "waiting_since", NULL::numeric(14,2) AS "amount", ${DRAFTED_BY_PLAN} AS "drafted_by"
    FROM "plan" p ${join('p')} WHERE p."status" = 'DRAFT'
  UNION ALL
  SELECT 'CASE_DECISION'::text, c."id", c."household_id", ${street('c')}, c."step_changed_at", c."approved_amount",
         ARRAY(SELECT DISTINCT d FROM unnest(ARRAY[c."opened_by", c."panel_recorded_by"]) AS d
                WHERE d IS NOT NULL ORDER BY d)
    FROM "case_help" c ${join('c')} WHERE c."decision_status" = 'PENDING' AND c."step" = 'PANEL_REVIEW'
  UNION ALL
  SELECT 'CASE_PAYMENT'::text, f."id", f."household_id", ${street('f')}, f."requested_at", f."amount",
         ARRAY[f."requested_by"]
    FROM "fund_payment" f ${join('f')} WHERE f."status" = 'PENDING_APPROVAL'`;

const BY_KEY: Street = {
  street: (a) => `(SELECT h."street_code" FROM "household" h WHERE h."id" = ${a}."household_id")`,
  join: () => '',
};
const JOINED: Street = {
  street: () => 'h."street_code"',
  join: (a) => `JOIN "household" h ON h."id" = ${a}."household_id"`,
};

export class PendingApprovalsStreet1784500000000 implements MigrationInterface {
  name = 'PendingApprovalsStreet1784500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "pending_approval"`);
    await q.query(view(BY_KEY));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "pending_approval"`);
    await q.query(view(JOINED));
  }
}
