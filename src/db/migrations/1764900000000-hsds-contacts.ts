import { MigrationInterface, QueryRunner } from 'typeorm';

// Contact details the HSDS interchange needs (url, email, phones, contact people, languages, weekly
// opening hours, fees and cost options of a resource; contact people of a provider), all nullable:
// null = not known. hsds_id keeps the id of an imported HSDS service so a re-import updates the
// same draft; unique per provider, since two partners may import the same public dataset.
export class HsdsContacts1764900000000 implements MigrationInterface {
  name = 'HsdsContacts1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "resource" ADD "url" text, ADD "email" text, ADD "phones" jsonb, ADD "contacts" jsonb,
      ADD "languages" text[], ADD "schedules" jsonb, ADD "fees_description" text, ADD "cost_options" jsonb, ADD "hsds_id" text`);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_resource_provider_hsds_id" ON "resource" ("provider_id", "hsds_id") WHERE "hsds_id" IS NOT NULL`,
    );
    await q.query(`ALTER TABLE "provider" ADD "contacts" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "provider" DROP COLUMN "contacts"`);
    await q.query(`DROP INDEX "IDX_resource_provider_hsds_id"`);
    await q.query(`ALTER TABLE "resource" DROP COLUMN "hsds_id", DROP COLUMN "cost_options", DROP COLUMN "fees_description",
      DROP COLUMN "schedules", DROP COLUMN "languages", DROP COLUMN "contacts", DROP COLUMN "phones", DROP COLUMN "email", DROP COLUMN "url"`);
  }
}
