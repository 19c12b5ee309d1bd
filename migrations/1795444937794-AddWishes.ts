import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddWishes1795444937794 implements MigrationInterface {
  name = 'AddWishes1795444937794';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "wishes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "period_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "date" date NOT NULL, "kind" text NOT NULL, "shift_type_id" uuid, "comment" text, CONSTRAINT "uq_wishes_day" UNIQUE ("period_id", "employee_id", "date"), CONSTRAINT "ck_wishes_kind" CHECK (kind IN ('shift-type','free','can-work') AND (kind = 'shift-type') = (shift_type_id IS NOT NULL)), CONSTRAINT "PK_9c08d144e42ca0aa37a024597ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "departments" ADD "wish_max_free_days" smallint NOT NULL DEFAULT '4'`);
    await queryRunner.query(`ALTER TABLE "departments" ADD "wish_min_weekend_offers" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "wishes" ADD CONSTRAINT "fk_wishes_period" FOREIGN KEY ("period_id") REFERENCES "roster_periods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wishes" ADD CONSTRAINT "fk_wishes_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wishes" ADD CONSTRAINT "fk_wishes_shift_type" FOREIGN KEY ("shift_type_id") REFERENCES "shift_types"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "wishes" DROP CONSTRAINT "fk_wishes_shift_type"`);
    await queryRunner.query(`ALTER TABLE "wishes" DROP CONSTRAINT "fk_wishes_employee"`);
    await queryRunner.query(`ALTER TABLE "wishes" DROP CONSTRAINT "fk_wishes_period"`);
    await queryRunner.query(`ALTER TABLE "departments" DROP COLUMN "wish_min_weekend_offers"`);
    await queryRunner.query(`ALTER TABLE "departments" DROP COLUMN "wish_max_free_days"`);
    await queryRunner.query(`DROP TABLE "wishes"`);
  }
}
