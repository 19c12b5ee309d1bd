import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPayroll1795450783008 implements MigrationInterface {
  name = 'AddPayroll1795450783008';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "time_deviations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "period_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "shift_id" uuid, "kind" text NOT NULL, "absence_type" text, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ordered_by" text, "comment" text, "status" text NOT NULL, "reported_by_user_id" uuid NOT NULL, "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "correction_reason" text, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_user_id" uuid, "withdrawn_reason" text, "exported_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "ck_time_deviations_absence" CHECK ((kind = 'absence') = (absence_type IS NOT NULL)), CONSTRAINT "ck_time_deviations_status" CHECK (status IN ('reported','accepted','rejected','withdrawn')), CONSTRAINT "ck_time_deviations_kind" CHECK (kind IN ('absence','left-early','extra-time','called-in','call-out')), CONSTRAINT "ck_time_deviations_order" CHECK (end_at > start_at), CONSTRAINT "PK_b56b36c115b61d73d66ce6b9442" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_time_deviations_shift" ON "time_deviations" ("shift_id") `);
    await queryRunner.query(`CREATE INDEX "ix_time_deviations_period" ON "time_deviations" ("period_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_time_deviations_employee_start" ON "time_deviations" ("employee_id", "start_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attestations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "period_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "attested_by_user_id" uuid NOT NULL, "attested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "totals" jsonb NOT NULL, CONSTRAINT "uq_attestations_period_employee" UNIQUE ("period_id", "employee_id"), CONSTRAINT "PK_5bfe0da3020a6f609762f559d17" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_attestations_employee" ON "attestations" ("employee_id") `);
    await queryRunner.query(
      `CREATE TABLE "payroll_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "department_ids" uuid array NOT NULL, "format" text NOT NULL, "encoding" text NOT NULL, "decimal_separator" text NOT NULL, "schedule" boolean NOT NULL, "included_unattested" boolean NOT NULL, "unattested" jsonb NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "content" bytea NOT NULL, "sha256" text NOT NULL, "row_count" integer NOT NULL, "adjustment_row_count" integer NOT NULL, "employee_count" integer NOT NULL, "shift_count" integer NOT NULL, "locked_period_ids" uuid array NOT NULL, CONSTRAINT "ck_payroll_exports_range" CHECK (to_date >= from_date), CONSTRAINT "ck_payroll_exports_format" CHECK (format IN ('paxml','csv')), CONSTRAINT "PK_e24df9a809db19ed84b78bbccaa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_payroll_exports_org_created" ON "payroll_exports" ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "payroll_exported_shifts" ("shift_id" uuid NOT NULL, "export_id" uuid NOT NULL, CONSTRAINT "PK_37314b4430f971511137e1809d9" PRIMARY KEY ("shift_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_payroll_exported_shifts_export" ON "payroll_exported_shifts" ("export_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "pay_code_mappings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "valid_from" date NOT NULL, "codes" jsonb NOT NULL, "updated_by_user_id" uuid NOT NULL, CONSTRAINT "uq_pay_code_mappings_org_valid_from" UNIQUE ("organisation_id", "valid_from"), CONSTRAINT "PK_1592d4bfad921be56af0eb5aaa6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "payroll_export_rows" ("id" BIGSERIAL NOT NULL, "export_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "anstid" text NOT NULL, "date" date NOT NULL, "code_kind" text NOT NULL, "code" text NOT NULL, "hundredths" integer NOT NULL, "adjustment" boolean NOT NULL, CONSTRAINT "PK_cc96444d51ea5aebb01949e4739" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_payroll_export_rows_employee_date" ON "payroll_export_rows" ("organisation_id", "employee_id", "date") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_payroll_export_rows_export" ON "payroll_export_rows" ("export_id") `);
    await queryRunner.query(
      `CREATE TABLE "payroll_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "organisation_number" text, "average_monthly_salary" integer, "version" integer NOT NULL, CONSTRAINT "uq_payroll_settings_organisation" UNIQUE ("organisation_id"), CONSTRAINT "REL_652512f806c62b9d596a11d390" UNIQUE ("organisation_id"), CONSTRAINT "PK_3af3a5d80e2d046e95031f39a0a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_deviations" ADD CONSTRAINT "fk_time_deviations_period" FOREIGN KEY ("period_id") REFERENCES "roster_periods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_deviations" ADD CONSTRAINT "fk_time_deviations_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_deviations" ADD CONSTRAINT "fk_time_deviations_shift" FOREIGN KEY ("shift_id") REFERENCES "shifts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestations" ADD CONSTRAINT "fk_attestations_period" FOREIGN KEY ("period_id") REFERENCES "roster_periods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestations" ADD CONSTRAINT "fk_attestations_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payroll_exports" ADD CONSTRAINT "fk_payroll_exports_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payroll_exported_shifts" ADD CONSTRAINT "fk_payroll_exported_shifts_shift" FOREIGN KEY ("shift_id") REFERENCES "shifts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payroll_exported_shifts" ADD CONSTRAINT "fk_payroll_exported_shifts_export" FOREIGN KEY ("export_id") REFERENCES "payroll_exports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pay_code_mappings" ADD CONSTRAINT "fk_pay_code_mappings_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payroll_export_rows" ADD CONSTRAINT "fk_payroll_export_rows_export" FOREIGN KEY ("export_id") REFERENCES "payroll_exports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payroll_export_rows" ADD CONSTRAINT "fk_payroll_export_rows_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payroll_settings" ADD CONSTRAINT "fk_payroll_settings_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payroll_settings" DROP CONSTRAINT "fk_payroll_settings_organisation"`);
    await queryRunner.query(`ALTER TABLE "payroll_export_rows" DROP CONSTRAINT "fk_payroll_export_rows_employee"`);
    await queryRunner.query(`ALTER TABLE "payroll_export_rows" DROP CONSTRAINT "fk_payroll_export_rows_export"`);
    await queryRunner.query(`ALTER TABLE "pay_code_mappings" DROP CONSTRAINT "fk_pay_code_mappings_organisation"`);
    await queryRunner.query(
      `ALTER TABLE "payroll_exported_shifts" DROP CONSTRAINT "fk_payroll_exported_shifts_export"`,
    );
    await queryRunner.query(`ALTER TABLE "payroll_exported_shifts" DROP CONSTRAINT "fk_payroll_exported_shifts_shift"`);
    await queryRunner.query(`ALTER TABLE "payroll_exports" DROP CONSTRAINT "fk_payroll_exports_organisation"`);
    await queryRunner.query(`ALTER TABLE "attestations" DROP CONSTRAINT "fk_attestations_employee"`);
    await queryRunner.query(`ALTER TABLE "attestations" DROP CONSTRAINT "fk_attestations_period"`);
    await queryRunner.query(`ALTER TABLE "time_deviations" DROP CONSTRAINT "fk_time_deviations_shift"`);
    await queryRunner.query(`ALTER TABLE "time_deviations" DROP CONSTRAINT "fk_time_deviations_employee"`);
    await queryRunner.query(`ALTER TABLE "time_deviations" DROP CONSTRAINT "fk_time_deviations_period"`);
    await queryRunner.query(`DROP TABLE "payroll_settings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payroll_export_rows_export"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payroll_export_rows_employee_date"`);
    await queryRunner.query(`DROP TABLE "payroll_export_rows"`);
    await queryRunner.query(`DROP TABLE "pay_code_mappings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payroll_exported_shifts_export"`);
    await queryRunner.query(`DROP TABLE "payroll_exported_shifts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payroll_exports_org_created"`);
    await queryRunner.query(`DROP TABLE "payroll_exports"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attestations_employee"`);
    await queryRunner.query(`DROP TABLE "attestations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_time_deviations_employee_start"`);
    await queryRunner.query(`DROP INDEX "public"."ix_time_deviations_period"`);
    await queryRunner.query(`DROP INDEX "public"."ix_time_deviations_shift"`);
    await queryRunner.query(`DROP TABLE "time_deviations"`);
  }
}
