// Accounts, sessions, emailed tokens, the append-only account history, the email outbox and the shared
// attempt counters. Integrity lives here too: unique normalised emails, closed value sets, a suspension
// always has its reason, and history rows can never change.
import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateIdentity1795958000000 implements MigrationInterface {
  name = 'CreateIdentity1795958000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "member" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" text NOT NULL CHECK (char_length("email") BETWEEN 3 AND 254),
        "email_normalized" text NOT NULL CONSTRAINT "member_email_normalized_key" UNIQUE
          CHECK ("email_normalized" = lower(btrim("email"))),
        "display_name" text NOT NULL CHECK (char_length("display_name") BETWEEN 1 AND 80),
        "locale" text NOT NULL CHECK ("locale" IN ('fr', 'en')),
        "role" text NOT NULL DEFAULT 'MEMBER' CHECK ("role" IN ('MEMBER', 'BOARD', 'ADMIN')),
        "status" text NOT NULL DEFAULT 'PENDING' CHECK ("status" IN ('PENDING', 'ACTIVE', 'SUSPENDED')),
        "password_hash" text NOT NULL CHECK ("password_hash" LIKE '$argon2id$%'),
        "email_verified_at" timestamptz,
        "suspended_reason" text CHECK (char_length("suspended_reason") BETWEEN 3 AND 500),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "member_suspension_has_reason" CHECK (("status" = 'SUSPENDED') = ("suspended_reason" IS NOT NULL)),
        CONSTRAINT "member_active_is_verified" CHECK ("status" <> 'ACTIVE' OR "email_verified_at" IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX "member_created_at_id" ON "member" ("created_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "member_role_status" ON "member" ("role", "status")`);

    await queryRunner.query(`
      CREATE TABLE "session" (
        "id_hash" text PRIMARY KEY CHECK (char_length("id_hash") = 64),
        "member_id" uuid NOT NULL REFERENCES "member" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL,
        "last_seen_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        "user_agent" text
      )`);
    await queryRunner.query(
      `CREATE INDEX "session_live_by_member" ON "session" ("member_id") WHERE "revoked_at" IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE "account_token" (
        "token_hash" text PRIMARY KEY CHECK (char_length("token_hash") = 64),
        "member_id" uuid NOT NULL REFERENCES "member" ("id") ON DELETE CASCADE,
        "purpose" text NOT NULL CHECK ("purpose" IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE "account_event" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "member_id" uuid NOT NULL REFERENCES "member" ("id"),
        "actor_id" uuid REFERENCES "member" ("id"),
        "type" text NOT NULL CHECK ("type" IN ('JOINED', 'EMAIL_VERIFIED', 'PROFILE_UPDATED', 'PASSWORD_CHANGED',
          'PASSWORD_RESET', 'ROLE_CHANGED', 'SUSPENDED', 'REINSTATED')),
        "details" jsonb NOT NULL DEFAULT '{}',
        "occurred_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "account_event_member" ON "account_event" ("member_id", "id" DESC)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "refuse_history_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'account_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "account_event_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "account_event"
      FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_change"()`);

    await queryRunner.query(`
      CREATE TABLE "outbox_message" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "to_address" text NOT NULL,
        "subject" text NOT NULL,
        "text_body" text NOT NULL,
        "html_body" text NOT NULL,
        "locale" text NOT NULL CHECK ("locale" IN ('fr', 'en')),
        "transport" text NOT NULL CHECK ("transport" IN ('smtp', 'outbox')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "sent_at" timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX "outbox_message_created_at" ON "outbox_message" ("created_at" DESC)`,
    );

    // The table rate-limiter-flexible expects (key, points, expire in epoch ms).
    await queryRunner.query(`
      CREATE TABLE "rate_limit" (
        "key" varchar(255) PRIMARY KEY,
        "points" integer NOT NULL DEFAULT 0,
        "expire" bigint
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TRIGGER "account_event_append_only" ON "account_event"`);
    await queryRunner.query(`DROP TABLE "account_event"`);
    await queryRunner.query(`DROP FUNCTION "refuse_history_change"()`);
    await queryRunner.query(`DROP TABLE "account_token"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP TABLE "member"`);
  }
}
