import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 18 follow-up, 待审批: what waits for a second person (four eyes) in one list, as a view over the three
// decisions: draft plans (PLAN_APPROVAL), panel outcomes pending (CASE_DECISION) and payments pending
// (CASE_PAYMENT), each with its household's street as it is now, since when it waits, the amount and who drafted
// it (the four-eyes drafters of plan-approval.service.ts and case-help.service.ts); a supervisor's page reads it
// through the household ids of its streets (pending-approval.service.ts). Partial indexes keep each
// branch to the rows that wait (literals cast, so every branch has the same column types).
export class PendingApprovals1784000002000 implements MigrationInterface {
  name = 'PendingApprovals1784000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_plan_draft" ON "plan" ("generated_at", "id") WHERE "status" = 'DRAFT'`);
    await q.query(`CREATE INDEX "IDX_case_help_decision_pending" ON "case_help" ("step_changed_at", "id")
      WHERE "decision_status" = 'PENDING'`);
    await q.query(`CREATE INDEX "IDX_fund_payment_pending" ON "fund_payment" ("requested_at", "id")
      WHERE "status" = 'PENDING_APPROVAL'`);
    // Each branch reads its household's street by primary key, a row at a time: joined, ADMIN's city-wide page
    // hash-joined every household with the waiting drafts (a sequential scan of household, explain.spec).
    await q.query(`CREATE VIEW "pending_approval" AS
      SELECT 'PLAN_APPROVAL'::text AS "kind", p."id" AS "subject_id", p."household_id",
             (SELECT h."street_code" FROM "household" h WHERE h."id" = p."household_id") AS "street_code",
             p."generated_at" AS "waiting_since", NULL::numeric(14,2) AS "amount",
             ARRAY(SELECT DISTINCT d FROM unnest(ARRAY[p."generated_by"] || ARRAY(
               SELECT i."added_by" FROM "plan_item" i WHERE i."plan_id" = p."id" AND i."source" = 'ADVISER'
               UNION SELECT i."removed_by" FROM "plan_item" i WHERE i."plan_id" = p."id" AND i."removed_by" IS NOT NULL
             )) AS d WHERE d IS NOT NULL ORDER BY d) AS "drafted_by"
        FROM "plan" p WHERE p."status" = 'DRAFT'
      UNION ALL
      SELECT 'CASE_DECISION'::text, c."id", c."household_id",
             (SELECT h."street_code" FROM "household" h WHERE h."id" = c."household_id"), c."step_changed_at",
             c."approved_amount",
             ARRAY(SELECT DISTINCT d FROM unnest(ARRAY[c."opened_by", c."panel_recorded_by"]) AS d
                    WHERE d IS NOT NULL ORDER BY d)
        FROM "case_help" c WHERE c."decision_status" = 'PENDING' AND c."step" = 'PANEL_REVIEW'
      UNION ALL
      SELECT 'CASE_PAYMENT'::text, f."id", f."household_id",
             (SELECT h."street_code" FROM "household" h WHERE h."id" = f."household_id"), f."requested_at", f."amount",
             ARRAY[f."requested_by"]
        FROM "fund_payment" f WHERE f."status" = 'PENDING_APPROVAL'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "pending_approval"`);
    await q.query(`DROP INDEX "IDX_fund_payment_pending"`);
    await q.query(`DROP INDEX "IDX_case_help_decision_pending"`);
    await q.query(`DROP INDEX "IDX_plan_draft"`);
  }
}
