import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOpenShifts1795451565866 implements MigrationInterface {
  name = 'AddOpenShifts1795451565866';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "extra_hours_preferences" ("employee_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "wants_extra_hours" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eb9de1369f5ad94b704896ce4ad" PRIMARY KEY ("employee_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "open_shift_postings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "shift_id" uuid NOT NULL, "department_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'open', "include_department_ids" uuid array NOT NULL DEFAULT '{}', "include_pool" boolean NOT NULL DEFAULT false, "profession" text, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, "filled_by_employee_id" uuid, "filled_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_open_shift_postings_status" CHECK (status IN ('open','filled','withdrawn')), CONSTRAINT "PK_efac22abc44c686265078a9a483" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_open_shift_postings_department" ON "open_shift_postings" ("department_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_open_shift_postings_open_shift" ON "open_shift_postings" ("shift_id") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE TABLE "open_shift_applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "posting_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'applied', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_open_shift_applications_posting_employee" UNIQUE ("posting_id", "employee_id"), CONSTRAINT "ck_open_shift_applications_status" CHECK (status IN ('applied','assigned','not-chosen')), CONSTRAINT "PK_c9728149c57ba3ab7fd6f3d5bb0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "extra_hours_preferences" ADD CONSTRAINT "fk_extra_hours_preferences_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "open_shift_postings" ADD CONSTRAINT "fk_open_shift_postings_shift" FOREIGN KEY ("shift_id") REFERENCES "shifts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "open_shift_postings" ADD CONSTRAINT "fk_open_shift_postings_filled_by" FOREIGN KEY ("filled_by_employee_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "open_shift_applications" ADD CONSTRAINT "fk_open_shift_applications_posting" FOREIGN KEY ("posting_id") REFERENCES "open_shift_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "open_shift_applications" ADD CONSTRAINT "fk_open_shift_applications_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "open_shift_applications" DROP CONSTRAINT "fk_open_shift_applications_employee"`,
    );
    await queryRunner.query(
      `ALTER TABLE "open_shift_applications" DROP CONSTRAINT "fk_open_shift_applications_posting"`,
    );
    await queryRunner.query(`ALTER TABLE "open_shift_postings" DROP CONSTRAINT "fk_open_shift_postings_filled_by"`);
    await queryRunner.query(`ALTER TABLE "open_shift_postings" DROP CONSTRAINT "fk_open_shift_postings_shift"`);
    await queryRunner.query(
      `ALTER TABLE "extra_hours_preferences" DROP CONSTRAINT "fk_extra_hours_preferences_employee"`,
    );
    await queryRunner.query(`DROP TABLE "open_shift_applications"`);
    await queryRunner.query(`DROP INDEX "public"."ux_open_shift_postings_open_shift"`);
    await queryRunner.query(`DROP INDEX "public"."ix_open_shift_postings_department"`);
    await queryRunner.query(`DROP TABLE "open_shift_postings"`);
    await queryRunner.query(`DROP TABLE "extra_hours_preferences"`);
  }
}
