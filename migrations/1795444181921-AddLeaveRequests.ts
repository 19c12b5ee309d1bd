import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLeaveRequests1795444181921 implements MigrationInterface {
  name = 'AddLeaveRequests1795444181921';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "leave_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "type" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "comment" text, "status" text NOT NULL DEFAULT 'requested', "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "created_by_user_id" uuid NOT NULL, "version" integer NOT NULL, CONSTRAINT "ck_leave_requests_status" CHECK (status IN ('requested','approved','denied','cancelled')), CONSTRAINT "ck_leave_requests_type" CHECK (type IN ('vacation','sick','leave','parental-leave','care-of-child','comp-leave','other')), CONSTRAINT "ck_leave_requests_dates" CHECK (end_date >= start_date), CONSTRAINT "PK_d3abcf9a16cef1450129e06fa9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_leave_requests_employee_dates" ON "leave_requests" ("employee_id", "start_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "leave_requests" ADD CONSTRAINT "fk_leave_requests_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leave_requests" ADD CONSTRAINT "fk_leave_requests_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "leave_requests" DROP CONSTRAINT "fk_leave_requests_employee"`);
    await queryRunner.query(`ALTER TABLE "leave_requests" DROP CONSTRAINT "fk_leave_requests_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_leave_requests_employee_dates"`);
    await queryRunner.query(`DROP TABLE "leave_requests"`);
  }
}
