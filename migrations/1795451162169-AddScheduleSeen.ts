import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddScheduleSeen1795451162169 implements MigrationInterface {
  name = 'AddScheduleSeen1795451162169';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "schedule_seen" ("employee_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c3aa2d00a215721cc6ffa803360" PRIMARY KEY ("employee_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "schedule_seen" ADD CONSTRAINT "fk_schedule_seen_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schedule_seen" DROP CONSTRAINT "fk_schedule_seen_employee"`);
    await queryRunner.query(`DROP TABLE "schedule_seen"`);
  }
}
