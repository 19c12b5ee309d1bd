import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMailOutbox1795450640458 implements MigrationInterface {
  name = 'AddMailOutbox1795450640458';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid, "to_address" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" smallint NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_mail_outbox_status" CHECK (status IN ('pending','sent','failed')), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_mail_outbox_pending" ON "mail_outbox" ("status", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_mail_outbox_pending"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
