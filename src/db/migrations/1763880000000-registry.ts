import { MigrationInterface, QueryRunner } from 'typeorm';

// The household registry (household side of 低收入人口需求清单) and the division reference tables.
export class Registry1763880000000 implements MigrationInterface {
  name = 'Registry1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "district" (
      "code" varchar(6) PRIMARY KEY, "name_zh" text NOT NULL, "name_en" text NOT NULL)`);
    await q.query(`CREATE TABLE "street" (
      "code" varchar(9) PRIMARY KEY, "district_code" varchar(6) NOT NULL, "name_zh" text NOT NULL,
      "name_en" text NOT NULL, "kind" text NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_street_district_code" ON "street" ("district_code")`);

    await q.query(`CREATE TABLE "household" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "street_code" varchar(9) NOT NULL,
      "neighbourhood" text, "address" text NOT NULL, "registered_elsewhere" boolean, "registered_address" text,
      "housing_floor" smallint, "housing_has_elevator" boolean, "housing_building_elevator_project" boolean,
      "housing_tenure" text, "housing_living_area_sqm" numeric(10,2), "housing_monthly_rent" numeric(14,2),
      "housing_condition" text, "housing_eviction_threatened" boolean, "housing_home_adapted" boolean,
      "housing_falls12m" smallint, "housing_fall_injury" boolean, "housing_study_space" text,
      "economics_income_wages" numeric(14,2), "economics_income_pensions" numeric(14,2),
      "economics_income_benefits" numeric(14,2), "economics_income_maintenance" numeric(14,2),
      "economics_income_other" numeric(14,2), "economics_liquid_assets" numeric(14,2),
      "economics_rigid_medical" numeric(14,2), "economics_rigid_education" numeric(14,2),
      "economics_rigid_care" numeric(14,2), "economics_rigid_rehab" numeric(14,2),
      "economics_arrears" text, "economics_wage_arrears" boolean,
      "observations_main_carer_condition" text, "observations_guardianship" text,
      "observations_care_service_gap" text, "observations_family_structure" text,
      "observations_kin_support" text, "observations_community_contact" text,
      "observations_digital_capacity" text, "observations_carer_strain" text, "observations_family_conflict" text,
      "consents_data_sharing" boolean, "consents_data_sharing_date" date,
      "consents_charity_referral" boolean, "consents_charity_referral_date" date,
      "mass_organisation_beneficiary" boolean, "charity_priority" boolean, "found_by_visit" boolean,
      "status" text NOT NULL DEFAULT 'ACTIVE', "archive_reason" text, "archived_at" timestamptz,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(), "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "FK_household_street" FOREIGN KEY ("street_code") REFERENCES "street"("code"),
      CONSTRAINT "CHK_household_status" CHECK ("status" IN ('ACTIVE', 'ARCHIVED')))`);
    await q.query(`CREATE INDEX "household_street_status_idx" ON "household" ("street_code", "status")`);

    await q.query(`CREATE TABLE "member" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "household_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT 0,
      "name" text NOT NULL, "id_number" varchar(18) NOT NULL,
      "relation" text, "birth_date" date, "sex" text, "hukou" text,
      "has_disability" boolean, "disability_grade" smallint, "disability_type" text,
      "mobility_impaired" boolean, "bedridden" boolean, "serious_illness" boolean, "chronic_illness" boolean,
      "mental_disorder" text, "care_needs_grade" smallint, "hospital_stays12m" smallint, "hospital_days12m" smallint,
      "employment_status" text, "months_unemployed" smallint, "recent_graduate" boolean,
      "is_main_earner" boolean, "is_main_carer" boolean, "education_level" text, "student_stage" text,
      "school_attendance" text, "learning_difficulty" text, "special_educational_needs" boolean,
      "cultural_activity_last_year" boolean, "special_statuses" text[], "phq9_score" smallint, "suicidal_thoughts" boolean,
      CONSTRAINT "FK_member_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE,
      CONSTRAINT "CHK_member_disability_grade" CHECK ("disability_grade" BETWEEN 1 AND 4),
      CONSTRAINT "CHK_member_care_grade" CHECK ("care_needs_grade" BETWEEN 0 AND 6),
      CONSTRAINT "CHK_member_phq9" CHECK ("phq9_score" BETWEEN 0 AND 27))`);
    await q.query(`CREATE INDEX "IDX_member_household_id" ON "member" ("household_id")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_member_id_number" ON "member" ("id_number")`);

    for (const table of ['category_holding', 'assistance_event', 'life_event']) {
      const columns = {
        category_holding: `"category" text NOT NULL, "since" date, "until" date, "evidence" text`,
        assistance_event: `"kind" text NOT NULL, "scheme" text NOT NULL, "date" date NOT NULL, "amount" numeric(14,2), "note" text`,
        life_event: `"kind" text NOT NULL, "date" date NOT NULL, "note" text`,
      }[table];
      await q.query(`CREATE TABLE "${table}" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, ${columns},
        CONSTRAINT "FK_${table}_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE)`);
      await q.query(`CREATE INDEX "IDX_${table}_household_id" ON "${table}" ("household_id")`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'life_event',
      'assistance_event',
      'category_holding',
      'member',
      'household',
      'street',
      'district',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
