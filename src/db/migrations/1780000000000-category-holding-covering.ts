import { MigrationInterface, QueryRunner } from 'typeorm';

// A household page filtered by a held category probes category_holding once per household it reads
// (issue 19): (household_id, category) with the dates included answers each probe from the index
// alone (no heap visit once the table is vacuumed), where the (household_id) index read the heap
// row of every category the household holds. It replaces that index, which is its prefix.
export class CategoryHoldingCovering1780000000000 implements MigrationInterface {
  name = 'CategoryHoldingCovering1780000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_category_holding_household_category" ON "category_holding" ("household_id", "category")
       INCLUDE ("since", "until")`,
    );
    await q.query(`DROP INDEX "IDX_category_holding_household_id"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_category_holding_household_id" ON "category_holding" ("household_id")`);
    await q.query(`DROP INDEX "IDX_category_holding_household_category"`);
  }
}
