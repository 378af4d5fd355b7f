// Identity hardening: the database itself keeps at least one active admin, whatever code runs against
// it, and the outbox records when an emailed token was removed from the stored copy of a message.
//
// The admin rule runs after any change that takes a row out of "active admin". It serialises such
// changes on one transaction-level advisory lock, then checks that an active admin remains. Under READ
// COMMITTED the check after the lock sees what the transaction that held the lock committed, so two
// admins demoting each other at the same instant cannot both succeed: the second one is refused. The use
// cases take the same lock first (libs/identity/api, members-admin.service.ts), so they refuse with a
// clear error before the database has to.
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The advisory lock key of "who administers this instance"; the same constant as ADMINS_LOCK_KEY. */
const ADMINS_LOCK_KEY = 7_420_016_421;

export class GuardIdentity1796145700000 implements MigrationInterface {
  name = 'GuardIdentity1796145700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "member_keeps_an_admin"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD."role" <> 'ADMIN' OR OLD."status" <> 'ACTIVE' THEN
          RETURN NULL;
        END IF;
        IF TG_OP = 'UPDATE' THEN
          IF NEW."role" = 'ADMIN' AND NEW."status" = 'ACTIVE' THEN
            RETURN NULL;
          END IF;
        END IF;
        PERFORM pg_advisory_xact_lock(${ADMINS_LOCK_KEY});
        IF NOT EXISTS (SELECT 1 FROM "member" WHERE "role" = 'ADMIN' AND "status" = 'ACTIVE') THEN
          RAISE EXCEPTION 'at least one active admin must remain'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'member_keeps_an_admin';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "member_keeps_an_admin" AFTER UPDATE OF "role", "status" OR DELETE ON "member"
        FOR EACH ROW EXECUTE FUNCTION "member_keeps_an_admin"()`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD COLUMN "redacted_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "redacted_at"`);
    await queryRunner.query(`DROP TRIGGER "member_keeps_an_admin" ON "member"`);
    await queryRunner.query(`DROP FUNCTION "member_keeps_an_admin"()`);
  }
}
