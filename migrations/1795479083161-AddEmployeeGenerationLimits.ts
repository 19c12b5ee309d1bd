import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddEmployeeGenerationLimits1795479083161 implements MigrationInterface {
  name = 'AddEmployeeGenerationLimits1795479083161';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "employee_generation_limits" ("department_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "min_hours" numeric(6,2), "max_hours" numeric(6,2), "max_consecutive_days" smallint, "min_consecutive_days_off" smallint, "max_weekends" smallint, "max_shifts_by_type" jsonb NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_user_id" uuid NOT NULL, "version" integer NOT NULL, CONSTRAINT "ck_employee_generation_limits_hours" CHECK (min_hours IS NULL OR max_hours IS NULL OR min_hours <= max_hours), CONSTRAINT "pk_employee_generation_limits" PRIMARY KEY ("department_id", "employee_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "employee_generation_limits" ADD CONSTRAINT "fk_employee_generation_limits_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employee_generation_limits" ADD CONSTRAINT "fk_employee_generation_limits_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "employee_generation_limits" DROP CONSTRAINT "fk_employee_generation_limits_employee"`,
    );
    await queryRunner.query(
      `ALTER TABLE "employee_generation_limits" DROP CONSTRAINT "fk_employee_generation_limits_department"`,
    );
    await queryRunner.query(`DROP TABLE "employee_generation_limits"`);
  }
}
