import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPublicationsAndBaseSchedules1795443539586 implements MigrationInterface {
  name = 'AddPublicationsAndBaseSchedules1795443539586';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "base_schedules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "department_id" uuid NOT NULL, "name" text NOT NULL, "weeks" smallint NOT NULL, "version" integer NOT NULL, CONSTRAINT "ck_base_schedules_weeks" CHECK (weeks BETWEEN 1 AND 16), CONSTRAINT "PK_58b0c6bd4e515235a25d9cb35ed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_base_schedules_department" ON "base_schedules" ("department_id") `);
    await queryRunner.query(
      `CREATE TABLE "base_schedule_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "base_schedule_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "week_index" smallint NOT NULL, "weekday" smallint NOT NULL, "shift_type_id" uuid NOT NULL, CONSTRAINT "uq_base_schedule_entries_day" UNIQUE ("base_schedule_id", "employee_id", "week_index", "weekday"), CONSTRAINT "ck_base_schedule_entries_day" CHECK (week_index >= 0 AND weekday BETWEEN 1 AND 7), CONSTRAINT "PK_5e3e848f83329e5d5ddacaa1d8e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "roster_publications" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "period_id" uuid NOT NULL, "published_by_user_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "shifts" jsonb NOT NULL, "overrides" jsonb NOT NULL, CONSTRAINT "PK_6df3f10e6af0a2f4372586612e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roster_publications_period" ON "roster_publications" ("period_id", "published_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "base_schedules" ADD CONSTRAINT "fk_base_schedules_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "base_schedules" ADD CONSTRAINT "fk_base_schedules_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "base_schedule_entries" ADD CONSTRAINT "fk_base_schedule_entries_schedule" FOREIGN KEY ("base_schedule_id") REFERENCES "base_schedules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "base_schedule_entries" ADD CONSTRAINT "fk_base_schedule_entries_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "base_schedule_entries" ADD CONSTRAINT "fk_base_schedule_entries_shift_type" FOREIGN KEY ("shift_type_id") REFERENCES "shift_types"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "base_schedule_entries" DROP CONSTRAINT "fk_base_schedule_entries_shift_type"`,
    );
    await queryRunner.query(`ALTER TABLE "base_schedule_entries" DROP CONSTRAINT "fk_base_schedule_entries_employee"`);
    await queryRunner.query(`ALTER TABLE "base_schedule_entries" DROP CONSTRAINT "fk_base_schedule_entries_schedule"`);
    await queryRunner.query(`ALTER TABLE "base_schedules" DROP CONSTRAINT "fk_base_schedules_department"`);
    await queryRunner.query(`ALTER TABLE "base_schedules" DROP CONSTRAINT "fk_base_schedules_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roster_publications_period"`);
    await queryRunner.query(`DROP TABLE "roster_publications"`);
    await queryRunner.query(`DROP TABLE "base_schedule_entries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_base_schedules_department"`);
    await queryRunner.query(`DROP TABLE "base_schedules"`);
  }
}
