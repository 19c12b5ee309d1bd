import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCalendarFeeds1795444418314 implements MigrationInterface {
  name = 'AddCalendarFeeds1795444418314';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_calendar_feeds_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_calendar_feeds_employee" ON "calendar_feeds" ("employee_id") `);
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "fk_calendar_feeds_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_employee"`);
    await queryRunner.query(`DROP INDEX "public"."ix_calendar_feeds_employee"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}
