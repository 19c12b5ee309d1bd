import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundation1795439493754 implements MigrationInterface {
  name = 'CreateFoundation1795439493754';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "actor_user_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, "correlation_id" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_org_at" ON "audit_log" ("organisation_id", "at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("organisation_id", "entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "code" text NOT NULL, CONSTRAINT "uq_organisations_code" UNIQUE ("code"), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "departments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "parent_id" uuid, "name" text NOT NULL, "code" text NOT NULL, "kind" text NOT NULL, "version" integer NOT NULL, CONSTRAINT "uq_departments_org_code" UNIQUE ("organisation_id", "code"), CONSTRAINT "ck_departments_not_own_parent" CHECK (parent_id IS NULL OR parent_id <> id), CONSTRAINT "ck_departments_kind" CHECK (kind IN ('hospital','clinic','ward','reception','health-centre','pool')), CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_departments_parent" ON "departments" ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "employees" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "employee_number" text NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "email" text, "phone" text, "profession" text NOT NULL, "employment_rate" smallint NOT NULL, "employment_form" text NOT NULL, "agreement" text NOT NULL, "home_department_id" uuid NOT NULL, "is_agency" boolean NOT NULL DEFAULT false, "agency_name" text, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, CONSTRAINT "uq_employees_org_number" UNIQUE ("organisation_id", "employee_number"), CONSTRAINT "ck_employees_agency_name" CHECK (NOT is_agency OR agency_name IS NOT NULL), CONSTRAINT "ck_employees_employment_form" CHECK (employment_form IN ('tillsvidare','visstid','timavlonad')), CONSTRAINT "ck_employees_employment_rate" CHECK (employment_rate BETWEEN 1 AND 100), CONSTRAINT "PK_b9535a98350d5b26e7eb0c26af4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_employees_home_department" ON "employees" ("home_department_id") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "employee_id" uuid, "active" boolean NOT NULL DEFAULT true, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "uq_users_email" UNIQUE ("email"), CONSTRAINT "ck_users_email_lower" CHECK (email = lower(email)), CONSTRAINT "ck_users_role" CHECK (role IN ('admin','scheduler','hr','employee')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_sessions_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_user" ON "sessions" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "employee_departments" ("employee_id" uuid NOT NULL, "department_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_39a9f76731958d79dbb9b706cae" PRIMARY KEY ("employee_id", "department_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_employee_departments_department" ON "employee_departments" ("department_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "skills" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, CONSTRAINT "uq_skills_org_code" UNIQUE ("organisation_id", "code"), CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "employee_skills" ("employee_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_4b0defbd09068a51440a7679ed3" PRIMARY KEY ("employee_id", "skill_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_employee_skills_skill" ON "employee_skills" ("skill_id") `);
    await queryRunner.query(
      `CREATE TABLE "shift_types" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "department_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "start_minute" smallint NOT NULL, "end_minute" smallint NOT NULL, "break_minutes" smallint NOT NULL DEFAULT '0', "colour" text NOT NULL, "kind" text NOT NULL DEFAULT 'work', "required_skill_id" uuid, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, CONSTRAINT "uq_shift_types_department_code" UNIQUE ("department_id", "code"), CONSTRAINT "ck_shift_types_kind" CHECK (kind IN ('work','on-call','standby')), CONSTRAINT "ck_shift_types_colour" CHECK (colour ~ '^#[0-9a-f]{6}$'), CONSTRAINT "ck_shift_types_break" CHECK (break_minutes >= 0), CONSTRAINT "ck_shift_types_times" CHECK (start_minute BETWEEN 0 AND 1439 AND end_minute BETWEEN 0 AND 1439 AND start_minute <> end_minute), CONSTRAINT "PK_5b20632c0c576fb5887e934b9c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_department_scopes" ("user_id" uuid NOT NULL, "department_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_11491c1be5acdd4f11392f4f425" PRIMARY KEY ("user_id", "department_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "departments" ADD CONSTRAINT "fk_departments_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "departments" ADD CONSTRAINT "fk_departments_parent" FOREIGN KEY ("parent_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employees" ADD CONSTRAINT "fk_employees_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employees" ADD CONSTRAINT "fk_employees_home_department" FOREIGN KEY ("home_department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employee_departments" ADD CONSTRAINT "fk_employee_departments_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employee_departments" ADD CONSTRAINT "fk_employee_departments_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skills" ADD CONSTRAINT "fk_skills_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employee_skills" ADD CONSTRAINT "fk_employee_skills_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employee_skills" ADD CONSTRAINT "fk_employee_skills_skill" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift_types" ADD CONSTRAINT "fk_shift_types_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift_types" ADD CONSTRAINT "fk_shift_types_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift_types" ADD CONSTRAINT "fk_shift_types_required_skill" FOREIGN KEY ("required_skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_department_scopes" ADD CONSTRAINT "fk_user_department_scopes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_department_scopes" ADD CONSTRAINT "fk_user_department_scopes_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The audit log is append-only: refuse UPDATE and DELETE at the database level.
    await queryRunner.query(
      `CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(
      `ALTER TABLE "user_department_scopes" DROP CONSTRAINT "fk_user_department_scopes_department"`,
    );
    await queryRunner.query(`ALTER TABLE "user_department_scopes" DROP CONSTRAINT "fk_user_department_scopes_user"`);
    await queryRunner.query(`ALTER TABLE "shift_types" DROP CONSTRAINT "fk_shift_types_required_skill"`);
    await queryRunner.query(`ALTER TABLE "shift_types" DROP CONSTRAINT "fk_shift_types_department"`);
    await queryRunner.query(`ALTER TABLE "shift_types" DROP CONSTRAINT "fk_shift_types_organisation"`);
    await queryRunner.query(`ALTER TABLE "employee_skills" DROP CONSTRAINT "fk_employee_skills_skill"`);
    await queryRunner.query(`ALTER TABLE "employee_skills" DROP CONSTRAINT "fk_employee_skills_employee"`);
    await queryRunner.query(`ALTER TABLE "skills" DROP CONSTRAINT "fk_skills_organisation"`);
    await queryRunner.query(`ALTER TABLE "employee_departments" DROP CONSTRAINT "fk_employee_departments_department"`);
    await queryRunner.query(`ALTER TABLE "employee_departments" DROP CONSTRAINT "fk_employee_departments_employee"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_employee"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_organisation"`);
    await queryRunner.query(`ALTER TABLE "employees" DROP CONSTRAINT "fk_employees_home_department"`);
    await queryRunner.query(`ALTER TABLE "employees" DROP CONSTRAINT "fk_employees_organisation"`);
    await queryRunner.query(`ALTER TABLE "departments" DROP CONSTRAINT "fk_departments_parent"`);
    await queryRunner.query(`ALTER TABLE "departments" DROP CONSTRAINT "fk_departments_organisation"`);
    await queryRunner.query(`DROP TABLE "user_department_scopes"`);
    await queryRunner.query(`DROP TABLE "shift_types"`);
    await queryRunner.query(`DROP INDEX "public"."ix_employee_skills_skill"`);
    await queryRunner.query(`DROP TABLE "employee_skills"`);
    await queryRunner.query(`DROP TABLE "skills"`);
    await queryRunner.query(`DROP INDEX "public"."ix_employee_departments_department"`);
    await queryRunner.query(`DROP TABLE "employee_departments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_user"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."ix_employees_home_department"`);
    await queryRunner.query(`DROP TABLE "employees"`);
    await queryRunner.query(`DROP INDEX "public"."ix_departments_parent"`);
    await queryRunner.query(`DROP TABLE "departments"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_org_at"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
