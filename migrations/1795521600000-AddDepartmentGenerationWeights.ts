import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDepartmentGenerationWeights1795521600000 implements MigrationInterface {
  name = 'AddDepartmentGenerationWeights1795521600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "department_generation_weights" ("department_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "weights" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_user_id" uuid NOT NULL, "version" integer NOT NULL, CONSTRAINT "pk_department_generation_weights" PRIMARY KEY ("department_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "department_generation_weights" ADD CONSTRAINT "fk_department_generation_weights_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "department_generation_weights" DROP CONSTRAINT "fk_department_generation_weights_department"`,
    );
    await queryRunner.query(`DROP TABLE "department_generation_weights"`);
  }
}
