import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLeaveReplacedShifts1795457163693 implements MigrationInterface {
    name = 'AddLeaveReplacedShifts1795457163693'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "leave_requests" ADD "replaced_shifts" jsonb NOT NULL DEFAULT '[]'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "leave_requests" DROP COLUMN "replaced_shifts"`);
    }

}
