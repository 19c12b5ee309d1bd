import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster generation runs, and the job queue's own schema (pg-boss, in schema `pgboss`): created
 * here, inside the migration's transaction, so that every database — the embedded one, the
 * tests' template copies, an external server — has it before the app starts; pg-boss only
 * checks (and, after an upgrade of the package, migrates) it at start. Its construction plan
 * comes wrapped in BEGIN/COMMIT, which the migration's own transaction replaces.
 */
export class AddRosterGenerationRuns1795451150864 implements MigrationInterface {
  name = 'AddRosterGenerationRuns1795451150864';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "roster_generation_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "period_id" uuid NOT NULL, "department_id" uuid NOT NULL, "requested_by_user_id" uuid NOT NULL, "mode" text NOT NULL, "keep_existing" boolean NOT NULL, "time_limit_seconds" smallint NOT NULL, "seed" integer NOT NULL DEFAULT '1', "limits" jsonb NOT NULL DEFAULT '[]', "input" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'queued', "progress" jsonb, "proposal" jsonb, "explanations" jsonb NOT NULL DEFAULT '[]', "cancel_requested_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "accepted_change_ids" text array NOT NULL DEFAULT '{}', CONSTRAINT "ck_roster_generation_runs_time_limit" CHECK (time_limit_seconds BETWEEN 5 AND 600), CONSTRAINT "ck_roster_generation_runs_status" CHECK (status IN ('queued','running','proposal','infeasible','failed','cancelled','accepted','discarded')), CONSTRAINT "ck_roster_generation_runs_mode" CHECK (mode IN ('generate','fill-gaps')), CONSTRAINT "PK_01457fe5ca74dbcb873e39a1845" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_roster_generation_runs_period" ON "roster_generation_runs" ("period_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "roster_generation_runs" ADD CONSTRAINT "fk_roster_generation_runs_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "roster_generation_runs" ADD CONSTRAINT "fk_roster_generation_runs_period" FOREIGN KEY ("period_id") REFERENCES "roster_periods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    const plan = PgBoss.getConstructionPlans('pgboss')
      .replace(/^\s*BEGIN;/, '')
      .replace(/COMMIT;\s*$/, '');
    await queryRunner.query(plan);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA "pgboss" CASCADE`);
    await queryRunner.query(`ALTER TABLE "roster_generation_runs" DROP CONSTRAINT "fk_roster_generation_runs_period"`);
    await queryRunner.query(
      `ALTER TABLE "roster_generation_runs" DROP CONSTRAINT "fk_roster_generation_runs_organisation"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_roster_generation_runs_period"`);
    await queryRunner.query(`DROP TABLE "roster_generation_runs"`);
  }
}
