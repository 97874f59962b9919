import { MigrationInterface, QueryRunner } from 'typeorm';

// An index for every list's filters and order (issue 19). Each list orders by a unique key ending in
// its id, and each index below ends in the same columns, so a page is read in order from the index
// instead of sorting the city: (scope…, sort column, id). A b-tree is read backwards as easily as
// forwards, so (created_at, id) also serves `created_at DESC, id DESC`.
// test/integration/explain.spec.ts proves that the planner uses them.
const INDEXES: Array<[name: string, definition: string]> = [
  // households: ADMIN (status, newest first); ADVISER / streetCode / districtCode (street, status, newest first)
  ['IDX_household_status_created', `"household" ("status", "created_at", "id")`],
  ['IDX_household_street_status_created', `"household" ("street_code", "status", "created_at", "id")`],
  // households filtered by a held category (EXISTS on category_holding from the category's side)
  ['IDX_category_holding_category', `"category_holding" ("category", "household_id")`],
  // per-household lists read by the loaders, in their order
  ['IDX_need_household_opened', `"need" ("household_id", "opened_at", "code", "id")`],
  ['IDX_assessment_household_at_id', `"assessment" ("household_id", "assessed_at", "id")`],
  // referrals: ADMIN; ADVISER (street); PARTNER and providerId (provider); status filter
  ['IDX_referral_issued', `"referral" ("issued_at", "id")`],
  ['IDX_referral_street_issued', `"referral" ("street_code", "issued_at", "id")`],
  ['IDX_referral_provider_issued', `"referral" ("provider_id", "issued_at", "id")`],
  ['IDX_referral_status_issued', `"referral" ("status", "issued_at", "id")`],
  // warnings: ADMIN; status filter; household filter and loader; batch filter
  // (newest first, then file order: the one list whose directions differ, so its indexes say so)
  ['IDX_warning_received', `"warning" ("received_at" DESC, "line", "id")`],
  ['IDX_warning_status_received', `"warning" ("status", "received_at" DESC, "line", "id")`],
  ['IDX_warning_household_received', `"warning" ("household_id", "received_at" DESC, "line", "id")`],
  ['IDX_warning_batch_received', `"warning" ("batch_id", "received_at" DESC, "line", "id")`],
  // service records: ADMIN, newest first (household and adviser filters have their indexes)
  ['IDX_service_record_occurred', `"service_record" ("occurred_at", "id")`],
  // due visits and reassessments: scope, then the due date, then the unique household id
  ['IDX_visit_schedule_street_due_id', `"visit_schedule" ("street_code", "next_due", "household_id")`],
  ['IDX_visit_schedule_adviser_due_id', `"visit_schedule" ("adviser_id", "next_due", "household_id")`],
];

// The indexes the ones above make redundant (a prefix of a new one).
const REPLACED: Array<[name: string, definition: string]> = [
  ['household_street_status_idx', `"household" ("street_code", "status")`],
  ['IDX_assessment_household_at', `"assessment" ("household_id", "assessed_at")`],
  ['IDX_warning_household', `"warning" ("household_id")`],
  ['IDX_visit_schedule_street_due', `"visit_schedule" ("street_code", "next_due")`],
  ['IDX_visit_schedule_adviser_due', `"visit_schedule" ("adviser_id", "next_due")`],
];

export class ListIndexes1768000000000 implements MigrationInterface {
  name = 'ListIndexes1768000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, definition] of INDEXES) await q.query(`CREATE INDEX "${name}" ON ${definition}`);
    for (const [name] of REPLACED) await q.query(`DROP INDEX "${name}"`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name, definition] of REPLACED) await q.query(`CREATE INDEX "${name}" ON ${definition}`);
    for (const [name] of [...INDEXES].reverse()) await q.query(`DROP INDEX "${name}"`);
  }
}
