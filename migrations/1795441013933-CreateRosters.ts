import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRosters1795441013933 implements MigrationInterface {
  name = 'CreateRosters1795441013933';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "staffing_needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "department_id" uuid NOT NULL, "day_kind" text NOT NULL, "shift_type_id" uuid NOT NULL, "profession" text, "skill_id" uuid, "min_count" smallint NOT NULL, "target_count" smallint NOT NULL, CONSTRAINT "ck_staffing_needs_requirement" CHECK (profession IS NOT NULL OR skill_id IS NOT NULL), CONSTRAINT "ck_staffing_needs_counts" CHECK (min_count >= 0 AND target_count >= min_count AND target_count <= 200), CONSTRAINT "ck_staffing_needs_day" CHECK (day_kind IN ('mon','tue','wed','thu','fri','sat','sun','holiday','holiday-eve')), CONSTRAINT "PK_fdaf16b5656d4c9bbd83227dfc9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_staffing_needs_department" ON "staffing_needs" ("department_id") `);
    await queryRunner.query(
      `CREATE TABLE "roster_periods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "department_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "weeks" smallint NOT NULL, "state" text NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "published_by_user_id" uuid, "version" integer NOT NULL, CONSTRAINT "ck_roster_periods_state" CHECK (state IN ('draft','wishes-open','review','published','locked')), CONSTRAINT "ck_roster_periods_monday" CHECK (extract(isodow from start_date) = 1), CONSTRAINT "ck_roster_periods_end" CHECK (end_date = start_date + (weeks * 7 - 1)), CONSTRAINT "ck_roster_periods_weeks" CHECK (weeks BETWEEN 1 AND 16), CONSTRAINT "PK_f59fd05384caf377db48140f5a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roster_periods_department_start" ON "roster_periods" ("department_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "shift_changes" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "period_id" uuid NOT NULL, "shift_id" uuid NOT NULL, "action" text NOT NULL, "before" jsonb, "after" jsonb, "employee_ids" uuid array NOT NULL DEFAULT '{}', "reason" text, "changed_by_user_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ed094c5acf5419902c7a08a43af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shift_changes_period_at" ON "shift_changes" ("period_id", "changed_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_shift_changes_shift" ON "shift_changes" ("shift_id") `);
    await queryRunner.query(
      `CREATE TABLE "shifts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "department_id" uuid NOT NULL, "period_id" uuid NOT NULL, "employee_id" uuid, "shift_type_id" uuid, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "break_minutes" smallint NOT NULL DEFAULT '0', "kind" text NOT NULL DEFAULT 'work', "note" text, "source" text NOT NULL DEFAULT 'manual', "override_reason" text, "overridden_rules" text array NOT NULL DEFAULT '{}', "updated_by_user_id" uuid, "version" integer NOT NULL, CONSTRAINT "ck_shifts_source" CHECK (source IN ('manual','base-schedule','generated','swap')), CONSTRAINT "ck_shifts_kind" CHECK (kind IN ('work','on-call','standby')), CONSTRAINT "ck_shifts_break" CHECK (break_minutes >= 0 AND break_minutes * interval '1 minute' < end_at - start_at), CONSTRAINT "ck_shifts_max_length" CHECK (end_at - start_at <= interval '24 hours'), CONSTRAINT "ck_shifts_order" CHECK (end_at > start_at), CONSTRAINT "PK_84d692e367e4d6cdf045828768c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_shifts_period" ON "shifts" ("period_id") `);
    await queryRunner.query(`CREATE INDEX "ix_shifts_employee_start" ON "shifts" ("employee_id", "start_at") `);
    await queryRunner.query(
      `ALTER TABLE "employees" ADD "full_time_hours_per_week" numeric(5,2) NOT NULL DEFAULT '40'`,
    );
    await queryRunner.query(`ALTER TABLE "employees" ADD "night_worker" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "employees" ADD "night_work_basis" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "employees" ADD "dygnsbryt" text NOT NULL DEFAULT '00:00'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "can_override_rules" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "employees" ADD CONSTRAINT "ck_employees_dygnsbryt" CHECK (dygnsbryt ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "employees" ADD CONSTRAINT "ck_employees_full_time" CHECK (full_time_hours_per_week > 0 AND full_time_hours_per_week <= 48)`,
    );
    await queryRunner.query(
      `ALTER TABLE "staffing_needs" ADD CONSTRAINT "fk_staffing_needs_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staffing_needs" ADD CONSTRAINT "fk_staffing_needs_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staffing_needs" ADD CONSTRAINT "fk_staffing_needs_shift_type" FOREIGN KEY ("shift_type_id") REFERENCES "shift_types"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staffing_needs" ADD CONSTRAINT "fk_staffing_needs_skill" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roster_periods" ADD CONSTRAINT "fk_roster_periods_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roster_periods" ADD CONSTRAINT "fk_roster_periods_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shifts" ADD CONSTRAINT "fk_shifts_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shifts" ADD CONSTRAINT "fk_shifts_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shifts" ADD CONSTRAINT "fk_shifts_period" FOREIGN KEY ("period_id") REFERENCES "roster_periods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shifts" ADD CONSTRAINT "fk_shifts_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shifts" ADD CONSTRAINT "fk_shifts_shift_type" FOREIGN KEY ("shift_type_id") REFERENCES "shift_types"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shifts" DROP CONSTRAINT "fk_shifts_shift_type"`);
    await queryRunner.query(`ALTER TABLE "shifts" DROP CONSTRAINT "fk_shifts_employee"`);
    await queryRunner.query(`ALTER TABLE "shifts" DROP CONSTRAINT "fk_shifts_period"`);
    await queryRunner.query(`ALTER TABLE "shifts" DROP CONSTRAINT "fk_shifts_department"`);
    await queryRunner.query(`ALTER TABLE "shifts" DROP CONSTRAINT "fk_shifts_organisation"`);
    await queryRunner.query(`ALTER TABLE "roster_periods" DROP CONSTRAINT "fk_roster_periods_department"`);
    await queryRunner.query(`ALTER TABLE "roster_periods" DROP CONSTRAINT "fk_roster_periods_organisation"`);
    await queryRunner.query(`ALTER TABLE "staffing_needs" DROP CONSTRAINT "fk_staffing_needs_skill"`);
    await queryRunner.query(`ALTER TABLE "staffing_needs" DROP CONSTRAINT "fk_staffing_needs_shift_type"`);
    await queryRunner.query(`ALTER TABLE "staffing_needs" DROP CONSTRAINT "fk_staffing_needs_department"`);
    await queryRunner.query(`ALTER TABLE "staffing_needs" DROP CONSTRAINT "fk_staffing_needs_organisation"`);
    await queryRunner.query(`ALTER TABLE "employees" DROP CONSTRAINT "ck_employees_full_time"`);
    await queryRunner.query(`ALTER TABLE "employees" DROP CONSTRAINT "ck_employees_dygnsbryt"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "can_override_rules"`);
    await queryRunner.query(`ALTER TABLE "employees" DROP COLUMN "dygnsbryt"`);
    await queryRunner.query(`ALTER TABLE "employees" DROP COLUMN "night_work_basis"`);
    await queryRunner.query(`ALTER TABLE "employees" DROP COLUMN "night_worker"`);
    await queryRunner.query(`ALTER TABLE "employees" DROP COLUMN "full_time_hours_per_week"`);
    await queryRunner.query(`DROP INDEX "public"."ix_shifts_employee_start"`);
    await queryRunner.query(`DROP INDEX "public"."ix_shifts_period"`);
    await queryRunner.query(`DROP TABLE "shifts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_shift_changes_shift"`);
    await queryRunner.query(`DROP INDEX "public"."ix_shift_changes_period_at"`);
    await queryRunner.query(`DROP TABLE "shift_changes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roster_periods_department_start"`);
    await queryRunner.query(`DROP TABLE "roster_periods"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staffing_needs_department"`);
    await queryRunner.query(`DROP TABLE "staffing_needs"`);
  }
}
