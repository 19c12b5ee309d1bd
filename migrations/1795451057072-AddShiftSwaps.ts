import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddShiftSwaps1795451057072 implements MigrationInterface {
  name = 'AddShiftSwaps1795451057072';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "department_self_service_settings" ("department_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "swap_approval" text NOT NULL DEFAULT 'scheduler', "open_shift_assignment" text NOT NULL DEFAULT 'scheduler', "agency_hourly_rate" integer NOT NULL DEFAULT '1100', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_self_service_agency_rate" CHECK (agency_hourly_rate >= 0), CONSTRAINT "ck_self_service_open_shift_assignment" CHECK (open_shift_assignment IN ('scheduler','first-eligible')), CONSTRAINT "ck_self_service_swap_approval" CHECK (swap_approval IN ('scheduler','automatic')), CONSTRAINT "PK_6816a4def8abcfab6454e988a3f" PRIMARY KEY ("department_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "shift_swaps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'offered', "offered_shift_id" uuid NOT NULL, "offered_shift_version" integer NOT NULL, "from_employee_id" uuid NOT NULL, "to_employee_id" uuid, "requested_shift_id" uuid, "requested_shift_version" integer, "department_ids" uuid array NOT NULL, "message" text, "reasons" jsonb NOT NULL DEFAULT '[]', "findings" jsonb NOT NULL DEFAULT '[]', "refused_by" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_user_id" uuid, "version" integer NOT NULL, CONSTRAINT "ck_shift_swaps_exchange" CHECK ((kind = 'exchange') = (requested_shift_id IS NOT NULL AND requested_shift_version IS NOT NULL)), CONSTRAINT "ck_shift_swaps_status" CHECK (status IN ('offered','awaiting-approval','approved','declined','refused','withdrawn')), CONSTRAINT "ck_shift_swaps_kind" CHECK (kind IN ('exchange','give-away')), CONSTRAINT "PK_b236b0d68e8a55a4cda876bea0e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_shift_swaps_pending_offer" ON "shift_swaps" ("offered_shift_id") WHERE status IN ('offered','awaiting-approval')`,
    );
    await queryRunner.query(`CREATE INDEX "ix_shift_swaps_to" ON "shift_swaps" ("to_employee_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_shift_swaps_from" ON "shift_swaps" ("from_employee_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "department_self_service_settings" ADD CONSTRAINT "fk_self_service_settings_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift_swaps" ADD CONSTRAINT "fk_shift_swaps_offered_shift" FOREIGN KEY ("offered_shift_id") REFERENCES "shifts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift_swaps" ADD CONSTRAINT "fk_shift_swaps_from_employee" FOREIGN KEY ("from_employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift_swaps" ADD CONSTRAINT "fk_shift_swaps_to_employee" FOREIGN KEY ("to_employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shift_swaps" ADD CONSTRAINT "fk_shift_swaps_requested_shift" FOREIGN KEY ("requested_shift_id") REFERENCES "shifts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shift_swaps" DROP CONSTRAINT "fk_shift_swaps_requested_shift"`);
    await queryRunner.query(`ALTER TABLE "shift_swaps" DROP CONSTRAINT "fk_shift_swaps_to_employee"`);
    await queryRunner.query(`ALTER TABLE "shift_swaps" DROP CONSTRAINT "fk_shift_swaps_from_employee"`);
    await queryRunner.query(`ALTER TABLE "shift_swaps" DROP CONSTRAINT "fk_shift_swaps_offered_shift"`);
    await queryRunner.query(
      `ALTER TABLE "department_self_service_settings" DROP CONSTRAINT "fk_self_service_settings_department"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_shift_swaps_from"`);
    await queryRunner.query(`DROP INDEX "public"."ix_shift_swaps_to"`);
    await queryRunner.query(`DROP INDEX "public"."ux_shift_swaps_pending_offer"`);
    await queryRunner.query(`DROP TABLE "shift_swaps"`);
    await queryRunner.query(`DROP TABLE "department_self_service_settings"`);
  }
}
